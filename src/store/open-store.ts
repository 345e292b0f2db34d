import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import KeyvRedis from "@keyv/redis";
import Keyv from "keyv";
import { messageOf } from "../core/errors.ts";
import type { Logger } from "../core/ports.ts";
import { BatchedSqlite } from "./batched-sqlite.ts";
import { hasExpired, recordCodec } from "./envelope.ts";
import { inProcessAtomic } from "./in-process-atomic.ts";
import { KeyvRecordStore } from "./keyv-store.ts";
import type { RecordStore } from "./record-store.ts";
import { redisAtomic } from "./redis-atomic.ts";

export const DEFAULT_SQLITE_PATH = "./data/skillbot.sqlite";

/** Keys are namespaced by src/store/keys.ts, errors are thrown, records are plain JSON. */
const KEYV_OPTIONS = {
  useKeyPrefix: false,
  throwOnErrors: true,
  serialize: recordCodec.serialize,
  deserialize: recordCodec.deserialize,
} as const;

/**
 * Opens the store named by STORE_URL: `sqlite://relative/path.sqlite`,
 * `sqlite:///absolute/path.sqlite`, `redis://…`/`rediss://…`, or `memory://` (tests, demos).
 * Unset means the SQLite file ./data/skillbot.sqlite.
 */
export async function openStore(
  url: string | undefined,
  log: Logger,
  options: { connectTimeoutMs?: number } = {},
): Promise<RecordStore> {
  const target = url ?? `sqlite://${DEFAULT_SQLITE_PATH}`;
  if (target.startsWith("redis://") || target.startsWith("rediss://")) {
    return openRedis(target, log, options.connectTimeoutMs ?? 3000);
  }
  if (target.startsWith("sqlite://")) return openSqlite(target.slice("sqlite://".length), log);
  if (target === "memory://") {
    const records = new Map<string, unknown>();
    const keyv = new Keyv({ store: records, ...KEYV_OPTIONS });
    const sweep = async (now: number) => {
      let removed = 0;
      for (const [key, raw] of records) {
        if (typeof raw === "string" && hasExpired(raw, now) && records.delete(key)) removed++;
      }
      return removed;
    };
    return new KeyvRecordStore({ kind: "memory", keyv, atomic: inProcessAtomic(keyv), log, sweep });
  }
  throw new Error("STORE_URL must start with sqlite://, redis://, rediss:// or be memory://");
}

/** The SQLite connection as the store uses it: write-ahead log, synced at checkpoints. */
export async function sqliteConnection(file: string): Promise<BatchedSqlite> {
  const adapter = new BatchedSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 });
  // @keyv/sqlite has no WAL option and defaults to the rollback journal; WAL lets reads run
  // beside a write and survives a crash mid-write.
  await adapter.query("PRAGMA journal_mode=WAL");
  // With WAL, NORMAL syncs the file at checkpoints instead of at every commit: if Skillbot
  // crashes nothing is lost, and a power cut can lose only the last moments of writes, never
  // the file. The default synced every record written, about 0.5 ms each here; under a burst
  // of 200 Discord interactions that was most of the time (throughput 0.31 of a bare client's,
  // 0.52 with NORMAL).
  await adapter.query("PRAGMA synchronous=NORMAL");
  return adapter;
}

async function openSqlite(path: string, log: Logger): Promise<RecordStore> {
  const file = resolve(path);
  let adapter: BatchedSqlite;
  try {
    mkdirSync(dirname(file), { recursive: true });
    adapter = await sqliteConnection(file);
  } catch (error) {
    // SQLite's own message ("unable to open database file") does not say which file.
    throw new Error(`cannot open the SQLite file ${file}: ${messageOf(error)}`, { cause: error });
  }
  const keyv = new Keyv({ store: adapter, ...KEYV_OPTIONS });
  // One statement over the envelope keyv stores; rows that are not JSON are left alone.
  const sweep = async (now: number) =>
    (
      await adapter.query(
        `DELETE FROM ${adapter.opts.table} WHERE json_valid(value) AND json_extract(value, '$.expires') <= ? RETURNING key`,
        now,
      )
    ).length;
  return new KeyvRecordStore({ kind: "sqlite", keyv, atomic: inProcessAtomic(keyv), log, sweep });
}

async function openRedis(url: string, log: Logger, timeoutMs: number): Promise<RecordStore> {
  const adapter = new KeyvRedis(
    {
      url,
      // Fail fast while Redis is down instead of queueing commands until it returns.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: timeoutMs,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3000),
      },
    },
    { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: timeoutMs },
  );
  // The client retries every few seconds while Redis is down, failing each time: one warning
  // per outage says so, the retries go to debug (a terminal showed a stack every 3 s).
  let down = false;
  adapter.on("error", (error: unknown) => {
    if (down) log.debug({ err: error }, "redis still unreachable");
    else log.warn({ err: error }, "redis connection error");
    down = true;
  });
  adapter.on("connect", () => {
    if (down) log.info({}, "redis reachable again");
    down = false;
  });
  // Connect now: with the offline queue off, commands sent while the first connection is still
  // opening would fail. If Redis is down at start, say so and let requests retry the connection.
  await adapter
    .getClient()
    .catch((error: unknown) => log.warn({ err: error }, "redis is not reachable yet"));
  const keyv = new Keyv({ store: adapter, ...KEYV_OPTIONS });
  // Keyv hands its default namespace to the adapter, which would prefix every key ("keyv::k")
  // while the atomic scripts use the bare key; keys are namespaced by src/store/keys.ts instead.
  keyv.namespace = undefined;
  const store = new KeyvRecordStore({
    kind: "redis",
    keyv,
    atomic: redisAtomic(() => adapter.getClient() as never),
    log,
  });
  return store;
}
