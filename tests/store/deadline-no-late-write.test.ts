import Keyv from "keyv";
import { expect, it } from "vitest";
import { z } from "zod";
import { isSkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { recordCodec } from "../../src/store/envelope.ts";
import { inProcessAtomic } from "../../src/store/in-process-atomic.ts";
import { type AtomicOps, KeyvRecordStore } from "../../src/store/keyv-store.ts";

// A Redis that stalls past the deadline, then answers: the person was told the update failed
// ("I can't reach my storage", try again), so the update must not go on and write it anyway.

const Counter = z.object({ n: z.number() });

/** A backend whose reads wait at a gate the test opens, and which counts its writes. */
function stallingBackend() {
  const keyv = new Keyv({
    store: new Map(),
    useKeyPrefix: false,
    throwOnErrors: true,
    ...recordCodec,
  });
  const real = inProcessAtomic(keyv);
  let open: () => void = () => {};
  let gate: Promise<void> | undefined;
  let settled: Promise<unknown> = Promise.resolve();
  const writes: (string | undefined)[] = [];
  const atomic: AtomicOps = {
    ...real,
    readRaw: async (key) => {
      if (gate) await gate;
      return real.readRaw(key);
    },
    compareAndSet: (key, expected, next, ttlMs) => {
      writes.push(next);
      return real.compareAndSet(key, expected, next, ttlMs);
    },
    // The whole read-modify-write, so the test can wait for it to end after the deadline.
    exclusive: (key, work) => {
      const running = real.exclusive(key, work);
      settled = running.catch(() => {});
      return running;
    },
  };
  return {
    store: new KeyvRecordStore({ kind: "redis", keyv, atomic, log: silentLogger, deadlineMs: 50 }),
    writes,
    stall: () => {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    answer: () => {
      gate = undefined;
      open();
    },
    updateEnded: () => settled,
  };
}

it("GIVEN Redis stalls past the deadline during an update WHEN it answers afterwards THEN the update reported as failed writes nothing, and the retry counts once", async () => {
  const backend = stallingBackend();
  await backend.store.set("k", { n: 0 });
  backend.stall();

  const failure = await backend.store
    .update("k", Counter, (c) => ({ n: (c?.n ?? 0) + 1 }))
    .catch((error: unknown) => error);
  expect(isSkillbotError(failure, "StoreUnavailable")).toBe(true);

  backend.answer();
  await backend.updateEnded();
  expect(backend.writes).toEqual([]);
  expect(await backend.store.get("k", Counter)).toEqual({ n: 0 });

  await backend.store.update("k", Counter, (c) => ({ n: (c?.n ?? 0) + 1 }));
  expect(await backend.store.get("k", Counter)).toEqual({ n: 1 });
});
