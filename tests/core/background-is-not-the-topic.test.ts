import { beforeAll, describe, expect, it } from "vitest";
import { headingOf, MLOPS_PERSON, say, sayAll, type TestBot, testBot } from "../helpers/core.ts";

/**
 * Skills told as experience ("mostly Java", "I've been doing R for years", "my background is
 * in SQL") are what the person has, like "I already know docker": not what they ask to learn.
 * The path follows what the question asks for, or else their own track.
 */
describe("a background told before a question is not its topic", () => {
  let bot: TestBot;
  let n = 0;
  beforeAll(async () => {
    bot = await testBot();
  });
  const ask = async (typed: string, rated = false) => {
    const user = `p${n++}`;
    if (rated) await sayAll(bot, user, MLOPS_PERSON);
    return headingOf(await say(bot, user, typed)) ?? "";
  };

  const paragraph =
    "Hi! So I've been working as a backend developer for 5 years, mostly Java and some Python. Our team is moving toward ML and my manager wants me to focus on getting models into production. I don't know where to begin. What should I learn first?";

  it("GIVEN the reviewer's paragraph WHEN someone new asks it THEN the path is not Java's nor Python's, but what it asks for", async () => {
    expect(await ask(paragraph)).toBe("Next steps in Model Serving");
  });

  it("GIVEN the reviewer's paragraph WHEN someone on the MLOps track asks it THEN not Java's path", async () => {
    expect(await ask(paragraph, true)).toBe("Your next steps in Model Serving");
  });

  it.each([
    "My background is in SQL and pandas. What should I learn next?",
    "I've been doing Java for years, what should I learn?",
    "I have years of experience with python. Where do I start?",
  ])("GIVEN someone new WHEN they say %j THEN their own track's path", async (typed) => {
    expect(await ask(typed)).toBe("Next steps in ML Engineer");
  });

  it.each([
    [
      "I've been using python for years, what should I learn for kubernetes?",
      "Next steps in Kubernetes",
    ],
    ["I have no experience with docker, where do I start with it?", "Next steps in Docker"],
    ["what should I learn for java?", "Next steps in Java"],
    ["I want to work with spark, what should I learn?", "Next steps in Apache Spark"],
  ])(
    "GIVEN someone new WHEN they say %j THEN %j (what they ask to learn stays the topic)",
    async (typed, heading) => {
      expect(await ask(typed)).toBe(heading);
    },
  );

  // A quiz tests what the person has: background and "already know" name its topic.
  it.each([
    ["my background is in sql, quiz me on it", "Quiz: SQL"],
    ["I have years of experience with python, quiz me", "Quiz: Python"],
    ["I've been using docker for years, test me", "Quiz: Docker"],
    ["I already know git, quiz me", "Quiz: Git"],
  ])("GIVEN someone new WHEN they say %j THEN %j", async (typed, heading) => {
    expect(await ask(typed)).toMatch(new RegExp(`^${heading} \\(level`));
  });

  it("GIVEN a quiz request WHEN it says a skill is not wanted THEN the quiz is not on it", async () => {
    expect(await ask("I don't want sql, quiz me on docker")).toMatch(/^Quiz: Docker/);
  });
});
