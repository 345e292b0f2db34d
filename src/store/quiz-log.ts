import { z } from "zod";
import { readableEntries, readableItems, withSalvage } from "./record-store.ts";

const DAY = 24 * 60 * 60 * 1000;
/** Answers this recent hold their questions back, and stay in the log one by one. */
export const RECENT_DAYS = 30;
/** When the recent answers begin, as of `now` (both in ms). */
export const recentSince = (now: number) => now - RECENT_DAYS * DAY;
/** However many answers come in RECENT_DAYS, the log keeps only this many one by one. */
const RECENT_LIMIT = 1000;

const EntrySchema = z.object({
  roundId: z.string(),
  questionId: z.string(),
  skillId: z.string(),
  difficulty: z.int().min(1).max(4),
  correct: z.boolean(),
  at: z.iso.datetime({ offset: true }),
});
export type QuizLogEntry = z.infer<typeof EntrySchema>;

const CountSchema = z.object({ answered: z.int().min(0), correct: z.int().min(0) });
type Count = z.infer<typeof CountSchema>;
/** Answers to one skill's questions, counted by difficulty ("1" to "4"). */
export type SkillScores = Readonly<Record<string, Count>>;
type Scores = Record<string, Record<string, Count>>;

/**
 * A person's quiz answers: the last RECENT_DAYS one by one (which questions wait their turn,
 * which answer claims forget-me deletes), and every answer ever counted by skill and
 * difficulty (calibration, the profile's totals).
 *
 * Earlier versions kept every answer one by one, up to 1,000. Each quiz and profile parsed and
 * checked all of them, and each answer rewrote them: with 1,000 a profile took about 1 ms.
 * Such a log is still read (`answers`), and takes this form at the person's next answer.
 */
export const QuizLogSchema = withSalvage(
  z.object({
    recent: z.array(EntrySchema).default([]),
    scores: z.record(z.string(), z.record(z.string(), CountSchema)).default({}),
    answers: z.array(EntrySchema).optional(),
  }),
  // An answer or a count that cannot be read (a difficulty 5 from a matrix with five levels)
  // costs that one: the rest of the person's answers still count.
  z.looseObject({
    recent: readableItems(EntrySchema).optional(),
    scores: readableEntries(readableEntries(CountSchema)).optional(),
    answers: readableItems(EntrySchema).optional(),
  }),
);
type StoredLog = z.infer<typeof QuizLogSchema>;
export type QuizLog = { recent: QuizLogEntry[]; scores: Scores };

/** The stored log as it reads today: an earlier one's answers counted, the old ones let go. */
export function currentLog(stored: StoredLog | undefined, now: number): QuizLog {
  if (!stored) return { recent: [], scores: {} };
  if (!stored.answers) return { recent: stillRecent(stored.recent, now), scores: stored.scores };
  const scores = copyOf(stored.scores);
  for (const entry of stored.answers) count(scores, entry);
  const recent = stillRecent([...stored.answers, ...stored.recent], now).slice(-RECENT_LIMIT);
  return { recent, scores };
}

/** `log`, as `currentLog` read it (its old answers let go), with one more answer counted. */
export function withAnswer(log: QuizLog, entry: QuizLogEntry): QuizLog {
  const scores = copyOf(log.scores);
  count(scores, entry);
  return { recent: [...log.recent, entry].slice(-RECENT_LIMIT), scores };
}

const copyOf = (scores: Scores): Scores =>
  Object.fromEntries(Object.entries(scores).map(([skillId, skill]) => [skillId, { ...skill }]));

function count(scores: Scores, entry: QuizLogEntry): void {
  const skill = scores[entry.skillId] ?? {};
  scores[entry.skillId] = skill;
  const before = skill[entry.difficulty] ?? { answered: 0, correct: 0 };
  skill[entry.difficulty] = {
    answered: before.answered + 1,
    correct: before.correct + (entry.correct ? 1 : 0),
  };
}

/** The answers since RECENT_DAYS before `now`; oldest first, so those going are at the front. */
function stillRecent(recent: QuizLogEntry[], now: number): QuizLogEntry[] {
  const since = recentSince(now);
  let first = 0;
  while (first < recent.length && Date.parse(recent[first]?.at ?? "") < since) first++;
  return first === 0 ? recent : recent.slice(first);
}

/** Every answer the person gave, and how many of them were right. */
export function totals(log: QuizLog): { answered: number; correct: number } {
  let answered = 0;
  let correct = 0;
  for (const skill of Object.values(log.scores)) {
    for (const count of Object.values(skill)) {
      answered += count.answered;
      correct += count.correct;
    }
  }
  return { answered, correct };
}
