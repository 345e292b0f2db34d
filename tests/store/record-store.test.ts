import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { z } from "zod";
import { isSkillbotError } from "../../src/core/errors.ts";
import { type Logger, silentLogger } from "../../src/core/ports.ts";
import { openStore, sqliteConnection } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";

const Counter = z.object({ n: z.int() });
const redisUrl = inject("redisUrl");
const unique = () => `test:${Math.random().toString(36).slice(2)}`;

/** The store on Redis beside a plain Redis client, to check what the store really wrote. */
async function withRawRedis(
  check: (
    store: RecordStore,
    client: { pTTL(key: string): Promise<number>; exists(key: string): Promise<number> },
    key: string,
  ) => Promise<void>,
): Promise<void> {
  const store = await openStore(redisUrl as string, silentLogger);
  const { createClient } = await import("@keyv/redis");
  const client = createClient({ url: redisUrl as string });
  await client.connect();
  try {
    await check(store, client, `sb:test:${Math.random().toString(36).slice(2)}`);
  } finally {
    await client.close();
    await store.close();
  }
}

const backends: { name: string; open: (log?: Logger) => Promise<RecordStore>; skip?: boolean }[] = [
  { name: "memory", open: (log) => openStore("memory://", log ?? silentLogger) },
  {
    name: "sqlite",
    open: (log) =>
      openStore(
        `sqlite://${join(mkdtempSync(join(tmpdir(), "skillbot-store-")), "s.sqlite")}`,
        log ?? silentLogger,
      ),
  },
  {
    name: "redis",
    open: (log) => openStore(redisUrl ?? "redis://unused", log ?? silentLogger),
    skip: !redisUrl,
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`record store on ${backend.name}`, () => {
    const opened: RecordStore[] = [];
    const open = async (log?: Logger) => {
      const store = await backend.open(log);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((s) => s.close()));
    });

    it("GIVEN a written record WHEN read with its schema THEN the same value comes back", async () => {
      const store = await open();
      const key = unique();
      await store.set(key, { n: 7 });
      expect(await store.get(key, Counter)).toEqual({ n: 7 });
      await store.delete(key);
      expect(await store.get(key, Counter)).toBeUndefined();
    });

    it("GIVEN records whose time to live has passed WHEN swept THEN they are deleted and counted; live and permanent ones stay", async () => {
      const store = await open();
      const [short, claimed, permanent, live] = [unique(), unique(), unique(), unique()];
      await store.set(short, { n: 1 }, 1000);
      expect(await store.claim(claimed, { n: 2 }, 1000)).toBe(true);
      await store.set(permanent, { n: 3 });
      await store.set(live, { n: 4 }, 60 * 60 * 1000);
      const removed = await store.sweepExpired(Date.now() + 5000);
      // Redis expires keys by itself: there is nothing to sweep.
      if (backend.name === "redis") {
        expect(removed).toBe(0);
        return;
      }
      expect(removed).toBe(2);
      // Still live by the real clock, so only the sweep can have removed them.
      expect(await store.get(short, Counter)).toBeUndefined();
      expect(await store.claim(claimed, { n: 5 }, 1000)).toBe(true);
      expect(await store.get(permanent, Counter)).toEqual({ n: 3 });
      expect(await store.get(live, Counter)).toEqual({ n: 4 });
      expect(await store.sweepExpired(Date.now() + 5000)).toBe(1);
    });

    it.skipIf(backend.name === "redis")(
      "GIVEN a record whose time to live has passed WHEN read before any sweep THEN it is missing, and can be claimed again",
      async () => {
        const store = await open();
        const [short, claimed] = [unique(), unique()];
        await store.set(short, { n: 1 }, 1000);
        expect(await store.claim(claimed, { n: 2 }, 1000)).toBe(true);
        // Only Date is faked: the SQLite driver's own callbacks keep running.
        vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 5000 });
        try {
          expect(await store.get(short, Counter)).toBeUndefined();
          expect(await store.get(claimed, Counter)).toBeUndefined();
          expect(await store.claim(claimed, { n: 3 }, 1000)).toBe(true);
          expect(await store.get(claimed, Counter)).toEqual({ n: 3 });
        } finally {
          vi.useRealTimers();
        }
      },
    );

    it("GIVEN a record that does not match the schema WHEN read THEN it is logged and treated as missing", async () => {
      const warnings: unknown[] = [];
      const log: Logger = { ...silentLogger, warn: (obj) => warnings.push(obj), child: () => log };
      const store = await open(log);
      const key = unique();
      await store.set(key, { n: "not a number" });
      expect(await store.get(key, Counter)).toBeUndefined();
      expect(warnings).toHaveLength(1);
    });

    it("GIVEN 50 concurrent claims of one key WHEN they race THEN exactly one wins", async () => {
      const store = await open();
      const key = unique();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.claim(key, { i }, 60_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("GIVEN 50 concurrent updates WHEN each adds one THEN none is lost", async () => {
      const store = await open();
      const key = unique();
      await Promise.all(
        Array.from({ length: 50 }, () =>
          store.update(key, Counter, (c) => ({ n: (c?.n ?? 0) + 1 })),
        ),
      );
      expect(await store.get(key, Counter)).toEqual({ n: 50 });
    });

    it("GIVEN an update that returns undefined WHEN applied THEN the record is deleted", async () => {
      const store = await open();
      const key = unique();
      await store.set(key, { n: 1 });
      await store.update(key, Counter, () => undefined);
      expect(await store.get(key, Counter)).toBeUndefined();
    });
  });
}

describe.skipIf(!redisUrl)("record store on redis, across instances", () => {
  it("GIVEN two bot instances on one Redis WHEN both update and claim the same keys THEN each claim is won once and no update is lost", async () => {
    const a = await openStore(redisUrl as string, silentLogger);
    const b = await openStore(redisUrl as string, silentLogger);
    try {
      const counter = unique();
      const claim = unique();
      const work = [a, b].flatMap((store) => [
        ...Array.from({ length: 25 }, () =>
          store.update(counter, Counter, (c) => ({ n: (c?.n ?? 0) + 1 })),
        ),
        store.claim(claim, { by: store === a ? "a" : "b" }, 60_000),
      ]);
      const results = await Promise.all(work);
      expect(results.filter((r) => r === true)).toHaveLength(1);
      expect(await a.get(counter, Counter)).toEqual({ n: 50 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("GIVEN an update that changes nothing WHEN applied THEN nothing is written (the record keeps its expiry)", async () => {
    await withRawRedis(async (store, client, key) => {
      await store.set(key, { n: 1 }, 60_000);
      const same = await store.update(key, Counter, (current) => current);
      expect(same).toEqual({ n: 1 });
      expect(await client.pTTL(key)).toBeGreaterThan(0);
    });
  });

  it("GIVEN a key written through the store WHEN read straight from Redis THEN it has no double prefix and claims carry a TTL", async () => {
    await withRawRedis(async (store, client, key) => {
      await store.claim(key, { x: 1 }, 60_000);
      expect(await client.exists(key)).toBe(1);
      const ttl = await client.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });
  });
});

describe("store outages", () => {
  it("GIVEN Redis is unreachable WHEN the store is used THEN it fails with StoreUnavailable instead of hanging", async () => {
    const store = await openStore("redis://127.0.0.1:1", silentLogger, { connectTimeoutMs: 100 });
    const failure = await store.set("k", { n: 1 }).catch((error: unknown) => error);
    expect(isSkillbotError(failure, "StoreUnavailable")).toBe(true);
    // Reads too, which take a shorter path than writes.
    const readFailure = await store
      .get("k", z.object({ n: z.number() }))
      .catch((error: unknown) => error);
    expect(isSkillbotError(readFailure, "StoreUnavailable")).toBe(true);
    await store.close().catch(() => {});
  });

  it("GIVEN Redis stays unreachable WHEN requests keep trying it THEN one warning says so and the retries go to debug", async () => {
    const log = recordingLogger();
    const store = await openStore("redis://127.0.0.1:1", log, { connectTimeoutMs: 100 });
    for (let attempt = 0; attempt < 3; attempt++)
      await store.set("k", { n: attempt }).catch(() => {});
    await store.close().catch(() => {});
    expect(log.entries.filter((e) => e.msg === "redis connection error")).toHaveLength(1);
    expect(log.entries.filter((e) => e.msg === "redis still unreachable").length).toBeGreaterThan(
      1,
    );
  });

  it("GIVEN a SQLite store WHEN opened THEN it runs in WAL mode", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skillbot-wal-"));
    const store = await openStore(`sqlite://${join(dir, "w.sqlite")}`, silentLogger);
    const { default: sqlite3 } = await import("sqlite3");
    await store.set("k", { n: 1 });
    const mode = await new Promise<string>((resolve, reject) => {
      const db = new sqlite3.Database(join(dir, "w.sqlite"));
      db.get("PRAGMA journal_mode", (error: Error | null, row: { journal_mode: string }) => {
        db.close();
        if (error) reject(error);
        else resolve(row.journal_mode);
      });
    });
    expect(mode).toBe("wal");
    await store.close();
  });

  it("GIVEN the SQLite connection THEN commits are synced at checkpoints (NORMAL), not one by one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skillbot-sync-"));
    const connection = await sqliteConnection(join(dir, "s.sqlite"));
    // 2 is FULL, SQLite's default: a sync on every commit.
    expect(await connection.query("PRAGMA synchronous")).toEqual([{ synchronous: 1 }]);
    await connection.disconnect();
  });
});
