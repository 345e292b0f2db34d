import { z } from "zod";
import type { Person } from "../core/events.ts";
import type { Clock } from "../core/ports.ts";
import { keys } from "../store/keys.ts";
import type { RecordStore } from "../store/record-store.ts";

const CountSchema = z.int().min(0);
const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Model calls per person per UTC day (`OPENAI_DAILY_QUOTA`, 0 for no limit). The count goes up
 * in one atomic update, so two replies at once cannot both take the last call.
 */
export class DailyQuota {
  readonly limit: number;
  readonly #store: RecordStore;
  readonly #clock: Clock;

  constructor(options: { store: RecordStore; clock: Clock; limit: number }) {
    this.limit = options.limit;
    this.#store = options.store;
    this.#clock = options.clock;
  }

  /** Takes one call from today's allowance; false when it is used up. */
  async take(person: Person): Promise<boolean> {
    if (this.limit === 0) return true;
    const day = this.#clock.now().toISOString().slice(0, 10);
    const count = await this.#store.update(
      keys.explainQuota(person, day),
      CountSchema,
      // Capped at limit + 1: enough to say "over", without growing on every refused call.
      (current) => Math.min((current ?? 0) + 1, this.limit + 1),
      TWO_DAYS_MS,
    );
    return (count ?? 0) <= this.limit;
  }
}
