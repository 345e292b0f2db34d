import { describe, expect, it } from "vitest";
import { KeyedMutex } from "../../src/store/keyed-mutex.ts";

/** A promise to settle by hand. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("KeyedMutex", () => {
  it("GIVEN work on one key WHEN more arrives THEN it runs after, in order, one at a time", async () => {
    const mutex = new KeyedMutex();
    const first = gate();
    const order: string[] = [];
    const a = mutex.run("k", async () => {
      order.push("a starts");
      await first.opened;
      order.push("a ends");
      return "a";
    });
    const b = mutex.run("k", async () => {
      order.push("b");
      return "b";
    });
    await Promise.resolve();
    expect(order).toEqual(["a starts"]);
    first.open();
    expect(await Promise.all([a, b])).toEqual(["a", "b"]);
    expect(order).toEqual(["a starts", "a ends", "b"]);
  });

  it("GIVEN a free key THEN work starts at once; another key is never held up", async () => {
    const mutex = new KeyedMutex();
    const held = gate();
    const busy = mutex.run("busy", () => held.opened);
    let started = false;
    const other = mutex.run("other", async () => {
      started = true;
    });
    expect(started).toBe(true);
    await other;
    held.open();
    await busy;
  });

  it("GIVEN work that throws or rejects THEN its caller sees the failure and the key is free again", async () => {
    const mutex = new KeyedMutex();
    await expect(
      mutex.run("k", () => {
        throw new Error("sync");
      }),
    ).rejects.toThrow("sync");
    await expect(mutex.run("k", async () => Promise.reject(new Error("async")))).rejects.toThrow(
      "async",
    );
    // Released: the next work starts synchronously, not queued behind a stale tail.
    let startedAtOnce = false;
    const next = mutex.run("k", async () => {
      startedAtOnce = true;
    });
    expect(startedAtOnce).toBe(true);
    await next;
  });
});
