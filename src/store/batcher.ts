type Waiter<T> = { resolve(value: T): void; reject(error: unknown): void };
type Pending<In, Out> = { request: In; waiters: Waiter<Out | undefined>[] };

/**
 * Requests by key that arrive together, served by one call. The first request starts a call
 * once the current microtasks have run, so whatever was asked meanwhile goes with it; while a
 * call runs, new requests wait and go in the next one. A key asked again before its call starts
 * shares it, with the requests combined by `merge` (by default the later one wins, as a later
 * write would). Every request's promise settles with its call: a failed call rejects all of
 * them, and the next call goes ahead.
 */
export class Batcher<K, In, Out> {
  readonly #run: (requests: ReadonlyMap<K, In>) => Promise<ReadonlyMap<K, Out>>;
  readonly #merge: (earlier: In, later: In) => In;
  #pending = new Map<K, Pending<In, Out>>();
  #running = false;

  constructor(
    run: (requests: ReadonlyMap<K, In>) => Promise<ReadonlyMap<K, Out>>,
    merge: (earlier: In, later: In) => In = (_earlier, later) => later,
  ) {
    this.#run = run;
    this.#merge = merge;
  }

  /** Settles with what the call answered for `key` (undefined when it said nothing of it). */
  add(key: K, request: In): Promise<Out | undefined> {
    return new Promise((resolve, reject) => {
      const pending = this.#pending.get(key);
      if (pending) {
        pending.request = this.#merge(pending.request, request);
        pending.waiters.push({ resolve, reject });
      } else this.#pending.set(key, { request, waiters: [{ resolve, reject }] });
      if (!this.#running) {
        this.#running = true;
        queueMicrotask(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.size > 0) {
      const batch = this.#pending;
      this.#pending = new Map();
      const requests = new Map<K, In>();
      for (const [key, { request }] of batch) requests.set(key, request);
      try {
        const answers = await this.#run(requests);
        for (const [key, { waiters }] of batch)
          for (const waiter of waiters) waiter.resolve(answers.get(key));
      } catch (error) {
        for (const { waiters } of batch.values())
          for (const waiter of waiters) waiter.reject(error);
      }
    }
    this.#running = false;
  }
}
