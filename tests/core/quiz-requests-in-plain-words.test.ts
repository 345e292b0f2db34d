import { beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.ts";
import { DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * Quiz requests as people type them: a count of questions, "questions on X", "random question",
 * a mistyped "test me", "harder" after a question. Questions for Skillbot ("I have a question
 * about docker") and quizzes declined stay what they were.
 */
let bot: TestBot;
const MINUTE = 60 * 1000;
const quizSkillOf = (reply: Reply) => textOf(reply).match(/^Quiz: (.+?) \(level \d\)/)?.[1];

beforeAll(async () => {
  bot = await testBot();
});

describe("a clear quiz request starts a quiz on what it names (shipped matrix)", () => {
  it.each([
    // The reviewer's messages.
    ["3 questions on numpy please", "NumPy"],
    ["do you have questions about git?", "Git"],
    ["tst me on stats", "Statistics"],
    // Variants.
    ["two questions about docker", "Docker"],
    ["a few questions on sql please", "SQL"],
    ["got any questions on pandas?", "pandas"],
    ["tets me on git", "Git"],
    ["qiuz me on docker", "Docker"],
    ["some questions about kubernetes", "Kubernetes"],
  ])("GIVEN %j WHEN asked THEN a quiz on %s", async (text, skill) => {
    expect(quizSkillOf(await say(bot, `u-${text}`, text, DM))).toBe(skill);
  });

  it.each(["random question", "a random question please", "random quiz question"])(
    "GIVEN %j WHEN asked THEN a quiz question",
    async (text) => {
      expect(textOf(await say(bot, `u-${text}`, text, DM))).toMatch(/^Quiz: /);
    },
  );

  it.each(["harder", "a harder one", "harder please", "something harder"])(
    "GIVEN a question on SQL shown WHEN they say %j THEN another SQL question",
    async (text) => {
      const user = `u-harder-${text}`;
      expect(quizSkillOf(await say(bot, user, "quiz me on sql", DM))).toBe("SQL");
      bot.clock.advance(MINUTE);
      expect(quizSkillOf(await say(bot, user, text, DM))).toBe("SQL");
    },
  );

  it.each([
    ["give me a quiz on the weather", /^I'm not sure what you mean/],
    ["quiz me on cooking please", /^I couldn.t find "cooking"/],
  ])(
    "GIVEN a quiz asked on %j, which the matrix lacks, WHEN asked THEN no quiz on another skill",
    async (text, reply) => {
      expect(textOf(await say(bot, `u-${text}`, text, DM))).toMatch(reply);
    },
  );
});

describe("near misses keep their answers (shipped matrix)", () => {
  it.each([
    ["I have a question about docker", "explain-skill"],
    ["what are the questions about docker in interviews", "explain-skill"],
    ["don't quiz me on sql", "no-quiz"],
    ["quiz me on something I'm weak at", "quiz"],
    ["can you quiz me on anything", "quiz"],
  ])("GIVEN %j WHEN analysed THEN the intent is %s", (text, intent) => {
    expect(bot.bot.analyse(text).intent).toBe(intent);
  });

  it.each([
    "testing best practices",
    "I have some questions about my contract",
    "a harder problem",
  ])("GIVEN %j WHEN analysed THEN it is no quiz", (text) => {
    expect(bot.bot.analyse(text).intent).not.toBe("quiz");
  });
});
