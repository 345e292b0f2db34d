import { describe, expect, it } from "vitest";
import { runDue } from "../../src/features/daily/run-due.ts";
import { type TestBot, testBot, textOf } from "../helpers/core.ts";
import { postedDailyQuestion, pressInChannel } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

const PEOPLE = ["ana", "bo", "cy", "dee", "eli", "fay", "gus"];

/**
 * The reveal's text after the day's question was answered with option `choices[i]` (as shown,
 * 0–3) by the i-th of PEOPLE.
 */
async function revealAfter(choices: readonly number[]): Promise<string> {
  const bot: TestBot = await testBot();
  const { buttons } = await postedDailyQuestion(bot);
  for (const [i, choice] of choices.entries())
    await pressInChannel(bot, PEOPLE[i] ?? `p${i}`, buttons[choice]?.value ?? "");
  const outbox = new RecordingOutbox();
  bot.clock.set("2026-11-23T17:00:00Z");
  await runDue(bot.core, outbox, bot.clock.now());
  const reveal = outbox.posts.find((p) => p.key.startsWith("reveal:"));
  if (!reveal) throw new Error("no reveal posted");
  return textOf(reveal.reply);
}

/** The reveal's lines about how many answered, and how many chose each option. */
const answerLines = (reveal: string) =>
  reveal
    .split("\n")
    .filter((line) => !line.startsWith("The answer:") && /^\d+ answers?\b|: \d+$/.test(line));

describe("the daily reveal's split can't be subtracted into who chose what", () => {
  it("GIVEN five answers, four on one option WHEN revealed THEN no split: the one apart would learn the four others' choice", async () => {
    const reveal = await revealAfter([0, 0, 0, 0, 1]);

    expect(answerLines(reveal)).toEqual(["5 answers."]);
  });

  it("GIVEN five answers split three and two WHEN revealed THEN the split shows", async () => {
    const reveal = await revealAfter([0, 0, 0, 1, 1]);

    expect(reveal).toMatch(/^5 answers:$/m);
    expect(reveal.match(/: 3$/gm)).toHaveLength(1);
    expect(reveal.match(/: 2$/gm)).toHaveLength(1);
  });

  it("GIVEN five answers all on one option, or four and one WHEN revealed THEN both read the same, and neither says why", async () => {
    const unanimous = answerLines(await revealAfter([2, 2, 2, 2, 2]));
    const fourAndOne = answerLines(await revealAfter([2, 2, 2, 2, 3]));

    expect(unanimous).toEqual(fourAndOne);
    expect(unanimous.join("\n")).not.toMatch(/who answered what|not shown|names/);
  });

  it("GIVEN seven answers, six on one option WHEN revealed THEN no split either", async () => {
    const reveal = await revealAfter([1, 1, 1, 1, 1, 1, 0]);

    expect(answerLines(reveal)).toEqual(["7 answers."]);
  });
});
