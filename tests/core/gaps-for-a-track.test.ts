import { beforeAll, describe, expect, it } from "vitest";
import { headingOf, say, type TestBot, testBot } from "../helpers/core.ts";

/**
 * "gaps for mlops", without "my": the person's own gaps against that track, as "my gaps for
 * mlops" shows them; "what is the mlops track" still describes the track.
 */
describe("gaps for a named track, asked without 'my'", () => {
  let bot: TestBot;
  let n = 0;
  const ask = async (typed: string) => headingOf(await say(bot, `p${n++}`, typed));
  beforeAll(async () => {
    bot = await testBot();
  });

  it.each([
    // the reviewer's
    ["gaps for ml engineer track", "ML Engineer"],
    ["gaps for mlops", "MLOps Engineer"],
    // variants
    ["gaps against the mlops track", "MLOps Engineer"],
    ["what gaps do I have for mlops?", "MLOps Engineer"],
    ["what are the gaps in the mlops track", "MLOps Engineer"],
    ["show gaps vs the ml engineer track", "ML Engineer"],
  ])("GIVEN %j THEN the asker's gaps for %s", async (typed, track) => {
    expect(await ask(typed)).toBe(`Biggest gaps for ${track}`);
  });

  it.each([
    ["my gaps for mlops", "Biggest gaps for MLOps Engineer"],
    ["what is the mlops track", "MLOps Engineer"],
    ["tell me about the ml engineer track", "ML Engineer"],
  ])("GIVEN %j THEN still %j", async (typed, heading) => {
    expect(await ask(typed)).toBe(heading);
  });
});
