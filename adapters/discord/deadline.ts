import { DISCORD_TIMING } from "./limits.ts";

/** A timer a test can fire by hand: Discord's 3-second window, without sleeping in tests. */
export type Deadline = () => { elapsed: Promise<void>; cancel(): void };

export const deferDeadline: Deadline = () => {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, DISCORD_TIMING.deferAfterMs);
  });
  return { elapsed, cancel: () => clearTimeout(timer) };
};

/**
 * The work's result; if the deadline passes first, `onLate` runs (deferReply) and the result
 * is awaited after it, so the person sees "thinking…" instead of "interaction failed".
 */
export async function answerInTime<T>(
  work: Promise<T>,
  deadline: Deadline,
  onLate: () => Promise<unknown>,
): Promise<T> {
  const timer = deadline();
  // If deferring fails the work is abandoned: its outcome must not surface as an unhandled rejection.
  work.catch(() => undefined);
  try {
    const first = await Promise.race([
      work.then((value) => ({ value })),
      timer.elapsed.then(() => undefined),
    ]);
    if (first) return first.value;
    await onLate();
    return await work;
  } finally {
    timer.cancel();
  }
}
