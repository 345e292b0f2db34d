import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import {
  buttonsOf,
  headingOf,
  person,
  press,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

const NOT_SURE = /not sure what you mean/;
const MINUTE = 60 * 1000;

/** The skills a path reply lists, in order. */
const pathSkills = (reply: Awaited<ReturnType<typeof say>>) =>
  reply.blocks.flatMap((b) => (b.kind === "skills" ? b.items.map((i) => i.skillId) : []));

describe("follow-ups use what the bot just answered about", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it.each([
    ["explain kubernetes", "who can help with that?", /Kubernetes/],
    ["explain docker", "who knows about it?", /Docker/],
    ["what is sql", "any mentors for that one?", /SQL/],
  ])("GIVEN %s WHEN %s THEN the mentors of that skill", async (first, then, skill) => {
    await say(bot, "ann", first);
    const reply = await say(bot, "ann", then);
    expect(textOf(reply)).not.toMatch(NOT_SURE);
    expect(headingOf(reply)).toMatch(/mentor/i);
    expect(headingOf(reply)).toMatch(skill);
  });

  it.each([
    ["explain docker", "quiz me on it", "docker"],
    ["explain sql", "test me on that", "sql"],
    ["who can help with python?", "quiz me on this", "python"],
  ])("GIVEN %s WHEN %s THEN a quiz on that skill", async (first, then, skillId) => {
    await say(bot, "ann", first);
    const reply = await say(bot, "ann", then);
    expect(textOf(reply)).not.toMatch(/couldn't find|not sure/);
    const shown = await bot.core.quizzes.lastShown(person("ann"));
    expect(shown?.skillId).toBe(skillId);
  });

  it.each([
    ["explain docker", "rate it 2", "Docker"],
    ["explain sql", "rate that 3", "SQL"],
    ["what is python", "I'm good at it", "Python"],
  ])("GIVEN %s WHEN %s THEN the rating of that skill is asked for", async (first, then, name) => {
    await say(bot, "ann", first);
    const reply = await say(bot, "ann", then);
    expect(textOf(reply)).not.toMatch(/don't know a skill|not sure/);
    expect(textOf(reply)).toContain(name);
  });

  it.each([
    ["tell me more", "explain docker", "Docker"],
    ["more", "explain kubernetes", "Kubernetes"],
    ["why?", "explain sql", "SQL"],
  ])("GIVEN an explanation WHEN %s THEN that skill explained again", async (then, first, name) => {
    await say(bot, "ann", first);
    const reply = await say(bot, "ann", then);
    expect(headingOf(reply)).toContain(name);
  });

  it("GIVEN a path WHEN 'tell me more about the first one', 'the second one', 'why?' THEN its skills are explained", async () => {
    const path = await say(bot, "ann", "what should I learn for MLOps?");
    const [first, second] = pathSkills(path);
    const firstName = bot.core.kb.skill(first ?? "")?.name ?? "?";
    const secondName = bot.core.kb.skill(second ?? "")?.name ?? "?";
    expect(headingOf(await say(bot, "ann", "tell me more about the first one"))).toContain(
      firstName,
    );
    await say(bot, "ann", "what should I learn for MLOps?");
    expect(headingOf(await say(bot, "ann", "explain the second one"))).toContain(secondName);
    await say(bot, "ann", "what should I learn for MLOps?");
    expect(headingOf(await say(bot, "ann", "why?"))).toContain(firstName);
    await say(bot, "ann", "what should I learn for MLOps?");
    expect(headingOf(await say(bot, "ann", "what's that?"))).toMatch(/MLOps/);
  });

  it.each(["and after that?", "more", "ok and then?", "what's next after that"])(
    "GIVEN a path WHEN %s THEN a path goes on",
    async (then) => {
      await say(bot, "ann", "what should I learn for MLOps?");
      const reply = await say(bot, "ann", then);
      expect(textOf(reply)).not.toMatch(NOT_SURE);
      expect(pathSkills(reply).length).toBeGreaterThan(0);
    },
  );

  it("GIVEN 'explain kubernetes' WHEN 'how do I get there?' THEN the path to Kubernetes", async () => {
    await say(bot, "ann", "explain kubernetes");
    const reply = await say(bot, "ann", "how do I get there?");
    expect(headingOf(reply)).toMatch(/Kubernetes/);
    expect(pathSkills(reply)).toContain("kubernetes");
  });

  it("GIVEN a rating WHEN 'quiz me on it' THEN a quiz on the skill rated", async () => {
    await say(bot, "ann", "rate sql 2");
    await say(bot, "ann", "quiz me on it");
    expect((await bot.core.quizzes.lastShown(person("ann")))?.skillId).toBe("sql");
  });

  // "It" is never looked up as a name: with nothing to refer to, the person is asked which skill.
  it("GIVEN a topic 31 minutes old WHEN a follow-up THEN nothing resolves: which skill?", async () => {
    await say(bot, "ann", "explain docker");
    bot.clock.advance(31 * MINUTE);
    for (const said of ["who can help with that?", "quiz me on it"]) {
      const reply = textOf(await say(bot, "ann", said));
      expect(reply).toMatch(/which skill/i);
      expect(reply).not.toMatch(/Docker|couldn't find "it"/);
    }
  });

  it("GIVEN another person's topic WHEN a follow-up THEN it never leaks", async () => {
    await say(bot, "bob", "explain docker");
    expect(textOf(await say(bot, "ann", "who can help with that?"))).toMatch(/which skill/i);
    expect(textOf(await say(bot, "ann", "who can help with that?"))).not.toMatch(/Docker/);
    // The same user id in another tenant is someone else.
    const elsewhere = textOf(await say(bot, "bob", "who can help with that?", undefined, "T2"));
    expect(elsewhere).toMatch(/which skill/i);
    expect(elsewhere).not.toMatch(/Docker/);
  });

  it("GIVEN a topic WHEN forget me is confirmed THEN the record is gone", async () => {
    await say(bot, "ann", "explain docker");
    const { z } = await import("zod");
    expect(await bot.store.get(keys.conversationTopic(person("ann")), z.unknown())).toBeDefined();
    await press(bot, "ann", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));
    expect(await bot.store.get(keys.conversationTopic(person("ann")), z.unknown())).toBeUndefined();
    expect(textOf(await say(bot, "ann", "who can help with that?"))).not.toMatch(/Docker/);
  });

  it.each(["what is it?", "I love it", "that's great thanks", "why?", "more"])(
    "GIVEN no topic WHEN %s THEN the answer is today's",
    async (said) => {
      const fresh = await testBot();
      const before = textOf(await say(fresh, "zed", said));
      await say(bot, "ann", said);
      expect(textOf(await say(bot, "ann", said))).toBe(before);
    },
  );

  it.each([
    "I love it",
    "that's great thanks",
    "ok thanks",
    // Chat that refers to something asks for nothing about it.
    "I'm on it",
    "I'll work on it",
    "I'll think about it",
    "thanks for that",
    "I agree with that",
    "count me in on that",
    // The person's own next steps, whatever came before.
    "what's next",
  ])("GIVEN a topic WHEN %s THEN it is no follow-up", async (said) => {
    const fresh = await testBot();
    const before = textOf(await say(fresh, "zed", said));
    await say(bot, "ann", "explain docker");
    expect(textOf(await say(bot, "ann", said))).toBe(before);
    expect(buttonsOf(await say(bot, "ann", said)).length).toBe(
      buttonsOf(await say(fresh, "zed", said)).length,
    );
  });
});
