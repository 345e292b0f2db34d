/** Serialises async work per key inside this process (SQLite and memory have no atomic ops we can use). */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    // Uncontended, the usual case: start now, not a turn of the microtask queue later.
    const result = previous ? previous.then(work, work) : start(work);
    const tails = this.#tails;
    const tail: Promise<unknown> = result.then(release, release);
    tails.set(key, tail);
    function release() {
      if (tails.get(key) === tail) tails.delete(key);
    }
    return result;
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
