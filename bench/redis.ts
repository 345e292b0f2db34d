import { hasRedisServer, startRedisServer } from "../tests/helpers/redis-server.ts";

/** A throwaway redis-server for a benchmark, or undefined when none is installed. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> } | undefined> {
  return hasRedisServer() ? startRedisServer() : undefined;
}
