import { beforeAll, describe, expect, it } from "vitest";
import { DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** The shipped ML matrix: "feast" is an alias of Feature Stores, R a skill of its own. */
let bot: TestBot;
const named = (text: string) => bot.bot.analyse(text).namedSkills.map((s) => s.id);

beforeAll(async () => {
  bot = await testBot();
});

describe("a mentor or explain question naming an everyday alias finds it (shipped matrix)", () => {
  it.each([
    "who knows feast",
    "who has experience with feast?",
    "we're adopting feast, who has experience?",
    "setting up feast, any tips?",
  ])("GIVEN %j WHEN analysed THEN it names Feature Stores", (text) => {
    expect(named(text)).toEqual(["feature-stores"]);
  });

  it.each(["who knows feast", "who has experience with feast?"])(
    "GIVEN %j WHEN asked THEN the mentors of Feature Stores",
    async (text) => {
      expect(textOf(await say(bot, "u-feast", text, DM))).toMatch(/^Mentors for Feature Stores/);
    },
  );

  it.each(["I'm going to a feast tonight", "who is ray", "ray", "I know a feast"])(
    "GIVEN %j WHEN analysed THEN nothing is named",
    (text) => {
      expect(named(text)).toEqual([]);
    },
  );
});

describe("a level beside R is a rating, whatever the level (shipped matrix)", () => {
  it.each([
    ["rate me 2 on r", /^Saved: R /],
    ["rate me 1 on r", /^Saved: R /],
  ])("GIVEN %j WHEN said THEN it is saved", async (text, reply) => {
    expect(textOf(await say(bot, "u-rate-r", text, DM))).toMatch(reply);
  });

  it("GIVEN 'my r is 2' WHEN analysed THEN it names R", () => {
    expect(named("my r is 2")).toEqual(["r"]);
  });
});

describe("typos in names that start with data (shipped matrix)", () => {
  it.each(["who can help with data pipleines", "how do I learn data piplines"])(
    "GIVEN %j WHEN analysed THEN it names Data Pipelines",
    (text) => {
      expect(named(text)).toEqual(["data-pipelines"]);
    },
  );
});
