import type { RecordStore } from "../../src/store/record-store.ts";

/**
 * A store whose reads wait until the test lets them through: a slow backend, without sleeping.
 * `holding` resolves when the first read is waiting.
 */
export function slowStore(inner: RecordStore): {
  store: RecordStore;
  release(): void;
  holding: Promise<void>;
} {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = () => {};
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const store: RecordStore = {
    kind: inner.kind,
    get: async (key, schema) => {
      held();
      await gate;
      return inner.get(key, schema);
    },
    set: (key, value, ttlMs) => inner.set(key, value, ttlMs),
    delete: (key) => inner.delete(key),
    claim: (key, value, ttlMs) => inner.claim(key, value, ttlMs),
    update: (key, schema, change, ttlMs) => inner.update(key, schema, change, ttlMs),
    sweepExpired: (now) => inner.sweepExpired(now),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
  return { store, release, holding };
}
