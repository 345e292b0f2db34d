import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { asker, buttonsOf, press, say, testBot, textOf } from "../helpers/core.ts";
import { writeBakeryMatrix } from "./bakery-matrix.ts";

const quizButtons = (reply: Awaited<ReturnType<typeof say>>) =>
  buttonsOf(reply).filter((b) => b.action === ACTIONS.quizNext);

describe("a matrix without quiz questions", () => {
  it("GIVEN a matrix with no questions WHEN someone asks for a quiz, by command, in words or by button THEN they hear so plainly, not to try quiz again", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    for (const reply of [
      await say(bot, "ana", "quiz"),
      await say(bot, "ana", "quiz baking"),
      await say(bot, "ana", "quiz me"),
      await press(bot, "ana", ACTIONS.quizNext, ""),
      await press(bot, "ana", ACTIONS.quizNext, "skill:baking"),
    ]) {
      expect(textOf(reply)).toMatch(/This skill matrix has no quiz questions yet/);
      expect(textOf(reply)).not.toMatch(/Try quiz/);
    }
    await bot.close();
  });

  it("GIVEN a matrix with no questions WHEN help, a path, a rating, an explanation, the profile and the home page are shown THEN none offers a quiz", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    const path = await say(bot, "ana", "path baking");
    const replies = [
      path,
      await say(bot, "ana", "rate baking 1"),
      await say(bot, "ana", "explain baking"),
      await say(bot, "ana", "profile"),
      await bot.bot.home(asker("ana")),
    ];
    for (const reply of replies) expect(quizButtons(reply)).toEqual([]);
    expect(textOf(await bot.bot.home(asker("ana")))).not.toMatch(/Take a quiz/);
    expect(textOf(await say(bot, "ana", "help"))).not.toMatch(/quiz \[skill/);
    // What does work is still offered.
    expect(buttonsOf(path).map((b) => b.label)).toEqual(["Rate Baking"]);
    await bot.close();
  });

  it("GIVEN questions for Baking only WHEN Plating is explained THEN no quiz button; Baking keeps its own, and a quiz on Plating keeps the topic advice", async () => {
    const bot = await testBot({
      env: { SKILLBOT_MATRIX: writeBakeryMatrix({ questionsFor: ["baking"] }) },
    });
    expect(quizButtons(await say(bot, "ana", "explain plating"))).toEqual([]);
    expect(quizButtons(await say(bot, "ana", "explain baking")).map((b) => b.label)).toEqual([
      "Quiz me on Baking",
    ]);
    expect(textOf(await say(bot, "ana", "quiz plating"))).toMatch(
      /I don't have quiz questions for Plating yet. Try quiz/,
    );
    expect(textOf(await say(bot, "ana", "help"))).toMatch(/quiz \[skill/);
    await bot.close();
  });

  it("GIVEN a track whose skills have no questions WHEN the advice (quiz) is followed THEN it asks a question from elsewhere in the matrix, never the same advice again", async () => {
    const bot = await testBot({
      env: {
        SKILLBOT_MATRIX: writeBakeryMatrix({
          questionsFor: ["baking"],
          track: { pastry: 3, plating: 2 },
        }),
      },
    });
    expect(textOf(await say(bot, "ana", "quiz"))).toMatch(/Quiz: Baking/);
    // Naming the track is asking about it: that one still says it has none.
    expect(textOf(await say(bot, "ana", "quiz bakery chef"))).toMatch(
      /I don't have quiz questions for Bakery Chef yet/,
    );
    await bot.close();
  });
});
