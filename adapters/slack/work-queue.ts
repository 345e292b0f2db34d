/**
 * The work that follows an ack (the core, the store, Slack's Web API), a bounded number at a
 * time. A burst of requests then costs each one only its ack: the answers follow as slots free
 * up, instead of hundreds of half-done answers competing with the acks Slack waits for.
 */
export class WorkQueue {
  readonly #limit: number;
  readonly #waiting: (() => void)[] = [];
  #running = 0;

  constructor(limit: number) {
    this.#limit = limit;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#running < this.#limit) this.#running += 1;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    // Let requests already waiting in the event loop be read and acknowledged first.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      return await job();
    } finally {
      // A freed slot passes straight to the next job; the count only drops when none waits.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}
