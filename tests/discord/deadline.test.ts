// Discord's 3-second window: answer in time, or defer and answer after.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { answerInTime, type Deadline, queuedDeadlines } from "../../adapters/discord/deadline.ts";

/** A deadline fired by hand, which remembers whether it was cancelled. */
function handTimer() {
  let onElapsed = () => {};
  const state = { cancelled: false, fire: () => onElapsed() };
  const deadline: Deadline = (callback) => {
    onElapsed = callback;
    return { cancel: () => (state.cancelled = true) };
  };
  return { deadline, state };
}

function settleLater<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("answering in time", () => {
  test("GIVEN work that finishes first THEN its result, no deferral, and the timer is cancelled", async () => {
    const { deadline, state } = handTimer();
    const deferrals: string[] = [];
    const answer = answerInTime(Promise.resolve("ok"), deadline, async () =>
      deferrals.push("defer"),
    );
    expect(await answer).toBe("ok");
    expect(deferrals).toEqual([]);
    expect(state.cancelled).toBe(true);
  });

  test("GIVEN the deadline passing first THEN it defers, and still answers with the work's result", async () => {
    const { deadline, state } = handTimer();
    const work = settleLater<string>();
    const steps: string[] = [];
    const answer = answerInTime(work.promise, deadline, async () => steps.push("deferred"));
    state.fire();
    work.resolve("late answer");
    expect(await answer).toBe("late answer");
    expect(steps).toEqual(["deferred"]);
  });

  test("GIVEN work that fails before the deadline THEN the failure, and no deferral", async () => {
    const { deadline, state } = handTimer();
    const deferrals: string[] = [];
    const answer = answerInTime(Promise.reject(new Error("store down")), deadline, async () =>
      deferrals.push("defer"),
    );
    await expect(answer).rejects.toThrow("store down");
    expect(deferrals).toEqual([]);
    expect(state.cancelled).toBe(true);
  });

  test("GIVEN deferring fails THEN that failure is the outcome, and the abandoned work cannot raise an unhandled rejection", async () => {
    const { deadline, state } = handTimer();
    const work = settleLater<string>();
    const answer = answerInTime(work.promise, deadline, async () => {
      throw new Error("Unknown interaction");
    });
    state.fire();
    await expect(answer).rejects.toThrow("Unknown interaction");
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", listener);
    work.reject(new Error("work failed too"));
    await new Promise((resolve) => setImmediate(resolve));
    process.off("unhandledRejection", listener);
    expect(unhandled).toEqual([]);
  });
});

describe("the deadline queue", () => {
  // The queue reads the clock when asked, so the faked Date and timers drive it together.
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("GIVEN deadlines set at different times THEN each elapses when due, in order, and a cancelled one never", () => {
    const deadline = queuedDeadlines(100);
    const elapsed: string[] = [];
    deadline(() => elapsed.push("a"));
    vi.advanceTimersByTime(10);
    const b = deadline(() => elapsed.push("b"));
    vi.advanceTimersByTime(10);
    deadline(() => elapsed.push("c"));
    b.cancel();
    vi.advanceTimersByTime(79);
    expect(elapsed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(elapsed).toEqual(["a"]);
    vi.advanceTimersByTime(20);
    expect(elapsed).toEqual(["a", "c"]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("GIVEN thousands of deadlines, nearly all cancelled THEN only the live one elapses, and an emptied queue takes new ones", () => {
    const deadline = queuedDeadlines(2000);
    const elapsed: number[] = [];
    const pending = Array.from({ length: 5000 }, (_, i) => deadline(() => elapsed.push(i)));
    for (const [i, p] of pending.entries()) if (i !== 4321) p.cancel();
    // One timer for all of them, never one each.
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(elapsed).toEqual([4321]);
    expect(vi.getTimerCount()).toBe(0);
    deadline(() => elapsed.push(-1));
    vi.advanceTimersByTime(2000);
    expect(elapsed).toEqual([4321, -1]);
  });

  test("GIVEN the oldest deadline cancelled THEN the next one still elapses on time", () => {
    const deadline = queuedDeadlines(100);
    const elapsed: string[] = [];
    const first = deadline(() => elapsed.push("first"));
    vi.advanceTimersByTime(50);
    deadline(() => elapsed.push("second"));
    first.cancel();
    vi.advanceTimersByTime(99);
    expect(elapsed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(elapsed).toEqual(["second"]);
  });
});
