import { DISCORD_TIMING } from "./limits.ts";

/**
 * Discord's 3-second window as a timer: `onElapsed` runs once it passes, unless cancelled. Tests
 * pass one they fire by hand, so nothing sleeps.
 */
export type Deadline = (onElapsed: () => void) => { cancel(): void };

export const deferDeadline: Deadline = (onElapsed) => {
  const timer = setTimeout(onElapsed, DISCORD_TIMING.deferAfterMs);
  return { cancel: () => clearTimeout(timer) };
};

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
