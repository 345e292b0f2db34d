import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.ts";
import { say, type TestBot, testBot } from "../helpers/core.ts";

/** The quiz heading's skill and level ("Quiz: SQL (level 3)" → ["SQL", 3]), or undefined. */
function quizOf(reply: Reply): { skill: string; level: number } | undefined {
  const heading = reply.blocks.find((b) => b.kind === "heading");
  const line = heading?.kind === "heading" ? heading.text : "";
  const [, skill, level] = /^Quiz: (.+) \(level (\d)\)$/.exec(line) ?? [];
  return skill ? { skill, level: Number(level) } : undefined;
}

const MINUTE = 60 * 1000;

/** `user` is shown SQL questions up to level 3 by asking for harder ones, unanswered. */
async function upToLevelThree(bot: TestBot, user: string): Promise<void> {
  expect(quizOf(await say(bot, user, "quiz me on sql"))).toEqual({ skill: "SQL", level: 1 });
  expect(quizOf(await say(bot, user, "harder"))).toEqual({ skill: "SQL", level: 2 });
  expect(quizOf(await say(bot, user, "harder"))).toEqual({ skill: "SQL", level: 3 });
  bot.clock.advance(MINUTE);
}

// The matrix has one question a level per skill: "the same level" is the shown one's, or the
// nearest to it, never the person's usual level (SQL 1 for someone unrated) two levels down.
describe("another question keeps the level of the one just shown", () => {
  // The reviewer's "another one", and wordings of our own.
  for (const again of ["another one", "next question", "one more", "quiz me", "another quiz"])
    for (const seed of [1, 2])
      it(`GIVEN a level-3 SQL question reached by "harder" WHEN they say "${again}" (seed ${seed}) THEN it is SQL within a level of 3`, async () => {
        const bot = await testBot({ seed });
        const user = `keeps-${again}`;
        await upToLevelThree(bot, user);
        const next = quizOf(await say(bot, user, again));
        expect(next?.skill).toBe("SQL");
        expect(next?.level).toBeGreaterThanOrEqual(2);
      });

  it('GIVEN the level-4 SQL question reached by "harder" WHEN they say another one THEN it is the level-3 one, the nearest', async () => {
    const bot = await testBot();
    const user = "at-the-top";
    await upToLevelThree(bot, user);
    expect(quizOf(await say(bot, user, "harder"))).toEqual({ skill: "SQL", level: 4 });
    expect(quizOf(await say(bot, user, "another one"))).toEqual({ skill: "SQL", level: 3 });
  });

  it("GIVEN a level-3 question WHEN they say another one and then harder THEN harder still steps from what was shown", async () => {
    const bot = await testBot({ seed: 5 });
    const user = "then-harder";
    await upToLevelThree(bot, user);
    const next = quizOf(await say(bot, user, "another one"));
    expect(next?.level).toBeGreaterThanOrEqual(2);
    const harder = quizOf(await say(bot, user, "harder"));
    if (next?.level === 4) expect(harder).toBeUndefined();
    else expect(harder).toEqual({ skill: "SQL", level: (next?.level ?? 0) + 1 });
  });

  // Near misses: a named topic and a quiz long after keep to the usual level.
  it("GIVEN a level-3 SQL question WHEN they name a topic THEN it is at the usual level", async () => {
    const bot = await testBot();
    const user = "named";
    await upToLevelThree(bot, user);
    expect(quizOf(await say(bot, user, "quiz me on docker"))).toEqual({
      skill: "Docker",
      level: 1,
    });
  });

  it("GIVEN a level-3 SQL question shown an hour ago WHEN they say quiz me on sql THEN it is at the usual level again", async () => {
    const bot = await testBot();
    const user = "later";
    await upToLevelThree(bot, user);
    bot.clock.advance(60 * MINUTE);
    expect(quizOf(await say(bot, user, "quiz me on sql"))).toEqual({ skill: "SQL", level: 1 });
  });
});
