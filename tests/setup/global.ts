import type { TestProject } from "vitest/node";
import { hasRedisServer, startRedisServer } from "../helpers/redis-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A real redis-server for the Redis suites, or null when this machine has none (never in CI). */
    redisUrl: string | null;
  }
}

/**
 * Starts a real redis-server on a free port for the Redis suites (or uses the one .ci/run
 * started). In CI a missing redis-server fails the run; on a developer's machine the Redis
 * suites are skipped with a loud line saying how to install it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.SKILLBOT_TEST_REDIS_URL;
  if (given) {
    project.provide("redisUrl", given);
    return async () => {};
  }
  if (!hasRedisServer()) {
    if (process.env.CI) {
      throw new Error(
        "CI=true but redis-server is not installed: the Redis suites cannot be skipped in CI",
      );
    }
    process.stderr.write(
      "\n!!! redis-server not found: the Redis store suites are SKIPPED. Install it (Debian/Ubuntu: apt-get install redis-server) to run them.\n\n",
    );
    project.provide("redisUrl", null);
    return async () => {};
  }
  const redis = await startRedisServer();
  project.provide("redisUrl", redis.url);
  return () => redis.stop();
}
