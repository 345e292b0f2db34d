import type Keyv from "keyv";
import { liveValue } from "./envelope.ts";
import { KeyedMutex } from "./keyed-mutex.ts";
import type { AtomicOps } from "./keyv-store.ts";

const asText = (raw: unknown) => (typeof raw === "string" ? raw : undefined);

/**
 * Atomic operations for single-process backends (SQLite, memory): every claim and update on a
 * key runs under a per-key mutex. Correct only while one process owns the store, which is what
 * a SQLite file means here; several instances need Redis.
 */
export function inProcessAtomic(keyv: Keyv): AtomicOps {
  const mutex = new KeyedMutex();
  const store = keyv.store as {
    get(key: string): Promise<unknown>;
    set(key: string, value: string, ttl?: number): Promise<unknown>;
    delete(key: string): Promise<unknown>;
  };
  const readRaw = (key: string): Promise<string | undefined> =>
    Promise.resolve(store.get(key)).then(asText);
  return {
    claim: (key, serialised, ttlMs) =>
      mutex.run(key, async () => {
        if (liveValue(await readRaw(key)) !== undefined) return false;
        await store.set(key, serialised, ttlMs);
        return true;
      }),
    readRaw,
    // Only called inside `exclusive`, which already holds the key's mutex.
    compareAndSet: async (key, _expected, next, ttlMs) => {
      if (next === undefined) await store.delete(key);
      else await store.set(key, next, ttlMs);
      return true;
    },
    exclusive: (key, work) => mutex.run(key, work),
  };
}
