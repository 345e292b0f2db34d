/**
 * Ids seen in the last `ttlMs`, held in this process's memory. Every id lives equally long, so
 * they expire in the order they arrived, which is the order a Map keeps: expired ones are taken
 * from its front, stopping at the first live one, and nothing needs a timer. `limit` caps the
 * memory a flood of ids can take; past it the oldest are forgotten early.
 */
export class RecentIds {
  /** When each id was first seen, oldest first. */
  readonly #seen = new Map<string, number>();
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
    for (const [oldest, at] of this.#seen) {
      if (now - at < this.#ttlMs) break;
      this.#seen.delete(oldest);
    }
    if (this.#seen.has(id)) return false;
    if (this.#seen.size >= this.#limit) {
      for (const oldest of this.#seen.keys()) {
        this.#seen.delete(oldest);
        break;
      }
    }
    this.#seen.set(id, now);
    return true;
  }

  get size(): number {
    return this.#seen.size;
  }
}
