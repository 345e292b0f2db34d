import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  person,
  press,
  say,
  sqlQuizToAnswer,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";
import { memoryStores, updatesFailing } from "../helpers/store.ts";

// The answer is claimed first (once per person, across instances); the quiz log and review deck
// are written after it. A store failure in between must not lose the answer for good.

const openMemory = memoryStores();
const alice = person("alice");

const pressAnswer = (bot: TestBot, value: string): Promise<Reply> =>
  press(bot, "alice", ACTIONS.quizAnswer, value);

describe("a quiz answer whose recording failed halfway", () => {
  it("GIVEN alice's answer claimed but the quiz-log write failed WHEN she presses again THEN she learns the verdict, and her log, deck and profile get it once", async () => {
    const { store, switchable } = updatesFailing(await openMemory(), /:quizlog:/, true);
    const bot = await testBot({ store });
    const { question, wrong, wrongLabel } = await sqlQuizToAnswer(bot, "alice");

    expect(textOf(await pressAnswer(bot, wrong))).toMatch(/can't reach my storage/);
    switchable.down = false;
    const retry = textOf(await pressAnswer(bot, wrong));

    expect(retry).toMatch(/^Not quite\. The answer is /);
    const log = await bot.core.quizzes.log(alice);
    expect(log.recent.map((e) => [e.questionId, e.correct])).toEqual([[question.id, false]]);
    expect(Object.keys((await bot.core.decks.get(alice)).cards)).toEqual([question.id]);
    expect(textOf(await say(bot, "alice", "profile"))).toMatch(/Quiz answers: 1, 0 correct/);
    expect(textOf(await pressAnswer(bot, wrong))).toBe(
      `You already answered this one (you chose "${wrongLabel}"). Each question counts once.`,
    );
    expect((await bot.core.quizzes.log(alice)).recent).toHaveLength(1);
  });

  it("GIVEN the log written but the review-deck write failed WHEN she presses again THEN the deck gets the miss, and the log still counts it once", async () => {
    const { store, switchable } = updatesFailing(await openMemory(), /:deck:/, true);
    const bot = await testBot({ store });
    const { question, wrong } = await sqlQuizToAnswer(bot, "alice");

    expect(textOf(await pressAnswer(bot, wrong))).toMatch(/can't reach my storage/);
    switchable.down = false;
    expect(textOf(await pressAnswer(bot, wrong))).toMatch(/^Not quite/);

    expect(Object.keys((await bot.core.decks.get(alice)).cards)).toEqual([question.id]);
    const log = await bot.core.quizzes.log(alice);
    expect(log.recent).toHaveLength(1);
    expect(log.scores).toEqual({ sql: { [question.difficulty]: { answered: 1, correct: 0 } } });
  });

  it("GIVEN a failed press on a wrong option WHEN she then presses the right one THEN the first choice is the one that counts, and she is told so", async () => {
    const { store, switchable } = updatesFailing(await openMemory(), /:quizlog:/, true);
    const bot = await testBot({ store });
    const { wrong, right, wrongLabel } = await sqlQuizToAnswer(bot, "alice");

    await pressAnswer(bot, wrong);
    switchable.down = false;
    const retry = textOf(await pressAnswer(bot, right));

    const [first, verdict] = retry.split("\n");
    expect(first).toBe(
      `You already answered this one (you chose "${wrongLabel}"). Each question counts once.`,
    );
    expect(verdict).toMatch(/^Not quite\. The answer is /);
    expect((await bot.core.quizzes.log(alice)).recent.map((e) => e.correct)).toEqual([false]);
  });

  it("GIVEN the press failed on one instance WHEN the retry reaches another sharing the store THEN that one finishes the recording", async () => {
    const { store, switchable } = updatesFailing(await openMemory(), /:quizlog:/, true);
    const first = await testBot({ store });
    const { right } = await sqlQuizToAnswer(first, "alice");
    const second = await testBot({ store });

    expect(textOf(await pressAnswer(first, right))).toMatch(/can't reach my storage/);
    switchable.down = false;

    expect(textOf(await pressAnswer(second, right))).toMatch(/^Correct!/);
    expect(textOf(await pressAnswer(first, right))).toMatch(/already answered/);
    expect((await second.core.quizzes.log(alice)).recent).toHaveLength(1);
  });
});
