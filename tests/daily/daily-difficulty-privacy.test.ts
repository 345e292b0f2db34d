import { describe, expect, it } from "vitest";
import { keys } from "../../src/store/keys.ts";
import { QuizRoundSchema } from "../../src/store/quiz-book.ts";
import { type TestBot, testBot } from "../helpers/core.ts";
import { DAILY_TARGET, postedDailyQuestion } from "../helpers/daily-channel.ts";

/** The difficulty of the SQL question the channel's daily quiz posts after `ratings`. */
async function postedDifficulty(ratings: Record<string, string>): Promise<number | undefined> {
  const bot: TestBot = await testBot();
  try {
    for (const [user, command] of Object.entries(ratings))
      await bot.bot.handle({
        type: "text",
        person: { platform: "slack", tenant: "T1", user, displayName: user },
        where: { channel: "D1", kind: "dm", audience: "private" },
        text: command,
      });
    const { roundId } = await postedDailyQuestion(bot);
    const round = await bot.store.get(keys.quizRound(DAILY_TARGET, roundId), QuizRoundSchema);
    return bot.core.kb.question(round?.questionId ?? "")?.difficulty;
  } finally {
    await bot.close();
  }
}

describe("the public daily question's difficulty follows the public-figure rule (five raters besides any one)", () => {
  it("GIVEN six members but one SQL rater (at 0) WHEN the daily SQL question is posted THEN its difficulty is the default, as for a team too small to show", async () => {
    const difficulty = await postedDifficulty({
      ann: "rate python 2",
      bob: "rate python 2",
      cat: "rate python 2",
      dan: "rate python 2",
      eve: "rate python 2",
      fay: "rate sql 0",
    });
    expect(difficulty).toBe(2);
  });

  it("GIVEN six SQL raters at 0 WHEN the daily SQL question is posted THEN it aims as for 'aware or lower', never for exactly 'none'", async () => {
    const difficulty = await postedDifficulty(
      Object.fromEntries(["ann", "bob", "cat", "dan", "eve", "fay"].map((u) => [u, "rate sql 0"])),
    );
    expect(difficulty).toBe(2);
  });

  it("GIVEN six SQL raters at 2 WHEN the daily SQL question is posted THEN it aims one level above their typical level", async () => {
    const difficulty = await postedDifficulty(
      Object.fromEntries(["ann", "bob", "cat", "dan", "eve", "fay"].map((u) => [u, "rate sql 2"])),
    );
    expect(difficulty).toBe(3);
  });
});
