import type { z } from "zod";

/**
 * The store port. Records are plain JSON values; every read is parsed with the caller's zod
 * schema, so a corrupt or outdated record is logged and treated as missing, never trusted.
 * Any backend failure surfaces as a `StoreUnavailable` SkillbotError.
 */
export type RecordStore = {
  get<S extends z.ZodType>(key: string, schema: S): Promise<z.infer<S> | undefined>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Creates `key` only if it does not exist, atomically: true when this call created it. */
  claim(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  /**
   * Atomic read-modify-write of one record. `change` may run more than once (on a conflicting
   * write elsewhere) so it must be pure. Returning `undefined` deletes the record.
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
