import { beforeAll, describe, expect, it } from "vitest";
import { DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * A skill whose name is ordinary English, though rarer than the 10,000 most frequent words
 * ("stats", "probability", "collaboration", "databases"), or a verb someone is doing ("I'm
 * debugging", "just testing"), is chat unless the sentence is about skills. Tools' names that
 * are rare words ("python", "java", "git") are still the tool.
 */
let bot: TestBot;
const named = (text: string) => bot.bot.analyse(text).namedSkills.map((s) => s.id);

beforeAll(async () => {
  bot = await testBot();
});

describe("ordinary English rarer than everyday chat is chat unless the sentence is about skills (shipped matrix)", () => {
  it.each([
    // The reviewer's messages.
    "I need some stats for my manager",
    "just testing",
    "I'm debugging a prod issue, brb",
    "the probability of me finishing this sprint is low",
    "had a great collaboration session with design today",
    "can you send me the stats from the last quiz?",
    // Variants of our own.
    "here are the stats you asked for",
    "there's a high probability we ship late",
    "thanks for the collaboration everyone",
    "still debugging, give me a minute",
    "I was debugging all morning",
    "only testing, ignore me",
    "I'm coding all day today",
  ])("GIVEN %j WHEN analysed THEN no skill is named", (text) => {
    expect(named(text)).toEqual([]);
  });

  it.each([
    ["I need some stats for my manager", "Statistics"],
    ["just testing", "Testing"],
    ["I'm debugging a prod issue, brb", "Debugging"],
    ["the probability of me finishing this sprint is low", "Probability"],
    ["had a great collaboration session with design today", "Collaboration"],
    ["can you send me the stats from the last quiz?", "Quiz: Statistics"],
  ])("GIVEN %j WHEN said THEN the reply is not about %s", async (text, heading) => {
    expect(textOf(await say(bot, "u-chat", text, DM))).not.toMatch(new RegExp(`^${heading}`));
  });

  it.each([
    // Near misses: the same words in sentences about skills.
    ["give me a stats question", "statistics"],
    ["explain statistics", "statistics"],
    ["what is probability", "probability"],
    ["teach me about databases", "databases"],
    ["rate debugging 3", "debugging"],
    ["quiz me on testing", "testing"],
    ["how do I get better at debugging", "debugging"],
    ["who knows probability?", "probability"],
    ["stats", "statistics"],
    ["I'm learning debugging", "debugging"],
    ["resources for collaboration", "collaboration"],
    ["how can I improve my collaboration", "collaboration"],
    // Tools' names that are rare English words stay the tool.
    ["I use python at work", "python"],
    ["git is confusing me", "git"],
    ["we write java services", "java"],
  ])("GIVEN %j WHEN analysed THEN it names %s", (text, skill) => {
    expect(named(text)).toContain(skill);
  });

  it.each([
    ["how can I improve at R?", /^Next steps in R/],
    ["quiz me on R", /^Quiz: R /],
    ["who can mentor me on communication?", /^Mentors for Communication/],
    ["anyone who can mentor me in cloud stuff?", /^Mentors for Cloud Services/],
    ["give me a stats question", /^Quiz: Statistics/],
    ["I'm pretty strong in statistics", /^Set Statistics to 3/],
  ])("GIVEN %j WHEN said THEN the answer is still %s", async (text, answer) => {
    expect(textOf(await say(bot, "u-keep", text, DM))).toMatch(answer);
  });
});
