import { expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { buttonsOf, person, press, say, testBot, textOf } from "../helpers/core.ts";

// A button value is `<round>:<shown option>`. Number() reads "" as 0 and "1e0", " 1" or "0x1"
// as 1, so a forged or damaged value could count as an answer the person never chose.

it("GIVEN a quiz WHEN a press carries an option that is not a plain index THEN it is refused as expired, nothing is counted, and the question can still be answered", async () => {
  const bot = await testBot();
  const reply = await say(bot, "alice", "quiz sql");
  const buttons = buttonsOf(reply).filter((b) => b.action === ACTIONS.quizAnswer);
  const roundId = buttons[0]?.value.split(":")[0] ?? "";

  for (const value of [
    `${roundId}:`,
    roundId,
    `${roundId}:1e0`,
    `${roundId}: 1`,
    `${roundId}:0x1`,
    `${roundId}:+1`,
    `${roundId}:1:2`,
  ]) {
    expect(textOf(await press(bot, "alice", ACTIONS.quizAnswer, value)), value).toMatch(
      /^That question has expired/,
    );
  }
  expect((await bot.core.quizzes.log(person("alice"))).recent).toEqual([]);

  const real = await press(bot, "alice", ACTIONS.quizAnswer, buttons[1]?.value ?? "");
  expect(textOf(real)).toMatch(/^(Correct!|Not quite)/);
});
