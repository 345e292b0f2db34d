import { beforeEach, describe, expect, it } from "vitest";
import { notInMatrix } from "../../src/features/not-in-matrix.ts";
import {
  asker,
  buttonsOf,
  DM,
  PUBLIC,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/** Topics the skill matrix does not hold, asked about in free text: named as typed, said honestly. */
describe("questions about something outside the skill matrix", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  describe("to learn it", () => {
    it.each([
      ["how do I learn time series forecasting", "time series forecasting"],
      ["how do I learn time management", "time management"],
      ["how do I learn new relic", "new relic"],
      ["how do I learn first order logic", "first order logic"],
      ["how do I learn terraform in my free time?", "terraform"],
      ["I want to learn Terraform, please", "Terraform"],
    ])("GIVEN %j WHEN asked THEN the topic is named whole, as typed: %j", async (typed, topic) => {
      const reply = await say(bot, "ann", typed);
      expect(textOf(reply)).toContain(`I couldn't find "${topic}" in the skill matrix`);
    });

    it.each([
      ["how do I learn time management", ["gradient-boosting", "pandas"]],
      ["how do I learn first order logic", ["airflow"]],
    ])(
      "GIVEN %j WHEN asked THEN no skill sharing only a word with it is offered as closest",
      async (typed, unrelated) => {
        const reply = await say(bot, "ann", typed);
        const offered = buttonsOf(reply).map((b) => b.value);
        for (const skillId of unrelated) expect(offered).not.toContain(skillId);
        expect(textOf(reply)).not.toMatch(/Closest:/);
      },
    );

    it.each([
      "what should I learn next, this month?",
      "what should I learn first",
      "I want to learn new things",
    ])(
      "GIVEN %j (no topic at all) WHEN asked THEN nothing is said to be missing from the matrix",
      async (typed) => {
        expect(textOf(await say(bot, "ann", typed))).not.toMatch(/couldn't find/);
      },
    );
  });

  describe("to have it explained, or for a mentor in it", () => {
    it.each([
      ["what is terraform", "explain", "terraform"],
      ["tell me about terraform", "explain", "terraform"],
      ["what does terraform do", "explain", "terraform"],
      ["what is First Order Logic?", "explain", "First Order Logic"],
      ["who knows terraform", "mentor", "terraform"],
      ["who can teach me terraform", "mentor", "terraform"],
      ["anyone good at terraform?", "mentor", "terraform"],
    ])(
      "GIVEN %j WHEN analysed by the core THEN its topic is uncovered, asked as %s",
      (typed, ask, topic) => {
        const analysis = bot.bot.analyse(typed);
        expect(analysis.named).toBe(false);
        expect(analysis.uncovered).toBe(topic);
        expect(analysis.uncoveredAsk).toBe(ask);
      },
    );

    it.each([
      [
        "what is terraform",
        `"terraform" isn't in this team's skill matrix, so I can't explain it from there.`,
      ],
      ["who knows terraform", "Nobody can be listed for terraform: it isn't in the skill matrix."],
    ])(
      "GIVEN %j WHEN answered THEN the answer says plainly it is not in the matrix",
      (typed, said) => {
        const reply = notInMatrix(asker("ann"), bot.bot.analyse(typed));
        expect(reply && textOf(reply)).toBe(said);
        expect(reply?.visibility).toBe("private");
        expect(notInMatrix(asker("ann", PUBLIC), bot.bot.analyse(typed))?.visibility).toBe(
          "public",
        );
      },
    );

    it.each([
      "what's for lunch",
      "what is your name",
      "what is this",
      "who knows where the meeting is",
      "rate limiting in fastapi, who knows?",
      "what is ray",
      "who knows docker",
      "who can mentor me",
    ])(
      "GIVEN %j (a sentence, a matrix name, or no topic) WHEN analysed THEN no topic is called uncovered",
      (typed) => {
        const analysis = bot.bot.analyse(typed);
        expect(analysis.uncovered === undefined || analysis.uncoveredAsk === "learn").toBe(true);
        expect(notInMatrix(asker("ann"), analysis)).toBeUndefined();
      },
    );

    // Through the bot: `#ask` answers with `notInMatrix` before anything else.
    it.each([
      ["what is terraform", /"terraform" isn't in this team's skill matrix/],
      ["who knows terraform", /Nobody can be listed for terraform/],
      ["who can teach me terraform", /Nobody can be listed for terraform/],
    ])("GIVEN %j WHEN typed THEN the reply says it is not in the matrix", async (typed, said) => {
      const reply = await say(bot, "ann", typed, DM);
      expect(textOf(reply)).toMatch(said);
      expect(textOf(reply)).not.toMatch(/not sure what you mean|Mentors in/);
    });
  });
});
