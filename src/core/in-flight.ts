/**
 * Work an adapter started and must see finished before it stops (answers, follow-up edits):
 * counted, not kept in a set, so tracking costs an increment and a settle handler.
 */
export class InFlight {
  #count = 0;
  readonly #waiting: (() => void)[] = [];

  /** Counts `work` until it settles; a failure is the work's own to report, not this one's. */
  track(work: Promise<unknown>): void {
    this.#count++;
    work.then(this.#settled, this.#settled);
  }

  /** Resolves once nothing is in flight, including work tracked while it waits. */
  drained(): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  readonly #settled = (): void => {
    this.#count--;
    if (this.#count === 0) for (const resolve of this.#waiting.splice(0)) resolve();
  };
}

/** A turn in the queue: when it started, and when it settled (either way). */
type Turn = { started: Promise<void>; settled: Promise<void> };

/**
 * Work that takes turns per key (a person): each piece starts once the one before it for the
 * same key has settled, so two commands of one person never interleave their writes. Other keys
 * never wait. A turn still running `patience` after it started (a hung store call) is no longer
 * waited for, so one stuck command cannot silence the person for good. Patience counts from the
 * start of the turn waited for, not from the arrival of the one waiting: three quick commands
 * queued together still run one at a time.
 */
export class Turns {
  readonly #last = new Map<string, Turn>();
  readonly #patience: (cancelled: AbortSignal) => Promise<void>;
  readonly #onWaitedOut: (key: string) => void;

  /** `patience`: resolves when a turn has run too long; its timer is cancelled with `cancelled`. */
  constructor(options: {
    patience: (cancelled: AbortSignal) => Promise<void>;
    onWaitedOut?: (key: string) => void;
  }) {
    this.#patience = options.patience;
    this.#onWaitedOut = options.onWaitedOut ?? (() => {});
  }

  take<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#last.get(key);
    // Uncontended, the usual case: start now, with no timer and no extra turn of the queue.
    const mayStart = previous ? this.#after(key, previous) : undefined;
    const result = mayStart ? mayStart.then(work) : start(work);
    const turn: Turn = { started: mayStart ?? STARTED, settled: result.then(nothing, nothing) };
    const last = this.#last;
    last.set(key, turn);
    void turn.settled.then(() => {
      if (last.get(key) === turn) last.delete(key);
    });
    return result;
  }

  async #after(key: string, previous: Turn): Promise<void> {
    await previous.started;
    const patience = new AbortController();
    const waitedOut = await Promise.race([
      previous.settled.then(() => false),
      this.#patience(patience.signal).then(() => true),
    ]);
    patience.abort();
    if (waitedOut) this.#onWaitedOut(key);
  }
}

const STARTED = Promise.resolve();
const nothing = (): void => {};

/** `work()`, with a synchronous throw turned into a rejection like any other failure. */
function start<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (error) {
    return Promise.reject(error);
  }
}
