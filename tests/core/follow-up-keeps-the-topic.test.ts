import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  buttonsOf,
  headingOf,
  newMlopsPerson,
  newPerson,
  person,
  press,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

const NOT_SURE = /not sure what you mean/;
const MINUTE = 60 * 1000;

/** The quiz heading's skill and level ("Quiz: SQL (level 3)" → ["SQL", 3]), or undefined. */
function quizOf(reply: Reply): { skill: string; level: number } | undefined {
  const [, skill, level] = /^Quiz: (.+) \(level (\d)\)$/.exec(headingOf(reply) ?? "") ?? [];
  return skill ? { skill, level: Number(level) } : undefined;
}

/** The skills a path (or gaps) reply lists, in order. */
const listed = (reply: Reply) =>
  reply.blocks.flatMap((b) => (b.kind === "skills" ? b.items.map((i) => i.skillId) : []));

let bot: TestBot;
beforeEach(async () => {
  bot = await testBot();
});

describe("a bare quiz right after a reply about one skill quizzes that skill", () => {
  for (const [first, then, skill] of [
    // The reviewer's: a rating, whose reply offered [Quiz me on Python].
    ["rate python 2", "ok now quiz me", "Python"],
    ["explain docker", "quiz me", "Docker"],
    ["who can mentor me on kubernetes?", "test me", "Kubernetes"],
    ["path k8s", "quiz me please", "Kubernetes"],
  ] as const)
    for (const seed of [1, 2, 3])
      it(`GIVEN "${first}" WHEN "${then}" (seed ${seed}) THEN a ${skill} question`, async () => {
        const seeded = await testBot({ seed });
        const user = newPerson("bare");
        await say(seeded, user, first);
        expect(quizOf(await say(seeded, user, then))?.skill).toBe(skill);
      });

  // Near misses: a named skill wins; a quiz goes on with its own skill when it is the newest.
  it("GIVEN explain docker WHEN quiz me on sql THEN SQL", async () => {
    await say(bot, "n1", "explain docker");
    expect(quizOf(await say(bot, "n1", "quiz me on sql"))?.skill).toBe("SQL");
  });

  it("GIVEN explain docker and then a SQL question WHEN another one THEN SQL again", async () => {
    await say(bot, "n2", "explain docker");
    await say(bot, "n2", "quiz me on sql");
    expect(quizOf(await say(bot, "n2", "another one"))?.skill).toBe("SQL");
  });
});

describe("follow-ups keep the topic they follow", () => {
  for (const [first, mentors, skill] of [
    ["k8s?", "mentors?", "Kubernetes"],
    ["explain docker", "any mentors?", "Docker"],
    ["what is sql", "mentors", "SQL"],
  ] as const)
    it(`GIVEN "${first}" WHEN "${mentors}" THEN the mentors for ${skill}`, async () => {
      await say(bot, "m", first);
      if (first === "k8s?") await say(bot, "m", "rate it 1");
      const reply = await say(bot, "m", mentors);
      expect(headingOf(reply)).toMatch(new RegExp(`Mentors for ${skill}`));
    });

  it("GIVEN no topic WHEN mentors? THEN it still asks for a skill, friendly", async () => {
    expect(textOf(await say(bot, "m0", "mentors?"))).toMatch(/mentor needs a bit more/);
  });

  for (const [first, then, heading] of [
    ["who can mentor me on docker?", "and for kubernetes?", /Mentors for Kubernetes/],
    ["who can mentor me on python?", "what about sql?", /Mentors for SQL/],
    ["path docker", "and for kubernetes?", /steps in Kubernetes/],
  ] as const)
    it(`GIVEN "${first}" WHEN "${then}" THEN the same kind of answer for the new topic`, async () => {
      await say(bot, "a", first);
      expect(headingOf(await say(bot, "a", then))).toMatch(heading);
    });

  it("GIVEN explain docker WHEN and for kubernetes? THEN Kubernetes explained, as before", async () => {
    await say(bot, "a2", "explain docker");
    expect(headingOf(await say(bot, "a2", "and for kubernetes?"))).toMatch(/^Kubernetes/);
  });

  it("GIVEN mentors for docker WHEN what about me? THEN still their own standing", async () => {
    await say(bot, "a3", "who can mentor me on docker?");
    expect(headingOf(await say(bot, "a3", "what about me?"))).toMatch(/steps in Docker/);
  });

  for (const [said, step] of [
    ["too easy", "harder"],
    ["that was too easy", "harder"],
    ["too hard", "easier"],
    ["way too difficult!", "easier"],
  ] as const)
    it(`GIVEN a level-2 SQL question WHEN "${said}" THEN a ${step} SQL question`, async () => {
      await say(bot, "q", "quiz me on sql");
      expect(quizOf(await say(bot, "q", "harder"))).toEqual({ skill: "SQL", level: 2 });
      const next = quizOf(await say(bot, "q", said));
      expect(next).toEqual({ skill: "SQL", level: step === "harder" ? 3 : 1 });
    });

  for (const [first, then, heading] of [
    ["i want to become an ml engineer", "how far am i from that", /gaps for ML Engineer/],
    ["what should I learn for MLOps?", "how far am I from it?", /gaps for MLOps Engineer/],
    ["explain kubernetes", "so how far am i from that?", /steps in Kubernetes/],
  ] as const)
    it(`GIVEN "${first}" WHEN "${then}" THEN their standing there`, async () => {
      const user = await newMlopsPerson(bot);
      await say(bot, user, first);
      const reply = await say(bot, user, then);
      expect(reply.visibility).toBe("private");
      expect(headingOf(reply)).toMatch(heading);
    });
});

describe('"the first one" is the first of the last list shown', () => {
  it("GIVEN what should I learn next? and why? WHEN quiz me on the first one THEN a quiz on the path's first step", async () => {
    const path = await say(bot, "p", "what should I learn next?");
    const [first] = listed(path);
    await say(bot, "p", "why?");
    await say(bot, "p", "ok quiz me on the first one");
    expect((await bot.core.quizzes.lastShown(person("p")))?.skillId).toBe(first);
  });

  it("GIVEN a path and then explain docker WHEN quiz me on the second one THEN the path's second step", async () => {
    const path = await say(bot, "p2", "what should I learn for MLOps?");
    const second = listed(path)[1];
    await say(bot, "p2", "explain docker");
    await say(bot, "p2", "quiz me on the second one");
    expect((await bot.core.quizzes.lastShown(person("p2")))?.skillId).toBe(second);
  });

  it("GIVEN their gaps WHEN quiz me on the first one THEN the biggest gap", async () => {
    const user = await newMlopsPerson(bot);
    const gaps = await say(bot, user, "where are my gaps?");
    await say(bot, user, "quiz me on the first one");
    expect((await bot.core.quizzes.lastShown(person(user)))?.skillId).toBe(listed(gaps)[0]);
  });

  it("GIVEN a path and then a chooser WHEN rate the first one 2 THEN the chooser's first skill", async () => {
    await say(bot, "p3", "what should I learn next?");
    await say(bot, "p3", "I'm pretty good at pandas but numpy not so much");
    await say(bot, "p3", "rate the first one 2");
    expect((await bot.core.people.get(person("p3"))).ratings.pandas?.level).toBe(2);
  });
});

describe("a reference with no topic left asks what it means", () => {
  for (const said of ["quiz me on it", "rate it 2", "who can help with that?", "test me on that"])
    it(`GIVEN explain airflow 40 minutes ago WHEN "${said}" THEN a friendly which-skill question`, async () => {
      await say(bot, "t", "explain airflow");
      bot.clock.advance(40 * MINUTE);
      const reply = await say(bot, "t", said);
      expect(textOf(reply)).not.toMatch(/couldn't find|don't know a skill|"it"|"that"/);
      expect(textOf(reply)).not.toMatch(NOT_SURE);
      expect(textOf(reply)).toMatch(/which skill/i);
      expect(textOf(reply)).not.toMatch(/Airflow/);
      expect(await bot.core.quizzes.lastShown(person("t"))).toBeUndefined();
      expect((await bot.core.people.get(person("t"))).ratings).toEqual({});
    });

  it("GIVEN no topic WHEN I love it THEN no question about which skill", async () => {
    expect(textOf(await say(bot, "t2", "I love it"))).not.toMatch(/which skill/i);
  });
});

describe("and after that? at the end of a path says so", () => {
  it("GIVEN the iOS track's path WHEN and after that? / more THEN not the same path again: the track's target it had no room for", async () => {
    const mobile = await testBot({
      env: { SKILLBOT_MATRIX: "tests/fixtures/mobile-engineer" },
    });
    const path = textOf(await say(mobile, "m", "i just joined the ios team, where do I start?"));
    for (const then of ["and after that?", "more"]) {
      const reply = textOf(await say(mobile, "m", then));
      expect(reply).not.toBe(path);
      // Five steps leave App Release, the track's sixth target, for after them (review s21 N1).
      expect(reply).not.toMatch(/end of the path|whole path/i);
      expect(reply).toMatch(/App Release/);
      await say(mobile, "m", "i just joined the ios team, where do I start?");
    }
  });

  it("GIVEN the ML Engineer path WHEN and after that? THEN a path that goes on", async () => {
    const path = await say(bot, "e", "what should I learn next?");
    const next = await say(bot, "e", "and after that?");
    expect(listed(next).length).toBeGreaterThan(0);
    expect(listed(next)).not.toEqual(listed(path));
  });
});

describe("the Another question button after an answer keeps the level", () => {
  it("GIVEN a level-3 SQL question answered WHEN Another question is pressed THEN SQL within a level of 3", async () => {
    await say(bot, "b", "quiz me on sql");
    await say(bot, "b", "harder");
    const third = await say(bot, "b", "harder");
    expect(quizOf(third)).toEqual({ skill: "SQL", level: 3 });
    const option = buttonsOf(third).find((b) => b.action === ACTIONS.quizAnswer);
    const reveal = await press(bot, "b", option?.action ?? "", option?.value ?? "");
    const another = buttonsOf(reveal).find((b) => b.action === ACTIONS.quizNext);
    const next = quizOf(await press(bot, "b", another?.action ?? "", another?.value ?? ""));
    expect(next?.skill).toBe("SQL");
    expect(next?.level).toBeGreaterThanOrEqual(2);
  });

  it("GIVEN a button posted before (skill:sql) WHEN pressed THEN a SQL question at the usual level", async () => {
    const next = quizOf(await press(bot, "b2", ACTIONS.quizNext, "skill:sql"));
    expect(next).toEqual({ skill: "SQL", level: 1 });
  });
});
