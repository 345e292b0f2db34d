import { z } from "zod";
import type { Person } from "../core/events.ts";
import type { Clock } from "../core/ports.ts";
import { KeyedMutex } from "./keyed-mutex.ts";
import { keys } from "./keys.ts";
import { notePersonalRound } from "./personal-rounds.ts";
import {
  currentLog,
  type QuizLog,
  type QuizLogEntry,
  QuizLogSchema,
  withAnswer,
} from "./quiz-log.ts";
import { type RecordStore, withSalvage } from "./record-store.ts";

const Iso = z.iso.datetime({ offset: true });
const DAY = 24 * 60 * 60 * 1000;
/** How long a question shown can be answered (forget-me looks back as far for those shown alone). */
export const ROUND_TTL = 8 * DAY;

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
  /**
   * The question as the round showed it, hashed (`questionFingerprint`): once the matrix edits
   * the question, the round's buttons no longer mean what they showed. Older rounds lack it.
   */
  fingerprint: z.string().optional(),
});
export type QuizRound = z.infer<typeof QuizRoundSchema>;

/**
 * The last personal question shown to a person: its skill, and when. A quiz without a topic goes
 * on with it for a while, answered or not ("another one" means another on that). The question
 * and its level let the next one differ from it and step from it ("harder"); older notes lack them.
 */
export const LastShownSchema = z.object({
  skillId: z.string(),
  at: Iso,
  questionId: z.string().optional(),
  difficulty: z.int().min(1).max(4).optional(),
});
export type LastShown = z.infer<typeof LastShownSchema>;
/** Longer than a quiz follows on from it (FOLLOW_UP_MS): the sweeper, not the reader, ends it. */
const LAST_SHOWN_TTL = 60 * 60 * 1000;

/**
 * A person's answer to a round, claimed once. After forget-me only `{}` is left until the
 * round expires: which option they chose is gone, and the round still counts them once.
 */
export const AnswerSchema = z.object({
  shown: z.int().min(0).optional(),
  at: Iso.optional(),
  /** A daily answer's own random id (not the person's): what its round's tally counted. */
  id: z.string().optional(),
  /** Claimed, but not yet written everywhere it belongs: the person's next press finishes it. */
  pending: z.literal(true).optional(),
});
/** An answer this person claimed, to be recorded: its shown option, and a daily answer's id. */
export type ClaimedAnswer = { shown: number; id?: string };
/**
 * How many people chose each shown option of a round: counts only, no names. `counted` holds
 * the random ids of the answers counted, so counting one again (a retry) changes nothing.
 */
export const TallySchema = withSalvage(
  z.object({
    counts: z.array(z.int().min(0)),
    counted: z.array(z.string()).default([]),
  }),
  // A count stored as text reads as its number, one that is no number as 0 (the reveal then
  // checks it against the streaks): else every answer after it failed, and the reveal said
  // nobody answered.
  z.looseObject({
    counts: z.array(z.coerce.number().int().min(0).catch(0)),
    counted: z.array(z.string()).catch([]),
  }),
);

/**
 * The rounds whose answer a person is claiming, by round id, with when: listed before the claim
 * and unlisted once it is recorded, so forget-me finds a claim that its writes left pending,
 * which no quiz log holds. A list kept only by failed writes empties itself as its claims expire.
 */
const PendingSchema = z.record(z.string(), Iso);

/** Quiz rounds, the once-only answers to them, and each person's answer history. */
export class QuizBook {
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #answering = new KeyedMutex();

  constructor(store: RecordStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  async saveRound(tenant: Pick<Person, "platform" | "tenant">, round: QuizRound): Promise<void> {
    await this.#store.set(keys.quizRound(tenant, round.id), round, ROUND_TTL);
  }

  /**
   * Saves a round only `person` answers, notes it as the last question shown to them, and lists it
   * for forget-me. The writes go out together, not one after another.
   */
  async savePersonalRound(
    person: Person,
    round: QuizRound,
    question: { skillId: string; difficulty: number },
  ): Promise<void> {
    const shown: LastShown = {
      skillId: question.skillId,
      at: round.createdAt,
      questionId: round.questionId,
      difficulty: question.difficulty,
    };
    await Promise.all([
      this.saveRound(person, round),
      this.#store.set(keys.quizLastShown(person), shown, LAST_SHOWN_TTL),
      notePersonalRound(this.#store, person, round, ROUND_TTL),
    ]);
  }

  /** The last personal question shown to the person; undefined when none, or unreadable. */
  lastShown(person: Person): Promise<LastShown | undefined> {
    return this.#store.get(keys.quizLastShown(person), LastShownSchema);
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
    answerId: string,
  ): Promise<void> {
    await this.#store.update(
      keys.quizTally(tenant, roundId),
      TallySchema,
      (tally) => {
        if (tally?.counted.includes(answerId)) return tally;
        const counts = tally?.counts ?? Array.from({ length: options }, () => 0);
        return {
          counts: counts.map((count, i) => (i === shown ? count + 1 : count)),
          counted: [...(tally?.counted ?? []), answerId],
        };
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
   * Records the person's answer to a round once: claims it (atomic, so double clicks, retries
   * and two instances all count once), lets `record` write it everywhere it belongs, then marks
   * it recorded. A press whose writes failed after the claim leaves it pending: the person's
   * next press records the answer claimed then, whichever option they press now, so `record`
   * must be safe to repeat. Undefined when the answer was recorded already, or emptied by
   * forget-me (pending or not: nothing chosen before it is written after it). The round is
   * listed as pending around all this, for forget-me to find.
   */
  recordOnce<T>(
    person: Person,
    roundId: string,
    answer: ClaimedAnswer,
    record: (claimed: ClaimedAnswer) => Promise<T>,
  ): Promise<{ claimed: ClaimedAnswer; recorded: T } | undefined> {
    const key = keys.quizAnswer(person, roundId);
    // Presses in one process take turns: a double click then sees the first press finish,
    // rather than record the answer beside it. Across instances both may; the writes allow it.
    return this.#answering.run(key, async () => {
      await this.#listPending(person, roundId);
      const claim = await this.#claim(key, answer);
      if (!claim) {
        await this.#unlistPending(person, [roundId]);
        return undefined;
      }
      const recorded = await record(claim.answer);
      await this.#markRecorded(key, claim.at);
      await this.#unlistPending(person, [roundId]);
      return { claimed: claim.answer, recorded };
    });
  }

  #listPending(person: Person, roundId: string): Promise<void> {
    const at = this.#clock.now().toISOString();
    return this.#changePending(person, (listed) => ({ ...listed, [roundId]: at }));
  }

  #unlistPending(person: Person, roundIds: string[]): Promise<void> {
    return this.#changePending(person, (listed) =>
      Object.fromEntries(Object.entries(listed).filter(([id]) => !roundIds.includes(id))),
    );
  }

  /** Changes the person's pending list; it lasts as long as a claim made now, and goes empty. */
  async #changePending(
    person: Person,
    change: (listed: Record<string, string>) => Record<string, string>,
  ): Promise<void> {
    const now = this.#clock.now().getTime();
    await this.#store.update(
      keys.quizPending(person),
      PendingSchema,
      (listed) => {
        // Claims that have expired are gone already: nothing left for forget-me to empty.
        const live = Object.entries(listed ?? {}).filter(
          ([, at]) => Date.parse(at) + ROUND_TTL > now,
        );
        const next = change(Object.fromEntries(live));
        return Object.keys(next).length > 0 ? next : undefined;
      },
      ROUND_TTL,
    );
  }

  /** The answer this press should record: its own if it claimed the round, or one left pending. */
  async #claim(
    key: string,
    answer: ClaimedAnswer,
  ): Promise<{ answer: ClaimedAnswer; at: string } | undefined> {
    const at = this.#clock.now().toISOString();
    if (await this.#store.claim(key, { ...answer, at, pending: true }, ROUND_TTL))
      return { answer, at };
    const earlier = await this.#store.get(key, AnswerSchema);
    if (!earlier?.pending || earlier.shown === undefined || earlier.at === undefined)
      return undefined;
    const id = earlier.id === undefined ? {} : { id: earlier.id };
    return { answer: { shown: earlier.shown, ...id }, at: earlier.at };
  }

  /** Drops `pending` from the claim made at `claimedAt`, which keeps expiring with its round. */
  async #markRecorded(key: string, claimedAt: string): Promise<void> {
    const left = Date.parse(claimedAt) + ROUND_TTL - this.#clock.now().getTime();
    if (left <= 0) return;
    await this.#store.update(
      key,
      AnswerSchema,
      (answer) => {
        if (!answer?.pending) return answer;
        const { pending: _, ...recorded } = answer;
        return recorded;
      },
      left,
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
    await this.#store.update(keys.quizLog(person), QuizLogSchema, (stored) => {
      const log = currentLog(stored, now);
      // A retry of a press that failed after this write: its answer is in already.
      return log.recent.some((e) => e.roundId === entry.roundId) ? log : withAnswer(log, entry);
    });
  }

  /**
   * Deletes the person's answers, the note of the last question shown to them, and the questions
   * they were asked alone (those they answered or are answering: forget-me deletes the others,
   * with these claims, through forgetPersonalRounds), and empties their answer claims, recorded (in the
   * quiz log) or left pending by failed writes (listed apart): which option they chose goes, the
   * claim stays until its round expires, so an answer given again to a daily question still open
   * is not counted twice, and a pending one is never finished with what was chosen before.
   */
  async forget(person: Person): Promise<void> {
    const log = await this.log(person);
    const pending = (await this.#store.get(keys.quizPending(person), PendingSchema)) ?? {};
    // Each round, with the latest time its claim was written: it lasts ROUND_TTL from then.
    const claimed = new Map(log.recent.map(({ roundId, at }) => [roundId, Date.parse(at)]));
    for (const [roundId, at] of Object.entries(pending))
      claimed.set(roundId, Math.max(claimed.get(roundId) ?? 0, Date.parse(at)));
    const now = this.#clock.now().getTime();
    await Promise.all(
      [...claimed].map(async ([roundId, at]) => {
        // Their own questions go whole; a channel's daily round is everyone's and stays.
        const round = await this.round(person, roundId);
        if (round?.owner === person.user) await this.#store.delete(keys.quizRound(person, roundId));
        // A claim whose round has run out is gone already: nothing to keep, nothing to write.
        const left = at + ROUND_TTL - now;
        if (left > 0) await this.#store.set(keys.quizAnswer(person, roundId), {}, left);
      }),
    );
    // Only the rounds emptied leave the list: one a press elsewhere listed meanwhile stays for
    // forget-me's second pass.
    await this.#unlistPending(person, Object.keys(pending));
    await this.#store.delete(keys.quizLog(person));
    await this.#store.delete(keys.quizLastShown(person));
  }
}
