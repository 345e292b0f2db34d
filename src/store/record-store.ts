import { z } from "zod";

/**
 * The store port. Records are plain JSON values; every read is parsed with the caller's zod
 * schema, never trusted. What a damaged record reads as:
 * - one that fails its schema is read with the schema's salvage, when it has one (withSalvage):
 *   its entries that cannot be read are dropped, and logged;
 * - one that still fails it, or whose stored text is not JSON, is logged and read as missing.
 * An update never silently replaces what it could not read:
 * - JSON that fails its schema even after salvage still holds what a fix, or the version that
 *   wrote it, can read: the update leaves it and throws UnreadableRecord;
 * - a record read with its salvage is written back without what the salvage dropped (one odd
 *   entry, or a whole list a newer version wrote, must not lock the person out), but only
 *   after the record as it was stored is copied to `unreadableCopyKey(key)`, logged as an
 *   error and kept for 90 days for a repair (the newest few copies). Deleting the record
 *   deletes its copy too, so forget-me does;
 * - text that is not JSON holds nothing anyone can read: the update replaces it, logged as an
 *   error.
 * Deletes always work, so forget-me does.
 * Any backend failure surfaces as a `StoreUnavailable` SkillbotError. On a backend with a
 * deadline (Redis), an operation that misses it fails so, and starts no write afterwards; but
 * a write already sent may still land. A change that a person may give again after such a
 * failure must therefore be safe to apply twice (as a rating is: rating-history.ts).
 */
export type RecordStore = {
  get<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | undefined>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Creates `key` only if it does not exist, atomically: true when this call created it. */
  claim(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  /**
   * Atomic read-modify-write of one record. `change` may run more than once (on a conflicting
   * write elsewhere) so it must be pure. Returning `undefined` deletes the record. Throws
   * UnreadableRecord, without calling `change`, when the record fails its schema (see above).
   */
  update<S extends z.ZodType>(
    key: string,
    schema: S,
    change: (current: z.infer<S> | undefined) => z.infer<S> | undefined,
    ttlMs?: number,
  ): Promise<z.infer<S> | undefined>;
  /**
   * Deletes records whose time to live has passed by `now`, and says how many. SQLite has no
   * expiry of its own, so without this every claim and quiz round would stay forever; Redis
   * expires keys itself (nothing to do).
   */
  sweepExpired(now?: number): Promise<number>;
  /** Throws StoreUnavailable when the backend cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly kind: "sqlite" | "redis" | "memory";
};

/**
 * An update refused because the stored record fails its schema: replacing it would lose it.
 * Not an outage (retrying will not help), so not StoreUnavailable: the request fails as an
 * unexpected error, logged for someone to repair the record.
 */
export class UnreadableRecord extends Error {
  override name = "UnreadableRecord";
  readonly code = "UnreadableRecord";
  readonly key: string;

  constructor(key: string) {
    super(`the record ${key} fails its schema; not replaced`);
    this.key = key;
  }
}

/**
 * Where a record read with its salvage is copied, as it was stored, before an update writes it
 * back without what the salvage dropped: `{ copies: [{ at, record }] }`, newest last.
 */
export const unreadableCopyKey = (key: string): string => `${key}:unreadable`;

const salvages = new WeakMap<z.ZodType, z.ZodType>();

/**
 * `schema`, with a way to read what is left of a record that fails it: `salvage` drops the
 * entries that cannot be read (readableEntries, readableItems), and what it leaves is checked
 * with `schema` again. One odd rating or quiz answer then costs that entry, not the record.
 * Only a failed read pays for it: a sound record is checked once, as before.
 */
export function withSalvage<S extends z.ZodType>(schema: S, salvage: z.ZodType): S {
  salvages.set(schema, salvage);
  return schema;
}

export const salvageOf = (schema: z.ZodType): z.ZodType | undefined => salvages.get(schema);

/** For a salvage: a map whose entries that fail `entry` are dropped. */
export const readableEntries = <E extends z.ZodType>(entry: E) =>
  z.record(z.string(), z.unknown()).transform((entries) => {
    const readable: Record<string, z.output<E>> = {};
    for (const [id, value] of Object.entries(entries)) {
      const read = entry.safeParse(value);
      if (read.success) readable[id] = read.data;
    }
    return readable;
  });

/** For a salvage: a list whose items that fail `item` are dropped. */
export const readableItems = <I extends z.ZodType>(item: I) =>
  z.array(z.unknown()).transform((items) =>
    items.flatMap((value) => {
      const read = item.safeParse(value);
      return read.success ? [read.data as z.output<I>] : [];
    }),
  );
