import { describe, expect, it } from "vitest";
import { InFlight } from "../../src/core/in-flight.ts";

function settleLater() {
  let resolve: () => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Whether `promise` has settled once pending callbacks have run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe("InFlight", () => {
  it("GIVEN nothing tracked THEN it is drained at once", async () => {
    expect(await isSettled(new InFlight().drained())).toBe(true);
  });

  it("GIVEN work that succeeds and work that fails THEN drained waits for both, failures included", async () => {
    const inFlight = new InFlight();
    const ok = settleLater();
    const failing = settleLater();
    inFlight.track(ok.promise);
    inFlight.track(failing.promise);
    const drained = inFlight.drained();
    ok.resolve();
    expect(await isSettled(drained)).toBe(false);
    failing.reject(new Error("edit failed"));
    expect(await isSettled(drained)).toBe(true);
  });

  it("GIVEN work tracked while waiting (a follow-up edit) THEN drained waits for it too", async () => {
    const inFlight = new InFlight();
    const answer = settleLater();
    const followUp = settleLater();
    inFlight.track(answer.promise);
    const drained = inFlight.drained();
    inFlight.track(followUp.promise);
    answer.resolve();
    expect(await isSettled(drained)).toBe(false);
    followUp.resolve();
    expect(await isSettled(drained)).toBe(true);
  });
});
