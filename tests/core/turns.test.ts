import { describe, expect, it } from "vitest";
import { Turns } from "../../src/core/in-flight.ts";

/** A promise to settle by hand. */
function later() {
  let resolve = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const neverImpatient = () => new Promise<void>(() => {});

describe("Turns", () => {
  it("GIVEN a turn that fails, or throws before it starts WHEN the next one for the key waits THEN it runs after, in order", async () => {
    const turns = new Turns({ patience: neverImpatient });
    const first = later();
    const order: string[] = [];
    const failing = turns.take("alice", async () => {
      order.push("first");
      await first.promise;
    });
    const throwing = turns.take("alice", () => {
      order.push("second");
      throw new Error("thrown before any await");
    });
    const third = turns.take("alice", async () => {
      order.push("third");
      return "answered";
    });
    first.reject(new Error("store down"));

    await expect(failing).rejects.toThrow("store down");
    await expect(throwing).rejects.toThrow("thrown before any await");
    expect(await third).toBe("answered");
    expect(order).toEqual(["first", "second", "third"]);
  });

  it("GIVEN a turn that outlasts its patience THEN the next goes ahead, and that is reported once", async () => {
    const impatient = later();
    const waitedOut: string[] = [];
    const turns = new Turns({
      patience: () => impatient.promise,
      onWaitedOut: (key) => waitedOut.push(key),
    });
    void turns.take("alice", () => new Promise<never>(() => {}));
    const next = turns.take("alice", async () => "answered");

    impatient.resolve();

    expect(await next).toBe("answered");
    expect(waitedOut).toEqual(["alice"]);
  });

  it("GIVEN three turns queued together behind a hung one WHEN the first is waited out THEN the next two still run one at a time, each given patience from the start of the one before", async () => {
    const patiences: { resolve: () => void; cancelled: AbortSignal }[] = [];
    const turns = new Turns({
      patience: (cancelled) =>
        new Promise<void>((resolve) => {
          patiences.push({ resolve, cancelled });
        }),
    });
    const order: string[] = [];
    const second = later();
    void turns.take("alice", () => new Promise<never>(() => {}));
    const b = turns.take("alice", async () => {
      order.push("second starts");
      await second.promise;
      order.push("second ends");
    });
    const c = turns.take("alice", async () => {
      order.push("third starts");
    });
    await Promise.resolve();
    // Only the second waits on a clock so far: the third's starts when the second does.
    expect(patiences).toHaveLength(1);

    patiences[0]?.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["second starts"]);
    expect(patiences).toHaveLength(2);

    second.resolve();
    await Promise.all([b, c]);
    expect(order).toEqual(["second starts", "second ends", "third starts"]);
    // The third's clock was stopped once the second had settled.
    expect(patiences[1]?.cancelled.aborted).toBe(true);
  });
});
