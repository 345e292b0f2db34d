import { beforeAll, describe, expect, it } from "vitest";
import { DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * A skill whose name is also an everyday word (Statistics, Cloud, Communication, "torch",
 * "container", SOLID…) is named on purpose when a request frames it: "quiz on X", "X path",
 * "resources for X", "teach me X", "get into X". Chat that merely contains the word is not.
 */
let bot: TestBot;
const named = (text: string) => bot.bot.analyse(text).namedSkills.map((s) => s.id);

beforeAll(async () => {
  bot = await testBot();
});

describe("a request frame makes an everyday word a skill's name (shipped matrix)", () => {
  it.each([
    // The reviewer's messages.
    ["who can teach me statistics", "statistics"],
    ["who can teach me testing", "testing"],
    ["quick quiz on statistics", "statistics"],
    ["quick quiz on cloud", "cloud-services"],
    ["statistics path", "statistics"],
    ["resources for communication", "communication"],
    ["any good cloud resources?", "cloud-services"],
    ["I want to get into cloud", "cloud-services"],
    // Variants of the same frames.
    ["quiz me on solid", "oop"],
    ["test me on torch", "pytorch"],
    ["anyone good with solid?", "oop"],
    ["how do I improve my cloud", "cloud-services"],
    ["resources for container", "docker"],
    ["torch path", "pytorch"],
    ["any questions about statistics?", "statistics"],
    ["could you teach me communication", "communication"],
    ["I'd like to get into database", "databases"],
    // "about" after a request to learn: the request's own words mark the name.
    ["teach me about databases", "databases"],
    ["I want to learn more about statistics", "statistics"],
    ["where can I read about cloud?", "cloud-services"],
  ])("GIVEN %j WHEN analysed THEN it names %s", (text, skill) => {
    expect(named(text)).toEqual([skill]);
  });

  it.each([
    ["quick quiz on statistics", "Quiz: Statistics"],
    ["quick quiz on cloud", "Quiz: Cloud Services"],
    ["who can teach me statistics", "Statistics"],
    ["statistics path", "Statistics"],
  ])("GIVEN %j WHEN asked THEN the reply is about that skill", async (text, expected) => {
    expect(textOf(await say(bot, "u-frame", text, DM)).split("\n")[0]).toContain(expected);
  });
});

describe("chat that only contains an everyday skill word names nothing (shipped matrix)", () => {
  it.each([
    "where do I go for help?",
    "I'm on call this week",
    "thanks for the reviews",
    "I want to excel at my job",
    "cloud is grey today",
    "who is ray",
    "I'm going to a feast tonight",
    "tell me about feast tonight",
    "I'm solid at python, what next?",
    "any good tips for a long flight?",
    // A plain "about" asks about nothing by itself: only a request's wording marks a name.
    "I'm worried about ray",
    "did you hear about ray?",
    "is ray ok? I'm asking about ray from the data team",
    "what do you think about the cloud today",
  ])("GIVEN %j WHEN analysed THEN no everyday name is taken as a skill", (text) => {
    const taken = named(text);
    for (const everyday of ["go", "on-call", "code-review", "excel", "cloud-services"])
      expect(taken).not.toContain(everyday);
    expect(taken).not.toContain("distributed-systems");
    expect(taken).not.toContain("feature-stores");
    expect(taken).not.toContain("oop");
  });
});
