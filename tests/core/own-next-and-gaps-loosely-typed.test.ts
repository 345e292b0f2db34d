import { beforeAll, describe, expect, it } from "vitest";
import { DM, headingOf, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * "What's next for me" and "where are my gaps", typed in non-standard English or with typos,
 * are still the person's own path and profile. A message naming another topic keeps it.
 */
let bot: TestBot;
const intentOf = (text: string) => bot.bot.analyse(text).intent;

beforeAll(async () => {
  bot = await testBot();
});

describe("own next steps and gaps, loosely typed (shipped matrix)", () => {
  it.each([
    // The reviewer's messages.
    ["what is for me next", "learning-path"],
    ["wats next", "learning-path"],
    ["what is gaps of me", "profile"],
    ["which skill is weak for me", "profile"],
    // Variants.
    ["wat is next for me", "learning-path"],
    ["what next for me?", "learning-path"],
    ["gaps for me?", "profile"],
    ["what are weak skills of me", "profile"],
  ])("GIVEN %j WHEN analysed THEN it is %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it.each(["profle", "proifle", "profiel"])(
    "GIVEN the command word mistyped as %j WHEN said THEN the profile",
    async (text) => {
      expect(headingOf(await say(bot, "u-profle", text, DM))).toMatch(/profile/i);
    },
  );

  it("GIVEN 'wats next' WHEN said THEN the path, not 'not sure'", async () => {
    expect(textOf(await say(bot, "u-wats", "wats next", DM))).toMatch(/^Next steps/);
  });
});

describe("near misses keep their answers (shipped matrix)", () => {
  it.each([
    ["what is next week's topic?", "unknown"],
    ["I'm weak at sql", "rate"],
    ["what is docker", "explain-skill"],
    ["who is weak in docker on the team", "find-mentor"],
  ])("GIVEN %j WHEN analysed THEN it is %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });

  it("GIVEN 'what comes next after docker for me' WHEN analysed THEN the path names Docker", () => {
    const analysis = bot.bot.analyse("what comes next after docker for me");
    expect(analysis.intent).toBe("learning-path");
    expect(analysis.namedSkills.map((s) => s.id)).toEqual(["docker"]);
  });

  it.each(["profiles of the team", "proof"])(
    "GIVEN %j WHEN said THEN not the profile",
    async (text) => {
      expect(headingOf(await say(bot, "u-not-profile", text, DM)) ?? "").not.toMatch(
        /your profile/i,
      );
    },
  );
});
