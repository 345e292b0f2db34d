import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { AnswerSchema } from "../../src/store/quiz-book.ts";
import { asker, person, testBot, textOf } from "../helpers/core.ts";
import {
  DAILY_CHANNEL,
  DAILY_TARGET,
  postedDailyQuestion,
  pressInChannel,
} from "../helpers/daily-channel.ts";
import { memoryStores, updatesFailing } from "../helpers/store.ts";

// A daily answer is claimed, then counted in the tally, the streak and the quiz log. When the
// quiz-log write fails the claim stays pending, with the option chosen, and is in no quiz log.
// Forget me must still empty it, so that her next press neither brings back the earlier choice
// nor writes her streak (and name) into the channel again.

const openMemory = memoryStores();
const ana = person("ana");

describe("forget me after a daily answer whose recording failed halfway", () => {
  it("GIVEN ana's answer counted and her streak written but her quiz log not WHEN she is forgotten and presses another option THEN she is told she counted already, and nothing of hers comes back", async () => {
    const inner = await openMemory();
    const { store, switchable } = updatesFailing(inner, /:quizlog:/, true);
    const bot = await testBot({ store });
    switchable.down = false;
    const { buttons, roundId } = await postedDailyQuestion(bot);
    switchable.down = true;
    expect(textOf(await pressInChannel(bot, "ana", buttons[2]?.value ?? ""))).toMatch(
      /can't reach my storage/,
    );
    switchable.down = false;

    await bot.bot.handle({
      type: "action",
      ...asker("ana", DAILY_CHANNEL),
      action: ACTIONS.forgetConfirm,
      value: forgetConfirmValue(bot.clock.now()),
    });

    expect(await inner.get(keys.quizAnswer(ana, roundId), AnswerSchema)).toEqual({});
    expect(textOf(await pressInChannel(bot, "ana", buttons[0]?.value ?? ""))).toBe(
      "You've already answered today's question; each person counts once. The answer comes at the reveal.",
    );
    expect(await bot.core.channels.participant(DAILY_TARGET, "ana")).toBeUndefined();
    expect(await bot.core.channels.channelsOf(ana)).toEqual([]);
    expect((await bot.core.quizzes.log(ana)).recent).toEqual([]);
    const counts = await bot.core.quizzes.tally(DAILY_TARGET, roundId, buttons.length);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(1);
  });
});
