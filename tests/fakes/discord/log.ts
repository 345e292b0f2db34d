// An append-only record a test can wait on: `next(predicate)` resolves with the first entry
// recorded after the call that matches. Waiting is event-driven; the timeout only turns a hang
// into a clear failure.

export const DEFAULT_WAIT_MS = 5_000;

export interface WaitOptions {
  timeoutMs?: number;
}

interface Waiter<T> {
  matches: (entry: T) => boolean;
  resolve: (entry: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface WaitableLog<T> {
  readonly entries: readonly T[];
  record(entry: T): void;
  next(matches: (entry: T) => boolean, what: string, options?: WaitOptions): Promise<T>;
  /** Rejects every pending wait, e.g. when the fake closes. */
  abandon(reason: string): void;
  /** Drops the entries recorded so far (waits still pending keep waiting). */
  forget(): void;
}

export function createWaitableLog<T>(describe: (entry: T) => string): WaitableLog<T> {
  const entries: T[] = [];
  const waiters = new Set<Waiter<T>>();

  return {
    entries,
    record(entry) {
      entries.push(entry);
      for (const waiter of [...waiters]) {
        if (!waiter.matches(entry)) continue;
        clearTimeout(waiter.timer);
        waiters.delete(waiter);
        waiter.resolve(entry);
      }
    },
    next(matches, what, options = {}) {
      const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = entries.map((entry) => `  ${describe(entry)}`).join("\n") || "  (none)";
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Seen:\n${seen}`));
        }, timeoutMs);
        const waiter: Waiter<T> = { matches, resolve, reject, timer };
        waiters.add(waiter);
      });
    },
    forget() {
      entries.length = 0;
    },
    abandon(reason) {
      for (const waiter of waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(reason));
      }
      waiters.clear();
    },
  };
}
