import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  headingOf,
  newMlopsPerson,
  person,
  press,
  say,
  sqlQuizToAnswer,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

const isQuiz = (reply: Reply) => /^Quiz: /.test(headingOf(reply) ?? "");

describe("asking how their quizzes went shows their results, and starts no quiz", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  // The reviewer's wordings, and wordings of our own.
  for (const asked of [
    "can you send me the stats from the last quiz?",
    "how did I do on the quiz?",
    "my quiz results",
    "what was my quiz score?",
    "how have I done in quizzes so far",
    "show me my results from the quiz",
  ])
    it(`GIVEN a SQL quiz answered WHEN they ask "${asked}" THEN privately their own quiz record, and no new question`, async () => {
      const user = await newMlopsPerson(bot);
      const quiz = await sqlQuizToAnswer(bot, user);
      await press(bot, user, ACTIONS.quizAnswer, quiz.right);
      const shownBefore = await bot.core.quizzes.lastShown(person(user));
      const reply = await say(bot, user, asked);
      expect(isQuiz(reply)).toBe(false);
      expect(reply.visibility).toBe("private");
      expect(textOf(reply)).toMatch(/Quiz answers: 1, 1 correct/);
      // No question was shown behind their back.
      expect(await bot.core.quizzes.lastShown(person(user))).toEqual(shownBefore);
    });

  // Near misses: these ask for a question, and still get one.
  for (const [asked, skill] of [
    ["quiz me", /^Quiz: /],
    ["quiz me on sql", /^Quiz: SQL /],
    ["another quiz", /^Quiz: /],
    ["quiz me on stats", /^Quiz: Statistics /],
    ["give me some statistics questions", /^Quiz: Statistics /],
    ["a quiz on my weakest skill please", /^Quiz: /],
  ] as const)
    it(`GIVEN a rated person WHEN they say "${asked}" THEN a quiz starts`, async () => {
      const user = await newMlopsPerson(bot);
      expect(headingOf(await say(bot, user, asked))).toMatch(skill);
    });
});
