import { z } from "zod";
import type { Person } from "../core/events.ts";
import type { Clock } from "../core/ports.ts";
import { keys } from "./keys.ts";
import {
  currentLog,
  type QuizLog,
  type QuizLogEntry,
  QuizLogSchema,
  withAnswer,
} from "./quiz-log.ts";
import type { RecordStore } from "./record-store.ts";

const Iso = z.iso.datetime({ offset: true });
const DAY = 24 * 60 * 60 * 1000;
const ROUND_TTL = 8 * DAY;

/** One question as shown once: its shuffled option order and who may answer it. */
export const QuizRoundSchema = z.object({
  id: z.string(),
  questionId: z.string(),
  /** order[i] is the matrix option index shown at position i. */
  order: z.array(z.int().min(0)),
  /** Set for a personal quiz: only this user answers it. */
  owner: z.string().optional(),
  channel: z.string(),
  createdAt: Iso,
  /** A channel's daily question: the local date it belongs to, and when it was revealed. */
  daily: z
    .object({ date: z.string(), revealAt: Iso, revealed: z.boolean().default(false) })
    .optional(),
  /** Served from the person's review deck. */
  review: z.boolean().optional(),
});
export type QuizRound = z.infer<typeof QuizRoundSchema>;

/**
 * A person's answer to a round, claimed once. After forget-me only `{}` is left until the
 * round expires: which option they chose is gone, and the round still counts them once.
 */
export const AnswerSchema = z.object({ shown: z.int().min(0).optional(), at: Iso.optional() });
/** How many people chose each shown option of a round: counts only, no names. */
export const TallySchema = z.object({ counts: z.array(z.int().min(0)) });

/** Quiz rounds, the once-only answers to them, and each person's answer history. */
export class QuizBook {
  readonly #store: RecordStore;
  readonly #clock: Clock;

  constructor(store: RecordStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  async saveRound(tenant: Pick<Person, "platform" | "tenant">, round: QuizRound): Promise<void> {
    await this.#store.set(keys.quizRound(tenant, round.id), round, ROUND_TTL);
  }

  round(
    tenant: Pick<Person, "platform" | "tenant">,
    roundId: string,
  ): Promise<QuizRound | undefined> {
    return this.#store.get(keys.quizRound(tenant, roundId), QuizRoundSchema);
  }

  async markRevealed(tenant: Pick<Person, "platform" | "tenant">, roundId: string): Promise<void> {
    await this.#store.update(
      keys.quizRound(tenant, roundId),
      QuizRoundSchema,
      (round) =>
        round && (round.daily ? { ...round, daily: { ...round.daily, revealed: true } } : round),
      ROUND_TTL,
    );
  }

  async countAnswer(
    tenant: Pick<Person, "platform" | "tenant">,
    roundId: string,
    shown: number,
    options: number,
  ): Promise<void> {
    await this.#store.update(
      keys.quizTally(tenant, roundId),
      TallySchema,
      (tally) => {
        const counts = tally?.counts ?? Array.from({ length: options }, () => 0);
        return { counts: counts.map((count, i) => (i === shown ? count + 1 : count)) };
      },
      ROUND_TTL,
    );
  }

  async tally(
    tenant: Pick<Person, "platform" | "tenant">,
    roundId: string,
    options: number,
  ): Promise<number[]> {
    const tally = await this.#store.get(keys.quizTally(tenant, roundId), TallySchema);
    return tally?.counts ?? Array.from({ length: options }, () => 0);
  }

  /**
   * Records the person's answer to a round if it is their first: true when this call recorded
   * it. Atomic, so double clicks, retries and two instances all count once.
   */
  claimAnswer(person: Person, roundId: string, shown: number): Promise<boolean> {
    return this.#store.claim(
      keys.quizAnswer(person, roundId),
      { shown, at: this.#clock.now().toISOString() },
      ROUND_TTL,
    );
  }

  answer(person: Person, roundId: string): Promise<z.infer<typeof AnswerSchema> | undefined> {
    return this.#store.get(keys.quizAnswer(person, roundId), AnswerSchema);
  }

  log(person: Person): Promise<QuizLog> {
    return this.#store
      .get(keys.quizLog(person), QuizLogSchema)
      .then((stored) => currentLog(stored, this.#clock.now().getTime()));
  }

  async record(person: Person, entry: QuizLogEntry): Promise<void> {
    const now = this.#clock.now().getTime();
    await this.#store.update(keys.quizLog(person), QuizLogSchema, (stored) =>
      withAnswer(currentLog(stored, now), entry),
    );
  }

  /**
   * Deletes the person's answers and the questions they were asked alone (those they answered:
   * unanswered ones are not indexed, and expire with their round), and empties their answer
   * claims (which outlive no recent answer): which option they chose goes, the claim stays
   * until its round expires, so an answer given again to a daily question still open is not
   * counted twice.
   */
  async forget(person: Person): Promise<void> {
    const log = await this.log(person);
    const now = this.#clock.now().getTime();
    await Promise.all(
      log.recent.map(async ({ roundId, at }) => {
        // Their own questions go whole; a channel's daily round is everyone's and stays.
        const round = await this.round(person, roundId);
        if (round?.owner === person.user) await this.#store.delete(keys.quizRound(person, roundId));
        // A claim whose round has run out is gone already: nothing to keep, nothing to write.
        const left = Date.parse(at) + ROUND_TTL - now;
        if (left > 0) await this.#store.set(keys.quizAnswer(person, roundId), {}, left);
      }),
    );
    await this.#store.delete(keys.quizLog(person));
  }
}
