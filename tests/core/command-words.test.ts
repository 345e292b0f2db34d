import { describe, expect, it } from "vitest";
import { commandFromText } from "../../src/core/command-text.ts";
import type { Command } from "../../src/core/events.ts";
import type { Reply } from "../../src/core/reply.ts";
import { say, testBot, textOf } from "../helpers/core.ts";

/**
 * Typed commands said the way people say them: fillers ("mentor for python", "learn about
 * docker"), politeness ("track mlops pls") and command words used as plain English ("rate
 * limiting", "track my progress", "me too").
 */

/** Two fresh bots with the same seed, so a reply to the phrasing and to the canonical command compare word for word. */
async function repliesTo(phrasing: string, canonical: string): Promise<[Reply, Reply]> {
  const said = await testBot();
  const typed = await testBot();
  try {
    return [await say(said, "ana", phrasing), await say(typed, "ana", canonical)];
  } finally {
    await said.close();
    await typed.close();
  }
}

const MISSED = /couldn't find|no track called|don't know a skill/i;

describe("a command said in a sentence", () => {
  it.each([
    ["mentors for python", "mentor python"],
    ["mentor for spark", "mentor spark"],
    ["mentor me in python", "mentor python"],
    ["next steps?", "path"],
    ["next please", "path"],
    ["next steps for mlops", "path mlops"],
    ["learn about docker", "path docker"],
    ["learn more about docker", "path docker"],
    ["path for data engineering", "path data engineering"],
    ["path to mastering spark", "path spark"],
    ["track mlops pls", "track mlops"],
    ["quiz me about sql please", "quiz sql"],
    ["rate me", "rate"],
  ])("GIVEN %j WHEN typed THEN the reply is the one to %j", async (phrasing, canonical) => {
    const [reply, expected] = await repliesTo(phrasing, canonical);

    expect(textOf(reply)).not.toMatch(MISSED);
    expect(textOf(reply)).toBe(textOf(expected));
    expect(reply.form?.id).toBe(expected.form?.id);
  });

  it.each([
    "me too",
    "me neither",
    "me and my team want to learn docker",
    "rate limiting in fastapi, who knows?",
    "review my code please",
    "track my progress",
    "next week I want to learn spark",
  ])(
    "GIVEN %j (the command word as plain English) THEN it is a question, answered as one",
    async (said) => {
      expect(commandFromText(said)).toEqual({ name: "ask", text: said });

      const bot = await testBot();
      const reply = textOf(await say(bot, "ana", said));
      await bot.close();
      expect(reply).not.toMatch(MISSED);
      expect(reply).not.toMatch(/Nothing to review right now/);
    },
  );
});

describe("fillers and politeness around a command's arguments", () => {
  it.each<[string, Command]>([
    ["rate myself in python 3", { name: "rate", skill: "python", level: "3" }],
    ["rate python 3 please", { name: "rate", skill: "python", level: "3" }],
    ["me?", { name: "profile" }],
    ["me please", { name: "profile" }],
    ["profile please", { name: "profile" }],
    ["mentor me", { name: "mentor" }],
    ["mentor on python", { name: "mentor", skill: "python" }],
    ["path to becoming an mlops engineer", { name: "path", topic: "mlops engineer" }],
    ["next steps in Кулинария", { name: "path", topic: "Кулинария" }],
    ["review deck please", { name: "review" }],
    ["quiz me on sql, thanks!", { name: "quiz", topic: "sql" }],
  ])("GIVEN %j THEN it reads as %j", (typed, expected) => {
    expect(commandFromText(typed)).toEqual(expected);
  });
});

describe("the command forms people already type", () => {
  it.each<[string, Command | string]>([
    ["rate python 3", { name: "rate", skill: "python", level: "3" }],
    ["rate sql", { name: "rate", skill: "sql" }],
    ["rate", { name: "rate" }],
    ["rate python 3 and sql 2", { name: "rate", skill: "python 3 and sql", level: "2" }],
    ["rate me 3 on sql", { name: "rate", skill: "me 3 on sql" }],
    ["rate python from 2 to 3", { name: "rate", skill: "python from 2 to", level: "3" }],
    ["rate stata at level 3", { name: "rate", skill: "stata at level", level: "3" }],
    ["rate docker and kubernetes 3", { name: "rate", skill: "docker and kubernetes", level: "3" }],
    ["rate hugging face 1", { name: "rate", skill: "hugging face", level: "1" }],
    ["rate Выпечка 2", { name: "rate", skill: "Выпечка", level: "2" }],
    ["rate python 2.5", { name: "rate", skill: "python", level: "2.5" }],
    ["rate python 3/4", { name: "rate", skill: "python 3/4" }],
    ["rate python -1", { name: "rate", skill: "python", level: "-1" }],
    ["rate sql practitioner", { name: "rate", skill: "sql", level: "practitioner" }],
    ["quiz", { name: "quiz" }],
    ["quiz sql", { name: "quiz", topic: "sql" }],
    ["quiz me", { name: "quiz" }],
    ["quiz me on sql", { name: "quiz", topic: "sql" }],
    ["quiz me about sql", { name: "quiz", topic: "sql" }],
    ["quiz daily on 09:30 UTC", { name: "quiz-daily", action: "on", options: "09:30 UTC" }],
    [
      "quiz daily on 07:00 Etc/GMT+2 sql",
      { name: "quiz-daily", action: "on", options: "07:00 Etc/GMT+2 sql" },
    ],
    ["quiz daily off", { name: "quiz-daily", action: "off" }],
    ["quiz daily", { name: "quiz-daily", action: "status" }],
    ["quiz daily status", { name: "quiz-daily", action: "status" }],
    ["quiz leaderboard week", { name: "quiz-leaderboard", period: "week" }],
    ["quiz leaderboard", { name: "quiz-leaderboard" }],
    ["quiz leaderboard off", { name: "quiz-leaderboard", listed: false }],
    ["quiz streak", { name: "quiz-streak" }],
    ["leaderboard", { name: "quiz-leaderboard" }],
    ["streak", { name: "quiz-streak" }],
    ["mentor on", { name: "mentor-optin", on: true }],
    ["mentor off please", { name: "mentor-optin", on: false }],
    ["mentor on!", { name: "mentor-optin", on: true }],
    ["mentor", { name: "mentor" }],
    ["mentors", { name: "mentor" }],
    ["mentor sql", { name: "mentor", skill: "sql" }],
    ["mentor ml engineer", { name: "mentor", skill: "ml engineer" }],
    ["review", { name: "review" }],
    ["review nudge on", { name: "review", nudge: true }],
    ["review nudge off!", { name: "review", nudge: false }],
    ["review reminders on please", { name: "review", nudge: true }],
    ["track", { name: "track" }],
    ["track mlops-engineer", { name: "track", track: "mlops-engineer" }],
    ["track mlops", { name: "track", track: "mlops" }],
    ["path", { name: "path" }],
    ["path mlops", { name: "path", topic: "mlops" }],
    ["path Кулинария", { name: "path", topic: "Кулинария" }],
    ["path programming", { name: "path", topic: "programming" }],
    ["next", { name: "path" }],
    ["learn", { name: "path" }],
    ["forget me", { name: "forget-me" }],
    ["forget me!", { name: "forget-me" }],
    ["forget-me", { name: "forget-me" }],
    ["delete my data", { name: "forget-me" }],
    ["help", { name: "help" }],
    ["help me", { name: "help" }],
    ["help please", { name: "help" }],
    ["commands", { name: "help" }],
    ["?", { name: "help" }],
    ["", { name: "help" }],
    ["me", { name: "profile" }],
    ["profile", { name: "profile" }],
    ["profile foo", { name: "profile", track: "foo" }],
    ["profile ml-engineer", { name: "profile", track: "ml-engineer" }],
    ["explain sql", { name: "explain", skill: "sql" }],
    ["explain torch please", { name: "explain", skill: "torch please" }],
    ["explain", { name: "help" }],
    ["about docker", { name: "explain", skill: "docker" }],
    ["what should I learn next", { name: "ask", text: "what should I learn next" }],
  ])("GIVEN %j THEN it reads as before", (typed, expected) => {
    if (typeof expected === "string") expect(() => commandFromText(typed)).toThrow();
    else expect(commandFromText(typed)).toEqual(expected);
  });
});
