/**
 * Ids seen in the last `ttlMs`, held in this process's memory. Every id lives equally long, so
 * they expire in the order they arrived: a queue of arrivals is walked from the front, stopping
 * at the first live one, and nothing needs a timer. `limit` caps the memory a flood of ids can
 * take; past it the oldest are forgotten early.
 */
export class RecentIds {
  readonly #seen = new Set<string>();
  /** Arrivals, oldest first, from `#head` on (the part before it is already forgotten). */
  readonly #arrivals: { id: string; at: number }[] = [];
  #head = 0;
  readonly #ttlMs: number;
  readonly #limit: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; limit: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#limit = options.limit;
    this.#now = options.now ?? Date.now;
  }

  /** True the first time `id` is seen within the TTL; it is remembered either way. */
  firstSighting(id: string): boolean {
    const now = this.#now();
    let oldest = this.#arrivals[this.#head];
    while (oldest && now - oldest.at >= this.#ttlMs) {
      this.#forgetOldest(oldest.id);
      oldest = this.#arrivals[this.#head];
    }
    if (this.#seen.has(id)) return false;
    if (oldest && this.#seen.size >= this.#limit) this.#forgetOldest(oldest.id);
    this.#seen.add(id);
    this.#arrivals.push({ id, at: now });
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }

  #forgetOldest(id: string): void {
    this.#seen.delete(id);
    this.#head++;
    // Drop the forgotten front once it is most of the queue: amortised O(1) per id.
    if (this.#head > 1024 && this.#head * 2 > this.#arrivals.length) {
      this.#arrivals.splice(0, this.#head);
      this.#head = 0;
    }
  }
}
