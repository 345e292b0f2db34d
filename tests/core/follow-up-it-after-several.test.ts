import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  buttonsOf,
  headingOf,
  newMlopsPerson,
  newPerson,
  person,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

const NOT_SURE = /not sure what you mean/;

/** The person's saved level in `skillId`, if any. */
async function levelOf(bot: TestBot, user: string, skillId: string) {
  return (await bot.core.people.get(person(user))).ratings[skillId]?.level;
}

/** The skills a reply's buttons offer, whatever the buttons do with them. */
const offered = (reply: Reply) => buttonsOf(reply).map((b) => b.label);

// A reply naming several skills (a chooser, a profile, a list of gaps) leaves "it" unclear: a
// follow-up then asks which, never falls back on an older topic.
describe('"it" after a reply that named several skills asks which one', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN a rated person shown a pandas/NumPy chooser after explain python WHEN rate it 4 THEN Python keeps its 3 and they are asked which, pandas or NumPy", async () => {
    const user = await newMlopsPerson(bot);
    await say(bot, user, "explain python");
    const chooser = await say(bot, user, "I'm pretty good at pandas but numpy not so much");
    expect(offered(chooser)).toEqual(["pandas", "NumPy"]);
    const reply = await say(bot, user, "rate it 4");
    expect(await levelOf(bot, user, "python")).toBe(3);
    expect(textOf(reply)).not.toMatch(/Saved/);
    expect(textOf(reply)).toMatch(/which/i);
    expect(offered(reply).join(" ")).toMatch(/pandas.*NumPy/);
    expect(textOf(reply)).not.toMatch(/Python/);
  });

  it("GIVEN someone new who saw their profile after explain python WHEN rate it 4 THEN nothing is saved and they are asked which skill", async () => {
    const user = newPerson();
    await say(bot, user, "explain python");
    await say(bot, user, "profile");
    const reply = await say(bot, user, "rate it 4");
    expect(await levelOf(bot, user, "python")).toBeUndefined();
    expect(textOf(reply)).not.toMatch(/Saved|don't know a skill/);
    expect(textOf(reply)).toMatch(/which/i);
  });

  it("GIVEN a PyTorch/TensorFlow chooser after explain docker WHEN quiz me on it THEN no Docker quiz: they are asked which, with a quiz button for each", async () => {
    const user = newPerson();
    await say(bot, user, "explain docker");
    await say(bot, user, "I'm strong in pytorch and weak in tensorflow");
    const reply = await say(bot, user, "quiz me on it");
    expect(await bot.core.quizzes.lastShown(person(user))).toBeUndefined();
    expect(textOf(reply)).toMatch(/which/i);
    const quizButtons = buttonsOf(reply).filter((b) => b.action === ACTIONS.quizNext);
    expect(quizButtons.map((b) => b.value)).toEqual(["skill:pytorch", "skill:tensorflow"]);
  });

  it("GIVEN the gaps shown after explain sql WHEN who can help with that? THEN not SQL's mentors: which skill", async () => {
    const user = await newMlopsPerson(bot);
    await say(bot, user, "explain sql");
    await say(bot, user, "where are my gaps?");
    const reply = await say(bot, user, "who can help with that?");
    expect(headingOf(reply) ?? "").not.toMatch(/mentor/i);
    expect(textOf(reply)).toMatch(/which/i);
    expect(textOf(reply)).not.toMatch(NOT_SURE);
  });

  it("GIVEN a rating level typed to a chooser's skills WHEN a button of the question is pressed THEN that level is saved for that skill", async () => {
    const user = newPerson();
    await say(bot, user, "explain python");
    await say(bot, user, "I'm pretty good at pandas but numpy not so much");
    const reply = await say(bot, user, "rate it 2");
    const numpy = buttonsOf(reply).find((b) => /NumPy/.test(b.label));
    expect(numpy).toBeDefined();
    await bot.bot.handle({
      type: "action",
      person: person(user),
      where: { channel: "D1", kind: "dm", audience: "private" },
      action: numpy?.action ?? "",
      value: numpy?.value ?? "",
    });
    expect(await levelOf(bot, user, "numpy")).toBe(2);
    expect(await levelOf(bot, user, "python")).toBeUndefined();
  });

  it("GIVEN explain docker and then 'Set pandas to 3?' asked WHEN rate it 1 THEN pandas, the skill just asked about, not Docker", async () => {
    const user = newPerson();
    await say(bot, user, "explain docker");
    expect(textOf(await say(bot, user, "I'm pretty good at pandas"))).toMatch(/pandas/);
    await say(bot, user, "rate it 1");
    expect(await levelOf(bot, user, "pandas")).toBe(1);
    expect(await levelOf(bot, user, "docker")).toBeUndefined();
  });

  // Near misses: a later reply about one skill makes "it" clear again; names still work.
  it("GIVEN a chooser and then explain docker WHEN rate it 2 THEN Docker is rated", async () => {
    const user = newPerson();
    await say(bot, user, "I'm pretty good at pandas but numpy not so much");
    await say(bot, user, "explain docker");
    const reply = await say(bot, user, "rate it 2");
    expect(textOf(reply)).toMatch(/Docker/);
    expect(await levelOf(bot, user, "docker")).toBe(2);
  });

  it("GIVEN a chooser WHEN rate pandas 3 THEN pandas is rated as typed", async () => {
    const user = newPerson();
    await say(bot, user, "explain python");
    await say(bot, user, "I'm pretty good at pandas but numpy not so much");
    await say(bot, user, "rate pandas 3");
    expect(await levelOf(bot, user, "pandas")).toBe(3);
  });

  it("GIVEN explain python WHEN rate it 4 THEN Python is rated (one skill named: it is clear)", async () => {
    const user = newPerson();
    await say(bot, user, "explain python");
    await say(bot, user, "rate it 4");
    expect(await levelOf(bot, user, "python")).toBe(4);
  });

  it("GIVEN a chooser WHEN rate the second one 1 THEN NumPy, the second skill shown, is rated", async () => {
    const user = newPerson();
    await say(bot, user, "explain python");
    await say(bot, user, "I'm pretty good at pandas but numpy not so much");
    await say(bot, user, "rate the second one 1");
    expect(await levelOf(bot, user, "numpy")).toBe(1);
    expect(await levelOf(bot, user, "python")).toBeUndefined();
  });
});
