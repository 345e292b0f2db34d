import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  buttonsOf,
  newPerson,
  person,
  press,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * A level typed on its own ("2", "make it 2", "wait no, 2") right after the bot asked for one,
 * or just saved or explained a skill, is about that skill. The skill is only inferred, so it is
 * offered ("Set Docker to 2 (working)? [Save]"), never saved on the typed words alone; a level
 * with no skill known asks which skill, never looks "2" up as a skill's name.
 */
let bot: TestBot;
beforeAll(async () => {
  bot = await testBot();
});

const levelOf = async (user: string, skill: string) =>
  (await bot.core.people.get(person(user))).ratings[skill]?.level;
const saveButtons = (reply: Reply) => buttonsOf(reply).filter((b) => b.action === ACTIONS.rateSet);

/** GIVEN the offer of one skill at one level, THEN pressing it saves that level. */
async function expectOffer(user: string, reply: Reply, skill: string, name: string, level: number) {
  expect(textOf(reply)).toContain(`Set ${name} to ${level}`);
  const [save, ...more] = saveButtons(reply);
  expect(more).toEqual([]);
  expect(await levelOf(user, skill)).not.toBe(level);
  await press(bot, user, save?.action ?? "", save?.value ?? "");
  expect(await levelOf(user, skill)).toBe(level);
}

describe("a level typed right after the bot asked for one", () => {
  it.each([
    // the reviewer's
    ["2", 2],
    ["2 working", 2],
    ["make it 2", 2],
    ["actually make that a 2", 2],
    // variants
    ["3 please", 3],
    ["I'd say 1", 1],
    ["practitioner", 3],
  ])(
    "GIVEN the Docker rating question WHEN %j THEN Docker at %i is offered",
    async (typed, level) => {
      const user = newPerson("asked");
      const asked = await say(bot, user, "I'm decent at docker, weak at k8s");
      const docker = buttonsOf(asked).find((b) => b.label === "Docker");
      expect(textOf(await press(bot, user, docker?.action ?? "", docker?.value ?? ""))).toContain(
        "How would you rate yourself in Docker?",
      );
      await expectOffer(user, await say(bot, user, typed), "docker", "Docker", level);
    },
  );

  it("GIVEN `rate docker` WHEN `2` THEN Docker at 2 is offered", async () => {
    const user = newPerson("asked");
    await say(bot, user, "rate docker");
    await expectOffer(user, await say(bot, user, "2"), "docker", "Docker", 2);
  });
});

describe("a correction right after a rating was saved", () => {
  it.each([
    // the reviewer's
    ["wait no, 2", 2],
    // variants
    ["no, 1", 1],
    ["actually 4", 4],
    ["sorry, make it a 2", 2],
  ])("GIVEN SQL saved at 3 WHEN %j THEN SQL at %i is offered", async (typed, level) => {
    const user = newPerson("saved");
    await say(bot, user, "rate sql 3");
    await expectOffer(user, await say(bot, user, typed), "sql", "SQL", level);
  });
});

describe("`rate <level>` with no skill named", () => {
  it.each([
    // the reviewer's
    "rate 2",
    // variants
    "rate 3",
    "rate 1 please",
  ])("GIVEN Docker just explained WHEN %j THEN Docker at that level is offered", async (typed) => {
    const user = newPerson("explained");
    await say(bot, user, "explain docker");
    const level = Number(typed.match(/\d/)?.[0]);
    await expectOffer(user, await say(bot, user, typed), "docker", "Docker", level);
  });

  it.each(["rate 2", "rate 4", "2"])(
    "GIVEN nothing talked about WHEN %j THEN it asks which skill, saving nothing",
    async (typed) => {
      const user = newPerson("fresh");
      const reply = await say(bot, user, typed);
      const shown = textOf(reply);
      expect(shown).toMatch(/Which skill/);
      expect(shown).not.toMatch(/skill called/);
      expect(saveButtons(reply)).toEqual([]);
      expect((await bot.core.people.get(person(user))).ratings).toEqual({});
    },
  );

  it("GIVEN nothing talked about WHEN `rate 7` THEN the level is said to be out of range", async () => {
    expect(textOf(await say(bot, newPerson("fresh"), "rate 7"))).toMatch(/0.*4/);
  });
});

describe("a level offered after a sentence's rating, for another named skill", () => {
  it.each([
    // the reviewer's
    ["and a 2 in sql", "sql", "SQL", 2],
    // variants
    ["and 1 for git", "git", "Git", 1],
    ["also a 4 in docker", "docker", "Docker", 4],
  ])(
    "GIVEN `I'd say I'm a 3 in python` WHEN %j THEN %s is offered, not explained",
    async (typed, skill, name, level) => {
      const user = newPerson("sentence");
      await say(bot, user, "I'd say I'm a 3 in python");
      const reply = await say(bot, user, typed);
      expect(textOf(reply)).not.toMatch(/Why it matters/);
      await expectOffer(user, reply, skill, name, level);
    },
  );
});

describe("near misses keep their answers", () => {
  it("GIVEN a quiz question just shown WHEN `2` THEN no rating is offered", async () => {
    const user = newPerson("quiz");
    await say(bot, user, "quiz sql");
    expect(saveButtons(await say(bot, user, "2"))).toEqual([]);
  });

  it.each([
    ["rate it 2", /Saved: Docker at 2/],
    ["quiz me on it", /Quiz: Docker/],
    ["make it work", /not sure/],
    ["no thanks", /./],
    ["2 questions about docker", /./],
    ["top 3 skills for mlops", /./],
    ["actually, what is docker?", /Docker/],
  ])("GIVEN Docker explained WHEN %j THEN no rating is offered", async (typed, shown) => {
    const user = newPerson("near");
    await say(bot, user, "explain docker");
    const reply = await say(bot, user, typed);
    expect(textOf(reply)).toMatch(shown);
    expect(textOf(reply)).not.toMatch(/^Set /);
  });

  it("GIVEN a saved rating more than half an hour ago WHEN `2` THEN nothing is offered for it", async () => {
    const user = newPerson("late");
    await say(bot, user, "rate sql 3");
    bot.clock.advance(40 * 60_000);
    const reply = await say(bot, user, "2");
    expect(textOf(reply)).not.toContain("SQL");
    expect(await levelOf(user, "sql")).toBe(3);
  });

  it("GIVEN `rate python 3` WHEN typed THEN it still saves at once", async () => {
    const user = newPerson("cmd");
    await sayAll(bot, user, ["rate python 3"]);
    expect(await levelOf(user, "python")).toBe(3);
  });
});
