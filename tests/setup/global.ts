import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

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
    if (process.env.CI)
      throw new Error(
        "CI=true but redis-server is not installed: the Redis suites cannot be skipped in CI",
      );
    process.stderr.write(
      "\n!!! redis-server not found: the Redis store suites are SKIPPED. Install it (Debian/Ubuntu: apt-get install redis-server) to run them.\n\n",
    );
    project.provide("redisUrl", null);
    return async () => {};
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "skillbot-redis-"));
  const server = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  await ready(server);
  project.provide("redisUrl", `redis://127.0.0.1:${port}`);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  };
}

function hasRedisServer(): boolean {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** Resolves when redis-server says it accepts connections (it prints that once ready). */
function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("Ready to accept connections")) resolve();
    });
    server.once("exit", (code) =>
      reject(new Error(`redis-server exited (${code}): ${seen.slice(-500)}`)),
    );
  });
}
