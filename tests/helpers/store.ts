import { afterEach } from "vitest";
import { SkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
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

/**
 * `inner`, whose updates of keys matching `failing` fail as a backend outage would while
 * `switchable.down` (starting as `down`): a write that fails halfway through a command.
 */
export function updatesFailing(inner: RecordStore, failing: RegExp, down: boolean) {
  const switchable = { down };
  const store = storeWith(inner, {
    update: (key, schema, change, ttlMs) =>
      switchable.down && failing.test(key)
        ? Promise.reject(new SkillbotError({ code: "StoreUnavailable" }))
        : inner.update(key, schema, change, ttlMs),
  });
  return { store, switchable };
}

/**
 * In-memory stores for the tests of one file, each closed after its test: call at the top
 * level of the file, then `await open()` in a test.
 */
export function memoryStores(): () => Promise<RecordStore> {
  const opened: RecordStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  return async () => {
    const store = await openStore("memory://", silentLogger);
    opened.push(store);
    return store;
  };
}
