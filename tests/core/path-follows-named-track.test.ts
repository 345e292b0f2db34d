import { beforeAll, describe, expect, it } from "vitest";
import {
  headingOf,
  newMlopsPerson,
  newPerson,
  say,
  type TestBot,
  testBot,
} from "../helpers/core.ts";

/**
 * A path follows the person's own track unless the question names another one. A word that only
 * appears in a track's description ("first" in MLOps' "…come first") is no choice of track.
 */
describe("a path question follows the person's track unless it names one", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot();
  });

  const unnamed = [
    // the reviewer's
    "what should I learn first?",
    "what should I focus on first?",
    "what do I learn first?",
    // variants: words found only in one track's description
    "where should I start first",
    "what should I study first?",
    "which skills should I learn first",
  ];

  it.each(unnamed)(
    "GIVEN someone new (ML Engineer by default) WHEN they ask %j THEN the path is ML Engineer's",
    async (typed) => {
      expect(headingOf(await say(bot, newPerson(), typed))).toBe("Next steps in ML Engineer");
    },
  );

  it.each(unnamed)(
    "GIVEN someone on the MLOps track WHEN they ask %j THEN the path is MLOps Engineer's",
    async (typed) => {
      const user = await newMlopsPerson(bot);
      expect(headingOf(await say(bot, user, typed))).toBe("Your next steps in MLOps Engineer");
    },
  );

  it.each([
    ["what should I learn next?", "Next steps in ML Engineer"],
    ["what should I learn for mlops?", "Next steps in MLOps Engineer"],
    ["what should I learn first for the mlops track?", "Next steps in MLOps Engineer"],
    ["path mlops-engineer", "Next steps in MLOps Engineer"],
  ])(
    "GIVEN someone new WHEN they ask %j THEN %j (a named track still picks the path)",
    async (typed, heading) => {
      expect(headingOf(await say(bot, newPerson(), typed))).toBe(heading);
    },
  );

  it("GIVEN someone on the MLOps track WHEN they name the ML Engineer track THEN that track's path", async () => {
    const user = await newMlopsPerson(bot);
    expect(headingOf(await say(bot, user, "what should I learn first for ml engineer?"))).toBe(
      "Your next steps in ML Engineer",
    );
  });
});
