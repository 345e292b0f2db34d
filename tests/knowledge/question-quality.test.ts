import { describe, expect, test } from "vitest";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { loadValid, SHIPPED_DIR } from "./shipped.ts";

const kb = new KnowledgeBase(loadValid(SHIPPED_DIR));
const questions = kb.questions;

/** Options that make more than one answer right, or none: a quiz must have exactly one. */
const NOT_ONE_ANSWER = /\b(all|none|both|neither) of (the above|these|them)\b|^(all|none|both)$/i;
const MAX_SHARE_AT_ONE_POSITION = 0.35;
/** Above this share, guessing "the longest (or shortest) option" pays off too often. */
const MAX_SHARE_BY_LENGTH = 0.35;
const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

describe("the shipped quiz questions", () => {
  test("GIVEN the shipped matrix WHEN its questions are counted THEN there are at least 150, and at least 3 for every skill", () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    const short = kb.skills
      .map((s) => [s.id, kb.questionsFor(s.id).length] as const)
      .filter(([, count]) => count < 3);
    expect(short).toEqual([]);
  });

  test("GIVEN every question WHEN offered THEN it has 3 to 5 distinct options and exactly one marked answer", () => {
    const bad = questions.flatMap((q) => {
      const problems: string[] = [];
      if (q.options.length < 3 || q.options.length > 5) problems.push("option count");
      if (new Set(q.options.map(normalise)).size !== q.options.length) problems.push("repeated");
      if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length)
        problems.push("answer out of range");
      if (q.options.some((o) => NOT_ONE_ANSWER.test(o.trim()))) problems.push("all/none option");
      return problems.map((p) => `${q.id}: ${p}`);
    });
    expect(bad).toEqual([]);
  });

  test("GIVEN every question WHEN answered THEN an explanation says why, beyond restating the prompt", () => {
    const thin = questions
      .filter(
        (q) => q.explanation.trim().length < 60 || normalise(q.explanation) === normalise(q.prompt),
      )
      .map((q) => q.id);
    expect(thin).toEqual([]);
  });

  test("GIVEN all questions WHEN the correct option's position is counted THEN no position holds more than 35%", () => {
    const byPosition = new Map<number, number>();
    for (const q of questions) byPosition.set(q.answer, (byPosition.get(q.answer) ?? 0) + 1);
    const shares = [...byPosition].map(([position, count]) => [position, count / questions.length]);
    expect(shares.filter(([, share]) => (share ?? 0) > MAX_SHARE_AT_ONE_POSITION)).toEqual([]);
    // Every position a 3-option question has is used, so "always pick A" never works.
    expect([...byPosition.keys()].sort()).toEqual(expect.arrayContaining([0, 1, 2]));
  });

  test("GIVEN all questions WHEN option lengths are compared THEN the correct option is the strictly longest in at most 35% and the strictly shortest in at most 35%", () => {
    const length = (text: string) => [...text].length;
    let longest = 0;
    let shortest = 0;
    for (const q of questions) {
      const correct = length(q.options[q.answer] ?? "");
      const others = q.options.filter((_, index) => index !== q.answer).map(length);
      if (others.every((other) => correct > other)) longest += 1;
      if (others.every((other) => correct < other)) shortest += 1;
    }
    const total = questions.length;
    expect(
      longest / total,
      `correct option is the longest in ${longest} of ${total}`,
    ).toBeLessThanOrEqual(MAX_SHARE_BY_LENGTH);
    expect(
      shortest / total,
      `correct option is the shortest in ${shortest} of ${total}`,
    ).toBeLessThanOrEqual(MAX_SHARE_BY_LENGTH);
  });

  test("GIVEN all questions WHEN listed THEN ids and prompts are unique and each question's skill exists", () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => normalise(q.prompt))).size).toBe(questions.length);
    expect(questions.filter((q) => !kb.skill(q.skillId)).map((q) => q.id)).toEqual([]);
  });
});
