/**
 * Ids seen in the last `ttlMs`, held in this process's memory. Every id lives equally long, so
 * the oldest is always the first in the map (insertion order): expiring is a walk from the
 * front that stops at the first live id, and nothing needs a timer. `limit` caps the memory a
 * flood of ids can take; past it the oldest are forgotten early.
 */
export class RecentIds {
  readonly #seenAt = new Map<string, number>();
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
    for (const [oldest, seenAt] of this.#seenAt) {
      if (now - seenAt < this.#ttlMs) break;
      this.#seenAt.delete(oldest);
    }
    if (this.#seenAt.has(id)) return false;
    if (this.#seenAt.size >= this.#limit) {
      const [oldest] = this.#seenAt.keys();
      if (oldest !== undefined) this.#seenAt.delete(oldest);
    }
    this.#seenAt.set(id, now);
    return true;
  }

  get size(): number {
    return this.#seenAt.size;
  }
}
