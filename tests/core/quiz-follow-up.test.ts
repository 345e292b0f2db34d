import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { buttonsOf, press, say, type TestBot, testBot } from "../helpers/core.ts";

/** The quiz heading's skill name ("Quiz: SQL (level 1)" → "SQL"), or the first line. */
function quizSkillOf(reply: Reply): string {
  const heading = reply.blocks.find((b) => b.kind === "heading");
  const line = heading?.kind === "heading" ? heading.text : "";
  return /^Quiz: (.+) \(level \d\)$/.exec(line)?.[1] ?? line;
}

/** Answers the quiz in `reply` with its first option, as a press on the button would. */
async function answerFirstOption(bot: TestBot, user: string, reply: Reply): Promise<void> {
  const first = buttonsOf(reply).find((b) => b.action === ACTIONS.quizAnswer);
  if (!first) throw new Error("the reply has no answer button");
  await press(bot, user, ACTIONS.quizAnswer, first.value);
}

const MINUTE = 60 * 1000;

describe("a quiz without a topic right after a quiz keeps to its skill", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  for (const [asked, skill] of [
    ["quiz me on sql", "SQL"],
    ["quiz me on docker", "Docker"],
    ["quiz me on statistics", "Statistics"],
  ] as const) {
    it(`GIVEN "${asked}" answered WHEN they ask for another quiz a few minutes later THEN it is ${skill} again, five times over`, async () => {
      const user = `follow-${skill}`;
      let reply = await say(bot, user, asked);
      expect(quizSkillOf(reply)).toBe(skill);
      // Five in a row: a topic chosen by chance would leave the skill well before that.
      for (let i = 0; i < 5; i++) {
        await answerFirstOption(bot, user, reply);
        bot.clock.advance(3 * MINUTE);
        reply = await say(bot, user, "quiz");
        expect(quizSkillOf(reply)).toBe(skill);
      }
    });
  }

  it("GIVEN a quiz on SQL answered WHEN the person asks for another one in words THEN it is SQL again", async () => {
    const user = "follow-words";
    await answerFirstOption(bot, user, await say(bot, user, "quiz me on sql"));
    bot.clock.advance(2 * MINUTE);
    // The reviewer's follow-ups (routed to a quiz without a topic), and wordings of our own.
    for (const again of ["another one", "next question", "one more", "quiz me", "another quiz"])
      expect(quizSkillOf(await say(bot, user, again))).toBe("SQL");
  });

  it("GIVEN a quiz on SQL answered WHEN the person names another topic THEN the named topic wins", async () => {
    const user = "follow-named";
    await answerFirstOption(bot, user, await say(bot, user, "quiz me on sql"));
    bot.clock.advance(MINUTE);
    expect(quizSkillOf(await say(bot, user, "quiz docker"))).toBe("Docker");
    expect(quizSkillOf(await say(bot, user, "quiz me on git"))).toBe("Git");
  });

  it("GIVEN a quiz on SQL answered over half an hour ago WHEN they ask for a quiz THEN the choice is made afresh, as for someone never quizzed", async () => {
    const fresh = await testBot();
    const expected: string[] = [];
    for (let i = 0; i < 4; i++) expected.push(quizSkillOf(await say(fresh, "new", "quiz")));
    expect(expected.every((skill) => skill === "SQL")).toBe(false);

    const user = "follow-late";
    await answerFirstOption(bot, user, await say(bot, user, "quiz me on sql"));
    bot.clock.advance(31 * MINUTE);
    const later: string[] = [];
    for (let i = 0; i < 4; i++) later.push(quizSkillOf(await say(bot, user, "quiz")));
    expect(later.every((skill) => skill === "SQL")).toBe(false);
  });
});
