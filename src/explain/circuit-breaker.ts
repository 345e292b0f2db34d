import type { Clock } from "../core/ports.ts";

export type BreakerState = "closed" | "open" | "half-open";

/**
 * Stops calling the model after `failureThreshold` failures in a row, so an outage costs people
 * no waiting: everyone gets the plain answer at once. After `cooldownMs` one probe call may go
 * through; its success closes the breaker, its failure opens it again.
 */
export class CircuitBreaker {
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #clock: Clock;
  #failures = 0;
  #openedAt: number | undefined;
  #probing = false;

  constructor(options: { clock: Clock; failureThreshold?: number; cooldownMs?: number }) {
    this.#clock = options.clock;
    this.#threshold = options.failureThreshold ?? 3;
    this.#cooldownMs = options.cooldownMs ?? 60_000;
  }

  get state(): BreakerState {
    if (this.#openedAt === undefined) return "closed";
    return this.#clock.now().getTime() - this.#openedAt >= this.#cooldownMs ? "half-open" : "open";
  }

  /** Whether a call may go out now; in half-open, only one probe at a time. */
  allows(): boolean {
    const state = this.state;
    return state === "closed" || (state === "half-open" && !this.#probing);
  }

  /** Takes the right to call: marks the half-open probe as in flight. */
  begin(): boolean {
    if (!this.allows()) return false;
    if (this.state === "half-open") this.#probing = true;
    return true;
  }

  succeeded(): void {
    this.#failures = 0;
    this.#openedAt = undefined;
    this.#probing = false;
  }

  failed(): void {
    this.#failures += 1;
    const wasProbe = this.#probing;
    this.#probing = false;
    if (wasProbe || this.#failures >= this.#threshold) this.#openedAt = this.#clock.now().getTime();
  }
}
