import { DISCORD_TIMING } from "./limits.ts";

/**
 * Discord's 3-second window as a timer: `onElapsed` runs once it passes, unless cancelled. Tests
 * pass one they fire by hand, so nothing sleeps.
 */
export type Deadline = (onElapsed: () => void) => { cancel(): void };

/** A deadline waiting in the queue; cancelling drops its callback, the entry leaves in turn. */
class Pending {
  onElapsed: (() => void) | undefined;
  readonly dueAt: number;

  constructor(onElapsed: () => void, dueAt: number) {
    this.onElapsed = onElapsed;
    this.dueAt = dueAt;
  }

  cancel(): void {
    this.onElapsed = undefined;
  }
}

/**
 * Deadlines that all last `afterMs`, so they fall due in the order they were set: one queue and
 * one timer serve all of them, where a timer per interaction cost a Timeout object, a timer list
 * insert and a removal on a busy server. The timer is armed for the oldest live deadline only;
 * cancelled ones are dropped whenever the queue is walked.
 */
export function queuedDeadlines(afterMs: number, now = () => Date.now()): Deadline {
  const queue: Pending[] = [];
  let head = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const dropCancelled = () => {
    while (head < queue.length && !queue[head]?.onElapsed) head++;
    // Drop the walked front once it is most of the queue: amortised O(1) per deadline.
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    }
  };
  const arm = () => {
    dropCancelled();
    const oldest = queue[head];
    if (!oldest || timer) return;
    timer = setTimeout(fire, Math.max(0, oldest.dueAt - now()));
    // The interaction's own sockets keep the process alive; a deadline alone must not (stop()
    // would otherwise wait out the last cancelled one).
    timer.unref();
  };
  const fire = () => {
    timer = undefined;
    const time = now();
    for (let due = queue[head]; due && due.dueAt <= time; due = queue[head]) {
      head++;
      const onElapsed = due.onElapsed;
      due.onElapsed = undefined;
      onElapsed?.();
    }
    arm();
  };
  return (onElapsed) => {
    const pending = new Pending(onElapsed, now() + afterMs);
    queue.push(pending);
    arm();
    return pending;
  };
}

export const deferDeadline: Deadline = queuedDeadlines(DISCORD_TIMING.deferAfterMs);

/**
 * The work's result; if the deadline passes first, `onLate` runs (deferReply) and the result
 * is awaited after it, so the person sees "thinking…" instead of "interaction failed". If
 * deferring fails, that failure is the outcome and the work is abandoned (its own failure, if
 * any, is swallowed: it must not surface as an unhandled rejection).
 */
export function answerInTime<T>(
  work: Promise<T>,
  deadline: Deadline,
  onLate: () => Promise<unknown>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let late = false;
    const timer = deadline(() => {
      late = true;
      onLate().then(() => work.then(resolve, reject), reject);
    });
    work.then(
      (value) => {
        timer.cancel();
        if (!late) resolve(value);
      },
      (error: unknown) => {
        timer.cancel();
        if (!late) reject(error);
      },
    );
  });
}
