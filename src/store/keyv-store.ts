import { isDeepStrictEqual } from "node:util";
import type { Keyv } from "keyv";
import { z } from "zod";
import { SkillbotError } from "../core/errors.ts";
import type { Logger } from "../core/ports.ts";
import { CheckedRecords } from "./checked-records.ts";
import { envelope, expiredBy, opened } from "./envelope.ts";
import {
  type RecordStore,
  salvageOf,
  UnreadableRecord,
  unreadableCopyKey,
} from "./record-store.ts";

/**
 * How a backend makes claim and update atomic. keyv has no compare-and-set, so each backend
 * brings its own: a per-key mutex in this process (SQLite, memory) or scripts on Redis.
 */
export type AtomicOps = {
  claim(key: string, serialised: string, ttlMs: number): Promise<boolean>;
  /** Reads the raw stored string for `key` (undefined when missing) for a later compareAndSet. */
  readRaw(key: string): Promise<string | undefined>;
  /** Writes `next` (or deletes when undefined) only if the raw value is still `expected`. */
  compareAndSet(
    key: string,
    expected: string | undefined,
    next: string | undefined,
    ttlMs?: number,
  ): Promise<boolean>;
  /** Runs a whole read-modify-write exclusively when the backend can (in-process), else just runs it. */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
};

/**
 * Each record schema, compiled (z.compile) the first time it reads: records are read on nearly
 * every interaction, and a person's record with 20 ratings and a history of 40 took 61 µs to
 * check with zod's runtime parser, 13 µs compiled. Same results, same issues. Record schemas
 * are module constants: one made per call would be compiled per call.
 */
const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();
function compiled<S extends z.ZodType>(schema: S): S {
  let fast = compiledSchemas.get(schema);
  if (!fast) {
    fast = z.compile(schema);
    compiledSchemas.set(schema, fast);
  }
  return fast as S;
}

/** What stored text that holds no record reads as (see RecordStore for what each means). */
const NOT_JSON = Symbol("not JSON");
const FAILS_SCHEMA = Symbol("fails its schema");
type Unreadable = typeof NOT_JSON | typeof FAILS_SCHEMA;
/** A record read with its schema's salvage: `value` lacks the entries that could not be read. */
class Salvaged<T> {
  readonly value: T;
  constructor(value: T) {
    this.value = value;
  }
}
type Read<T> = T | undefined | Unreadable | Salvaged<T>;
const readable = <T>(read: Read<T>): T | undefined => {
  if (read instanceof Salvaged) return read.value;
  return read === NOT_JSON || read === FAILS_SCHEMA ? undefined : read;
};

/** Copies of records as they were before a salvaged update (see RecordStore). */
const UnreadableCopiesSchema = z.object({
  copies: z.array(z.object({ at: z.string(), record: z.unknown() })),
});
/** Long enough for someone to see the error logged and repair; bounded, as it is personal data. */
const UNREADABLE_COPY_TTL_MS = 90 * 24 * 60 * 60 * 1000;
/**
 * Two versions writing one record in turn (a rolling deploy) would add a copy at every update;
 * the newest hold what the newer version wrote most recently.
 */
const UNREADABLE_COPIES_KEPT = 10;
/**
 * Takes a person out of the copies kept of `key` (see RecordStore), for forget me: deleting a
 * shared record to forget one person would forget everyone, so it is updated, and its copies,
 * made before earlier updates, still hold the person. `scrub` returns a copied record without
 * them; `naming` is the string that names them there (their id, or their key in a shared list).
 * A copy that still names them after `scrub` (a shape it does not know) is dropped, and copies
 * that cannot be read are deleted: kept for a repair, they must not outlive the person's wish.
 * The copies keep the expiry they had.
 */
export async function forgetInUnreadableCopies(
  store: RecordStore,
  key: string,
  naming: string,
  scrub: (record: unknown) => unknown,
): Promise<void> {
  const copyKey = unreadableCopyKey(key);
  const stored = await store.get(copyKey, z.unknown());
  if (stored === undefined || !names(stored, naming)) return;
  const kept = UnreadableCopiesSchema.safeParse(stored);
  const newest = kept.success ? kept.data.copies.at(-1)?.at : undefined;
  const ttlMs = newest ? Date.parse(newest) + UNREADABLE_COPY_TTL_MS - Date.now() : Number.NaN;
  if (!(ttlMs > 0)) return store.delete(copyKey);
  await store
    .update(
      copyKey,
      UnreadableCopiesSchema,
      (current) => {
        const copies = (current?.copies ?? []).flatMap((copy) => {
          const record = scrub(copy.record);
          return names(record, naming) ? [] : [{ ...copy, record }];
        });
        return copies.length > 0 ? { copies } : undefined;
      },
      ttlMs,
    )
    .catch((error: unknown) => {
      if (!(error instanceof UnreadableRecord)) throw error;
      return store.delete(copyKey);
    });
}

/** Whether `value` holds `id` as a whole string, as a key or a value. */
const names = (value: unknown, id: string): boolean =>
  (JSON.stringify(value) ?? "").includes(JSON.stringify(id));

/** Written and deleted at start-up, to see the store takes writes; outside every tenant's keys. */
export const WRITE_CHECK_KEY = "skillbot:write-check";
/** For operations on a backend without a deadline: never aborted. */
const NO_DEADLINE = new AbortController().signal;

const MAX_UPDATE_ATTEMPTS = 50;
/** Records whose checked values are kept (see CheckedRecords): the people active lately. */
const CHECKED_RECORDS_KEPT = 2000;
/**
 * After a lost compare-and-set, wait a random moment that grows with each loss, so two
 * instances updating one record stop colliding in lockstep and neither starves.
 */
const backoff = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)));

export class KeyvRecordStore implements RecordStore {
  readonly kind: RecordStore["kind"];
  readonly #keyv: Keyv;
  readonly #atomic: AtomicOps;
  readonly #log: Logger;
  readonly #sweep: (now: number) => Promise<number>;
  readonly #onClose: () => Promise<void>;
  readonly #deadlineMs: number | undefined;
  readonly #checked = new CheckedRecords(CHECKED_RECORDS_KEPT);

  constructor(options: {
    kind: RecordStore["kind"];
    keyv: Keyv;
    atomic: AtomicOps;
    log: Logger;
    /** Deletes expired records; backends that expire keys themselves leave it out. */
    sweep?: (now: number) => Promise<number>;
    onClose?: () => Promise<void>;
    /**
     * How long an operation may wait for the backend before it fails as StoreUnavailable: for
     * a server that can stop answering without closing the connection (Redis). No write
     * starts after it, but the server may still carry out one it was sent, later.
     */
    deadlineMs?: number;
  }) {
    this.kind = options.kind;
    this.#keyv = options.keyv;
    this.#atomic = options.atomic;
    this.#log = options.log;
    this.#sweep = options.sweep ?? (async () => 0);
    this.#onClose = options.onClose ?? (() => options.keyv.disconnect());
    this.#deadlineMs = options.deadlineMs;
  }

  // The stored envelope is read as updates read it, not through keyv.get (its hooks, stats and
  // delete-on-expiry write): an expired record reads as missing, and the sweeper deletes it.
  // Checked outside the guard: a damaged record reads as missing, it is no outage.
  get<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | undefined> {
    return this.#guard(() => this.#atomic.readRaw(key)).then((raw) =>
      readable(this.#read(key, schema, raw, true)),
    );
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    this.#checked.forget(key);
    await this.#guard(() => this.#keyv.set(key, value, ttlMs));
  }

  async delete(key: string): Promise<void> {
    this.#checked.forget(key);
    // With the copy of it an update may have kept (see RecordStore), so forget-me takes both.
    await this.#guard(() =>
      Promise.all([this.#keyv.delete(key), this.#keyv.delete(unreadableCopyKey(key))]),
    );
  }

  async claim(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    return this.#guard(async () => this.#atomic.claim(key, envelope(value, ttlMs), ttlMs));
  }

  update<S extends z.ZodType>(
    key: string,
    schema: S,
    change: (current: z.infer<S> | undefined) => z.infer<S> | undefined,
    ttlMs?: number,
  ): Promise<z.infer<S> | undefined> {
    return this.#guard((deadline) =>
      this.#atomic.exclusive(key, () =>
        this.#readModifyWrite(key, schema, change, ttlMs, deadline),
      ),
    );
  }

  /**
   * The compare-and-set loop of `update`. Once `deadline` has passed the caller was told the
   * update failed, so no write starts after it (one already sent may still land).
   */
  async #readModifyWrite<S extends z.ZodType>(
    key: string,
    schema: S,
    change: (current: z.infer<S> | undefined) => z.infer<S> | undefined,
    ttlMs: number | undefined,
    deadline: AbortSignal,
  ): Promise<z.infer<S> | undefined> {
    for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt++) {
      const raw = await this.#atomic.readRaw(key);
      // Not kept: the update is usually about to replace it.
      const read = this.#read(key, schema, raw, false);
      if (read === FAILS_SCHEMA) throw new UnreadableRecord(key);
      const current = readable(read);
      const next = change(current);
      // Nothing changed (an id already in an index), or nothing to put in place of text that
      // is not JSON: no write, no conflict to lose, and the damage stays for a repair.
      if (next === current && (current !== undefined || read === NOT_JSON)) return current;
      if (read === NOT_JSON) this.#log.error({ key }, "replacing a record that is not JSON");
      if (read instanceof Salvaged && raw !== undefined)
        await this.#keepUnreadableCopy(key, raw, deadline);
      const serialised = next === undefined ? undefined : envelope(next, ttlMs);
      deadline.throwIfAborted();
      this.#checked.forget(key);
      if (await this.#atomic.compareAndSet(key, raw, serialised, ttlMs)) return next;
      await backoff(attempt);
    }
    throw new Error(`update of ${key} kept conflicting after ${MAX_UPDATE_ATTEMPTS} attempts`);
  }

  /**
   * Copies the record stored as `raw` to its unreadable copy before an update writes it back
   * without what its salvage dropped (see RecordStore). A record already copied is not copied
   * again (an update that lost its compare-and-set comes back here). Copies that fail their
   * schema refuse the update (UnreadableRecord): nothing is lost either way.
   */
  async #keepUnreadableCopy(key: string, raw: string, deadline: AbortSignal): Promise<void> {
    const record = opened(raw)?.value;
    const copyKey = unreadableCopyKey(key);
    await this.#atomic.exclusive(copyKey, () =>
      this.#readModifyWrite(
        copyKey,
        UnreadableCopiesSchema,
        (kept) => {
          const copies = kept?.copies ?? [];
          if (copies.some((copy) => isDeepStrictEqual(copy.record, record))) return kept;
          const copy = { at: new Date().toISOString(), record };
          return { copies: [...copies, copy].slice(-UNREADABLE_COPIES_KEPT) };
        },
        UNREADABLE_COPY_TTL_MS,
        deadline,
      ),
    );
    this.#log.error(
      { key, copyKey },
      "kept a copy of a record before writing it back without its unreadable entries",
    );
  }

  async sweepExpired(now = Date.now()): Promise<number> {
    return this.#guard(() => this.#sweep(now));
  }

  async ping(): Promise<void> {
    await this.#guard(() => this.#keyv.get("skillbot:ping"));
  }

  /**
   * Writes a record of its own and deletes it, failing with the backend's own error: a store that
   * reads but cannot write (a read-only SQLite file) is refused at start-up, instead of starting
   * ready and losing every write after.
   */
  async checkWritable(): Promise<void> {
    await this.#keyv.set(WRITE_CHECK_KEY, true);
    await this.#keyv.delete(WRITE_CHECK_KEY);
  }

  async close(): Promise<void> {
    await this.#onClose();
  }

  /**
   * The record in `raw` (a stored envelope) checked with `schema`; undefined when missing or
   * expired, NOT_JSON or FAILS_SCHEMA (logged) when damaged. `keep`: remember the checked value
   * for the next read of the same text.
   */
  #read<S extends z.ZodType>(
    key: string,
    schema: S,
    raw: string | undefined,
    keep: boolean,
  ): Read<z.infer<S>> {
    if (raw === undefined) return undefined;
    const now = Date.now();
    const known = this.#checked.find(key, raw, schema);
    // Checked with this very schema, so it is what the schema's parse gave.
    if (known) return expiredBy(known.expires, now) ? undefined : (known.value as Read<z.infer<S>>);
    const stored = opened(raw);
    if (!stored) {
      this.#log.warn({ key, length: raw.length }, "ignoring a record that is not JSON");
      return NOT_JSON;
    }
    if (expiredBy(stored.expires, now)) return undefined;
    const value = this.#parse(key, schema, stored.value);
    if (keep && value !== undefined && value !== FAILS_SCHEMA)
      this.#checked.keep(key, { raw, schema, value, expires: stored.expires });
    return value;
  }

  #parse<S extends z.ZodType>(
    key: string,
    schema: S,
    raw: unknown,
  ): z.infer<S> | undefined | typeof FAILS_SCHEMA | Salvaged<z.infer<S>> {
    if (raw === undefined || raw === null) return undefined;
    const parsed = compiled(schema).safeParse(raw);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.slice(0, 3);
    const salvage = salvageOf(schema)?.safeParse(raw);
    const salvaged = salvage?.success ? compiled(schema).safeParse(salvage.data) : undefined;
    if (salvaged?.success) {
      this.#log.warn({ key, issues }, "dropped the unreadable entries of a record");
      return new Salvaged(salvaged.data);
    }
    this.#log.warn({ key, issues }, "ignoring a record that fails its schema");
    return FAILS_SCHEMA;
  }

  /**
   * `work`, with a failure reported as StoreUnavailable (and logged), unless it is already one
   * of ours. Promise chains, not async functions: every read comes through here, and each async
   * layer cost its own frame and promise (about 1 KB of garbage per read, three layers deep).
   */
  #guard<T>(work: (deadline: AbortSignal) => Promise<T>): Promise<T> {
    try {
      if (!this.#deadlineMs) return work(NO_DEADLINE).catch(this.#rejectAsStoreError);
      const deadline = new AbortController();
      const working = work(deadline.signal);
      return withDeadline(working, this.#deadlineMs, (late) => deadline.abort(late)).catch(
        this.#rejectAsStoreError,
      );
    } catch (error) {
      return this.#rejectAsStoreError(error);
    }
  }

  readonly #rejectAsStoreError = (error: unknown): Promise<never> => {
    if (error instanceof SkillbotError || error instanceof UnreadableRecord)
      return Promise.reject(error);
    this.#log.error({ err: error }, "store operation failed");
    return Promise.reject(new SkillbotError({ code: "StoreUnavailable" }, { cause: error }));
  };
}

/**
 * `work`, or a failure once `ms` have passed without its answer; `onLate` hears of that failure
 * first, so the work can stop.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onLate?: (failure: Error) => void,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const failure = new Error(`no answer from the store within ${ms} ms`);
      onLate?.(failure);
      reject(failure);
    }, ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
