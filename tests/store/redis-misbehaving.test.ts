import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { isSkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";
import { hasRedisServer, startRedisServer } from "../helpers/redis-server.ts";

// A Redis that stops answering without closing its connections (a partition, a stopped
// process) and one set up to evict keys: each on a redis-server of its own, since the shared
// one must keep serving the other test files.

const Counter = z.object({ n: z.number() });
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function redis(args: readonly string[] = []) {
  const server = await startRedisServer(args);
  cleanups.push(() => server.stop());
  return server;
}

async function opened(
  url: string,
  options: Parameters<typeof openStore>[2] = {},
  log = silentLogger,
) {
  const store: RecordStore = await openStore(url, log, options);
  cleanups.push(() => store.close().catch(() => {}));
  return store;
}

describe.skipIf(!hasRedisServer())("a Redis that misbehaves", () => {
  it("GIVEN Redis stops answering mid-way WHEN the store is used THEN reads, writes and the readiness ping fail with StoreUnavailable within the command timeout, and work again once it answers", async () => {
    const server = await redis();
    const store = await opened(server.url, { commandTimeoutMs: 200 });
    await store.set("k", { n: 1 });

    server.pause();
    const outcomes = await Promise.all([
      store.get("k", Counter).catch((error: unknown) => error),
      store.set("k", { n: 2 }).catch((error: unknown) => error),
      store.ping().catch((error: unknown) => error),
    ]);
    for (const outcome of outcomes) expect(isSkillbotError(outcome, "StoreUnavailable")).toBe(true);

    server.resume();
    await store.set("k", { n: 3 });
    expect(await store.get("k", Counter)).toEqual({ n: 3 });
  });

  it("GIVEN a Redis that takes the connection but does not answer WHEN the store opens THEN start-up goes on within the connect timeout, and requests fail as StoreUnavailable", async () => {
    const server = await redis();
    server.pause();
    const log = recordingLogger();
    const store = await opened(server.url, { connectTimeoutMs: 200, commandTimeoutMs: 200 }, log);
    expect(log.entries.map((e) => e.msg)).toContain("redis is not reachable yet");
    const failure = await store.get("k", Counter).catch((error: unknown) => error);
    expect(isSkillbotError(failure, "StoreUnavailable")).toBe(true);
    server.resume();
  });

  it("GIVEN Redis may evict keys under memory pressure WHEN the store opens THEN a warning names the policy and the setting that keeps records", async () => {
    const server = await redis(["--maxmemory", "64mb", "--maxmemory-policy", "volatile-lru"]);
    const log = recordingLogger();
    await opened(server.url, {}, log);
    const warning = log.entries.find((e) => e.level === "warn");
    expect(warning?.msg).toMatch(/volatile-lru/);
    expect(warning?.msg).toMatch(/noeviction/);
  });

  it("GIVEN Redis keeps every key (noeviction, its default) WHEN the store opens THEN nothing is said about eviction", async () => {
    const server = await redis();
    const log = recordingLogger();
    await opened(server.url, {}, log);
    expect(log.entries.filter((e) => e.level === "warn")).toEqual([]);
  });
});
