import type { QuizLog, SkillScores } from "../store/quiz-log.ts";

/** Below this many answers in a skill, quiz results say too little to question a self-rating. */
export const MIN_ANSWERS = 4;
const MIN_AT_LEVEL = 2;
const PASS = 0.6;
const FAIL = 0.5;

/**
 * The level a person's quiz answers in one skill suggest when they disagree with the
 * self-rating, else undefined. Mostly failing questions at or below the rated level suggests
 * one level under the easiest such difficulty; mostly passing harder ones suggests the hardest
 * passed. Failing harder questions than one's level says nothing: that is what they are for.
 * Needs four answers in the skill and two at the difficulty in question. Pure.
 */
export function suggestedLevel(scores: SkillScores, rated: number): number | undefined {
  let answered = 0;
  for (const count of Object.values(scores)) answered += count.answered;
  if (answered < MIN_ANSWERS) return undefined;
  const accuracy = (difficulty: number) => {
    const at = scores[difficulty];
    return !at || at.answered < MIN_AT_LEVEL ? undefined : at.correct / at.answered;
  };
  const difficulties = [1, 2, 3, 4];
  const easiestFail = difficulties.find((d) => d <= rated && (accuracy(d) ?? 1) < FAIL);
  if (easiestFail !== undefined) return easiestFail - 1;
  const hardestPass = difficulties.filter((d) => d > rated && (accuracy(d) ?? 0) >= PASS).at(-1);
  return hardestPass;
}

/** Skills where the self-rating and the quiz answers disagree, for the person's own profile. */
export function calibrationGaps(
  ratings: Readonly<Record<string, { level: number }>>,
  scores: QuizLog["scores"],
): { skillId: string; rated: number; suggested: number }[] {
  return Object.entries(ratings).flatMap(([skillId, { level }]) => {
    const suggested = suggestedLevel(scores[skillId] ?? {}, level);
    return suggested !== undefined ? [{ skillId, rated: level, suggested }] : [];
  });
}
