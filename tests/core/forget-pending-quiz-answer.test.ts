import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { AnswerSchema, QuizRoundSchema } from "../../src/store/quiz-book.ts";
import { person, press, sqlQuizToAnswer, testBot, textOf } from "../helpers/core.ts";
import { memoryStores, updatesFailing } from "../helpers/store.ts";

// A press claims the answer, then writes the quiz log and review deck; if those writes fail the
// claim stays pending, holding the option chosen, and is in no quiz log. Forget me must still
// reach it: after "Done" nothing chosen before is kept, or written back by a later press.

const openMemory = memoryStores();
const alice = person("alice");

describe("forget me after a quiz answer whose recording failed halfway", () => {
  it("GIVEN alice's wrong answer claimed but not logged WHEN she asks to be forgotten THEN the claim keeps no option, her question is deleted, and a later press writes nothing", async () => {
    const inner = await openMemory();
    const { store, switchable } = updatesFailing(inner, /:quizlog:/, true);
    const bot = await testBot({ store });
    const { roundId, right, wrong } = await sqlQuizToAnswer(bot, "alice");
    expect(textOf(await press(bot, "alice", ACTIONS.quizAnswer, wrong))).toMatch(
      /can't reach my storage/,
    );
    switchable.down = false;

    expect(
      textOf(await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()))),
    ).toMatch(/^Done/);

    expect(await inner.get(keys.quizAnswer(alice, roundId), AnswerSchema)).toBeUndefined();
    expect(await inner.get(keys.quizRound(alice, roundId), QuizRoundSchema)).toBeUndefined();
    expect(textOf(await press(bot, "alice", ACTIONS.quizAnswer, right))).toMatch(
      /That question has expired/,
    );
    expect((await bot.core.quizzes.log(alice)).recent).toEqual([]);
    expect((await bot.core.decks.get(alice)).cards).toEqual({});
  });

  it("GIVEN the same on one instance WHEN she is forgotten on another, and presses on the first THEN that instance writes nothing either", async () => {
    const inner = await openMemory();
    const { store, switchable } = updatesFailing(inner, /:quizlog:/, true);
    const first = await testBot({ store });
    const second = await testBot({ store });
    second.clock.set(first.clock.now().toISOString());
    const { right, wrong } = await sqlQuizToAnswer(first, "alice");
    await press(first, "alice", ACTIONS.quizAnswer, wrong);
    switchable.down = false;

    await press(second, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(second.clock.now()));
    await press(first, "alice", ACTIONS.quizAnswer, right);

    expect((await first.core.quizzes.log(alice)).recent).toEqual([]);
    expect((await first.core.decks.get(alice)).cards).toEqual({});
  });
});
