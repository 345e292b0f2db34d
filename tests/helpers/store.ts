import type { RecordStore } from "../../src/store/record-store.ts";

/**
 * A store that passes every call to `inner` except those in `overrides`: a slow, failing or
 * counting backend for a test, which keeps working when the port gains a method.
 */
export function storeWith(inner: RecordStore, overrides: Partial<RecordStore>): RecordStore {
  return {
    kind: inner.kind,
    get: (key, schema) => inner.get(key, schema),
    set: (key, value, ttlMs) => inner.set(key, value, ttlMs),
    delete: (key) => inner.delete(key),
    claim: (key, value, ttlMs) => inner.claim(key, value, ttlMs),
    update: (key, schema, change, ttlMs) => inner.update(key, schema, change, ttlMs),
    sweepExpired: (now) => inner.sweepExpired(now),
    ping: () => inner.ping(),
    close: () => inner.close(),
    ...overrides,
  };
}
