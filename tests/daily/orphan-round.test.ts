import { describe, expect, it } from "vitest";
import { runDue } from "../../src/features/daily/run-due.ts";
import { type TestBot, testBot, textOf } from "../helpers/core.ts";
import { DAILY_TARGET, postedDailyQuestion, pressInChannel } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// Before posts had a deadline, two instances could both post a day's question (see
// rate-limited-post.test.ts). Only the schedule's open round is ever revealed; the other's
// buttons must say the question is closed, not "the answer comes at" a reveal that never comes.

/** The day's question, and a second round of the same day as the double post left it stored. */
async function dayWithOrphan(bot: TestBot) {
  const { roundId } = await postedDailyQuestion(bot);
  const open = await bot.core.quizzes.round(DAILY_TARGET, roundId);
  if (!open) throw new Error("the day's round is missing");
  await bot.core.quizzes.saveRound(DAILY_TARGET, { ...open, id: "orphan" });
  return { roundId };
}

describe("a press on a day's second, never-revealed question", () => {
  it("GIVEN the day's question and an orphan posted beside it WHEN someone answers the orphan THEN they hear it is closed, and the open one still takes answers", async () => {
    const bot = await testBot();
    const { roundId } = await dayWithOrphan(bot);

    const onOrphan = textOf(await pressInChannel(bot, "ana", "orphan:0"));
    const onOpen = textOf(await pressInChannel(bot, "ana", `${roundId}:0`));

    expect(onOrphan).toMatch(/This question is closed/);
    expect(onOpen).toMatch(/Got it: you chose/);
  });

  it("GIVEN the day's question was revealed WHEN someone answers the orphan the next morning THEN it is closed", async () => {
    const bot = await testBot();
    await dayWithOrphan(bot);
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, new RecordingOutbox(), bot.clock.now());
    expect((await bot.core.schedules.get(DAILY_TARGET))?.open).toBeUndefined();

    bot.clock.set("2026-11-24T08:00:00Z");
    expect(textOf(await pressInChannel(bot, "ben", "orphan:1"))).toMatch(/This question is closed/);
  });
});
