import { beforeAll, describe, expect, it } from "vitest";
import { DM, PUBLIC, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * Questions about the channel's daily quiz are answered with how it works and `quiz daily on`,
 * not with a personal quiz question; asking to see the leaderboard shows `quiz leaderboard`.
 * A personal quiz asked for in the same words ("quiz me daily") stays a quiz.
 */
let bot: TestBot;

beforeAll(async () => {
  bot = await testBot();
});

describe("the daily quiz asked about (shipped matrix)", () => {
  const aboutDaily = [
    // The reviewer's messages.
    "set up a daily quiz for the channel",
    "how does the daily quiz work?",
    "how do I turn on the daily quiz",
    // Variants.
    "can we get a daily quiz in this channel?",
    "how do I enable the quiz of the day",
    "is there a daily question here?",
  ];

  it.each(aboutDaily)(
    "GIVEN %j in a channel WHEN asked THEN how to start it there",
    async (text) => {
      const reply = textOf(await say(bot, "u-daily", text, PUBLIC));
      expect(reply).not.toMatch(/^Quiz: /);
      expect(reply).toMatch(/No daily quiz in this channel/);
      expect(reply).toContain("quiz daily on");
    },
  );

  it.each(aboutDaily)(
    "GIVEN %j in a DM WHEN asked THEN it says to run quiz daily on in a channel",
    async (text) => {
      const reply = textOf(await say(bot, "u-daily-dm", text, DM));
      expect(reply).not.toMatch(/^Quiz: /);
      expect(reply).toContain("quiz daily on");
      expect(reply).toMatch(/manage/);
    },
  );
});

describe("the leaderboard asked for (shipped matrix)", () => {
  it.each([
    "can you show the leaderboard",
    "show me the leaderboard please",
    "leaderboard?",
    "could you post the quiz leaderboard",
  ])("GIVEN %j in a channel WHEN asked THEN the channel's board", async (text) => {
    expect(textOf(await say(bot, "u-board", text, PUBLIC))).toMatch(/Nobody is on the board yet/);
  });
});

describe("near misses keep their answers (shipped matrix)", () => {
  it.each(["quiz me on sql", "quiz me daily on docker", "give me a quiz question"])(
    "GIVEN %j WHEN asked THEN a personal quiz question",
    async (text) => {
      expect(textOf(await say(bot, "u-near", text, DM))).toMatch(/^Quiz: /);
    },
  );

  it("GIVEN 'what is a leaderboard in kaggle' WHEN asked THEN no board is shown", async () => {
    expect(textOf(await say(bot, "u-kaggle", "what is a leaderboard in kaggle", DM))).not.toMatch(
      /board yet/,
    );
  });
});
