import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import KeyvRedis from "@keyv/redis";
import Keyv from "keyv";
import { messageOf } from "../core/errors.ts";
import type { Logger } from "../core/ports.ts";
import { BatchedSqlite } from "./batched-sqlite.ts";
import { hasExpired, recordCodec } from "./envelope.ts";
import { inProcessAtomic } from "./in-process-atomic.ts";
import { KeyvRecordStore, WRITE_CHECK_KEY, withDeadline } from "./keyv-store.ts";
import type { RecordStore } from "./record-store.ts";
import { redisAtomic } from "./redis-atomic.ts";

export const DEFAULT_SQLITE_PATH = "./data/skillbot.sqlite";
/**
 * How long a Redis operation may go unanswered. A Redis that stops answering without closing
 * the connection (a partition, a stopped server) otherwise leaves every request and the
 * readiness check waiting until it comes back: people got no answer at all, not "I can't reach
 * my storage". As long as SQLite waits for a locked file.
 */
const REDIS_COMMAND_TIMEOUT_MS = 5000;

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
  options: { connectTimeoutMs?: number; commandTimeoutMs?: number } = {},
): Promise<RecordStore> {
  const target = url ?? `sqlite://${DEFAULT_SQLITE_PATH}`;
  if (target.startsWith("redis://") || target.startsWith("rediss://")) {
    return openRedis(target, log, {
      connectMs: options.connectTimeoutMs ?? 3000,
      commandMs: options.commandTimeoutMs ?? REDIS_COMMAND_TIMEOUT_MS,
    });
  }
  if (target.startsWith("sqlite://")) return openSqlite(target.slice("sqlite://".length), log);
  if (target === "memory://") return memoryStore(new Map(), log);
  throw new Error("STORE_URL must start with sqlite://, redis://, rediss:// or be memory://");
}

/**
 * The memory store over `records`, the raw stored text by key: tests that need to write damaged
 * text or read what was stored hand in their own Map.
 */
export function memoryStore(records: Map<string, unknown>, log: Logger): KeyvRecordStore {
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
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw new Error(
      `cannot create the directory ${dirname(file)} for the SQLite file: ${messageOf(error)}`,
      { cause: error },
    );
  }
  let adapter: BatchedSqlite;
  try {
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
  const store = new KeyvRecordStore({
    kind: "sqlite",
    keyv,
    atomic: inProcessAtomic(keyv),
    log,
    sweep,
  });
  // SQLite opens a file it may not write (a restored root-owned file, a read-only volume) for
  // reading, quietly: only a write tells.
  await store.checkWritable().catch(async (error: unknown) => {
    await store.close();
    const readOnly = error instanceof Error && "code" in error && error.code === "SQLITE_READONLY";
    const advice = readOnly
      ? "; check its owner and mode, and that its volume is not mounted read-only"
      : "";
    throw new Error(`the SQLite file ${file} is not writable (${messageOf(error)})${advice}`, {
      cause: error,
    });
  });
  return store;
}

async function openRedis(
  url: string,
  log: Logger,
  timeouts: { connectMs: number; commandMs: number },
): Promise<RecordStore> {
  const adapter = new KeyvRedis(
    {
      url,
      // Fail fast while Redis is down instead of queueing commands until it returns.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: timeouts.connectMs,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 3000),
      },
    },
    { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: timeouts.connectMs },
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
  // Bounded: a Redis that takes the connection but does not answer would hold start-up forever.
  // One that answers but refuses writes is refused: that does not pass like an outage.
  const refusal = await withDeadline(
    adapter.getClient().then(async (client) => {
      await warnIfEvicting(client, log);
      return writeRefusal(client);
    }),
    timeouts.connectMs,
  ).catch((error: unknown) => log.warn({ err: error }, "redis is not reachable yet"));
  if (refusal) {
    await adapter.disconnect();
    // The host only: the URL can hold a password.
    throw new Error(`the Redis at ${new URL(url).host} does not accept writes: ${refusal}`);
  }
  const keyv = new Keyv({ store: adapter, ...KEYV_OPTIONS });
  // Keyv hands its default namespace to the adapter, which would prefix every key ("keyv::k")
  // while the atomic scripts use the bare key; keys are namespaced by src/store/keys.ts instead.
  keyv.namespace = undefined;
  const store = new KeyvRecordStore({
    kind: "redis",
    keyv,
    atomic: redisAtomic(() => adapter.getClient() as never),
    log,
    deadlineMs: timeouts.commandMs,
  });
  return store;
}

/**
 * Redis's refusal of a write, if it refuses: a replica answers reads and refuses every write
 * (READONLY), as does a user without write permission (NOPERM), and the bot would start ready
 * and lose every rating. Any other failure is an outage, thrown, which requests retry.
 */
async function writeRefusal(client: {
  set(key: string, value: string, options: { PX: number }): Promise<unknown>;
  del(key: string): Promise<unknown>;
}): Promise<string | undefined> {
  try {
    // Expiring, in case the process stops between the two.
    await client.set(WRITE_CHECK_KEY, "1", { PX: 60_000 });
    await client.del(WRITE_CHECK_KEY);
    return undefined;
  } catch (error) {
    const reply = messageOf(error);
    if (/^(READONLY|NOPERM)\b/.test(reply)) return reply;
    throw error;
  }
}

/**
 * Under memory pressure, any eviction policy but `noeviction` lets Redis delete keys, and the
 * ones with an expiry go first under the `volatile-*` policies (the default of several managed
 * services): exactly the once-only records, an open quiz question, its answers, a claim. People
 * then read "that question has expired" for a question posted an hour ago. Said once at start;
 * a Redis that refuses CONFIG (some managed ones do) is left unchecked.
 */
async function warnIfEvicting(
  client: { configGet(parameter: string): Promise<Record<string, string>> },
  log: Logger,
): Promise<void> {
  const policy = await client
    .configGet("maxmemory-policy")
    .then((reply) => reply["maxmemory-policy"])
    .catch(() => undefined);
  if (policy && policy !== "noeviction")
    log.warn(
      { policy },
      `redis maxmemory-policy is ${policy}: under memory pressure Redis deletes records Skillbot keeps (open quiz questions, answers); set maxmemory-policy noeviction`,
    );
}
