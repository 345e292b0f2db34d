import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { keys } from "../../src/store/keys.ts";
import { buttonsOf, person, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** The quiz heading's skill and level ("Quiz: SQL (level 1)" → "SQL 1"), or "" for no quiz. */
function quizOf(reply: Reply): string {
  const heading = reply.blocks.find((b) => b.kind === "heading");
  const line = heading?.kind === "heading" ? heading.text : "";
  const [, skill, level] = /^Quiz: (.+) \(level (\d)\)$/.exec(line) ?? [];
  return skill ? `${skill} ${level}` : "";
}

/** The question a quiz reply shows, by its prompt. */
function promptOf(reply: Reply): string {
  const prompt = reply.blocks.find((b) => b.kind === "text");
  return prompt?.kind === "text" ? JSON.stringify(prompt.text) : "";
}

const MINUTE = 60 * 1000;

describe("another question, right after one shown, is another question", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  for (const again of ["another one", "next question", "one more", "another question please"])
    it(`GIVEN "quiz me on sql" shown WHEN they say "${again}" THEN it is a different SQL question`, async () => {
      const user = `another-${again}`;
      const first = await say(bot, user, "quiz me on sql");
      expect(quizOf(first)).toBe("SQL 1");
      bot.clock.advance(MINUTE);
      const next = await say(bot, user, again);
      expect(quizOf(next)).toMatch(/^SQL /);
      expect(promptOf(next)).not.toBe(promptOf(first));
    });

  it("GIVEN a question shown WHEN they ask for another one three times THEN none repeats the one just before it", async () => {
    let shown = await say(bot, "chain", "quiz me on docker");
    for (let i = 0; i < 3; i++) {
      bot.clock.advance(MINUTE);
      const next = await say(bot, "chain", "another one");
      expect(quizOf(next)).toMatch(/^Docker /);
      expect(promptOf(next)).not.toBe(promptOf(shown));
      shown = next;
    }
  });
});

describe("harder and easier step from the question just shown", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  // The reviewer's "harder", and wordings of our own.
  for (const harder of [
    "harder",
    "something harder",
    "a harder one please",
    "tougher",
    "give me a harder question",
    "more difficult",
  ])
    it(`GIVEN a level-1 SQL question shown WHEN they say "${harder}" THEN it is the level-2 SQL question`, async () => {
      const user = `harder-${harder}`;
      expect(quizOf(await say(bot, user, "quiz me on sql"))).toBe("SQL 1");
      bot.clock.advance(MINUTE);
      expect(quizOf(await say(bot, user, harder))).toBe("SQL 2");
    });

  for (const easier of ["easier", "an easier one", "something easier please", "less difficult"])
    it(`GIVEN a level-2 SQL question shown WHEN they say "${easier}" THEN it is the level-1 SQL question`, async () => {
      const user = `easier-${easier}`;
      await say(bot, user, "quiz me on sql");
      expect(quizOf(await say(bot, user, "harder"))).toBe("SQL 2");
      bot.clock.advance(MINUTE);
      expect(quizOf(await say(bot, user, easier))).toBe("SQL 1");
    });

  it("GIVEN harder asked three times from level 1 THEN the levels go 2, 3, 4, and a fourth says there is no harder one, repeating nothing", async () => {
    const user = "to-the-top";
    await say(bot, user, "quiz me on git");
    const levels: string[] = [];
    for (let i = 0; i < 3; i++) levels.push(quizOf(await say(bot, user, "harder")));
    expect(levels).toEqual(["Git 2", "Git 3", "Git 4"]);
    const top = await say(bot, user, "harder");
    expect(quizOf(top)).toBe("");
    expect(textOf(top)).toMatch(/no harder/i);
    expect(textOf(top)).toMatch(/Git/);
    // Another skill is offered, not the one with nothing harder.
    const offers = buttonsOf(top).filter((b) => b.action === ACTIONS.quizNext);
    expect(offers.length).toBeGreaterThan(0);
    expect(offers.map((b) => b.value)).not.toContain("skill:git");
  });

  it("GIVEN a level-1 question shown WHEN they ask for an easier one THEN it says there is no easier one, and shows no question", async () => {
    const user = "at-the-bottom";
    await say(bot, user, "quiz me on sql");
    const bottom = await say(bot, user, "easier");
    expect(quizOf(bottom)).toBe("");
    expect(textOf(bottom)).toMatch(/no easier/i);
  });

  it("GIVEN a harder question named with its skill WHEN asked THEN it is above the last one on that skill, or above their usual level", async () => {
    const user = "named-harder";
    expect(quizOf(await say(bot, user, "give me a harder python question"))).toBe("Python 2");
    expect(quizOf(await say(bot, user, "give me a harder python question"))).toBe("Python 3");
    // A question on another skill was the last shown: Python's usual level is the start.
    await say(bot, user, "quiz me on sql");
    expect(quizOf(await say(bot, user, "a harder question on python"))).toBe("Python 2");
  });

  it("GIVEN a level-2 SQL question shown WHEN they name another topic THEN that quiz is at the usual level", async () => {
    const user = "named-unaffected";
    await say(bot, user, "quiz me on sql");
    expect(quizOf(await say(bot, user, "harder"))).toBe("SQL 2");
    expect(quizOf(await say(bot, user, "quiz me on docker"))).toBe("Docker 1");
  });

  it("GIVEN the last question shown stored in the old form (skill and time only) WHEN they say harder or another one THEN they get a question on that skill", async () => {
    const key = keys.quizLastShown(person("old-record"));
    await bot.store.set(key, { skillId: "sql", at: bot.clock.now().toISOString() }, 60 * MINUTE);
    expect(quizOf(await say(bot, "old-record", "harder"))).toBe("SQL 2");
    await bot.store.set(key, { skillId: "sql", at: bot.clock.now().toISOString() }, 60 * MINUTE);
    expect(quizOf(await say(bot, "old-record", "another one"))).toMatch(/^SQL /);
  });

  // Near misses: these compare or complain, they ask for no question.
  for (const said of ["is sql harder than python?", "this is harder than I thought"])
    it(`GIVEN a question shown WHEN they say "${said}" THEN no quiz starts`, async () => {
      const user = `near-${said}`;
      await say(bot, user, "quiz me on sql");
      expect(quizOf(await say(bot, user, said))).toBe("");
    });
});
