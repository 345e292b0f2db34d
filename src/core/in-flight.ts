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
