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

/**
 * Work that takes turns per key (a person): each piece starts once the one before it for the
 * same key has settled, so two commands of one person never interleave their writes. Other keys
 * never wait. A turn that outlasts `patience` (a hung store call) is no longer waited for, so
 * one stuck command cannot silence the person for good.
 */
export class Turns {
  readonly #tails = new Map<string, Promise<void>>();
  readonly #patience: () => Promise<void>;
  readonly #onWaitedOut: (key: string) => void;

  constructor(options: { patience: () => Promise<void>; onWaitedOut?: (key: string) => void }) {
    this.#patience = options.patience;
    this.#onWaitedOut = options.onWaitedOut ?? (() => {});
  }

  take<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    // Uncontended, the usual case: start now, with no timer and no extra turn of the queue.
    const result = previous ? this.#after(key, previous).then(work) : start(work);
    const tails = this.#tails;
    const tail: Promise<void> = result.then(release, release);
    tails.set(key, tail);
    function release(): void {
      if (tails.get(key) === tail) tails.delete(key);
    }
    return result;
  }

  async #after(key: string, previous: Promise<void>): Promise<void> {
    const waitedOut = await Promise.race([
      previous.then(() => false),
      this.#patience().then(() => true),
    ]);
    if (waitedOut) this.#onWaitedOut(key);
  }
}

/** `work()`, with a synchronous throw turned into a rejection like any other failure. */
function start<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (error) {
    return Promise.reject(error);
  }
}
