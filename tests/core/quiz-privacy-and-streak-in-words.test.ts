import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import {
  buttonsOf,
  newPerson,
  press,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * "Did tomasz get the sql quiz right?" asks about someone else's quiz answers, which are private
 * like ratings: said so, never a quiz for the asker. "What's my streak?" is `quiz streak`.
 */
let bot: TestBot;
beforeAll(async () => {
  bot = await testBot();
  await say(bot, "tomasz", "rate sql 4");
  const quiz = await say(bot, "tomasz", "quiz sql");
  const answer = buttonsOf(quiz).find((b) => b.action === ACTIONS.quizAnswer);
  await press(bot, "tomasz", answer?.action ?? "", answer?.value ?? "");
});

describe("someone else's quiz answers", () => {
  it.each([
    // the reviewer's
    ["did tomasz get the sql quiz right?", "tomasz"],
    // the brief's variants
    ["how did alice do on the quiz", "alice"],
    ["what did bob answer yesterday", "bob"],
    // variants of our own
    ["did carol pass the docker quiz", "carol"],
    ["what did dana score on the quiz?", "dana"],
  ])("GIVEN %j WHEN asked THEN quiz answers are private to %s", async (typed, who) => {
    const reply = await say(bot, newPerson("mgr"), typed);
    const shown = textOf(reply);
    expect(shown).toMatch(/so are quiz answers/);
    expect(shown).toContain(`only ${who} can see`);
    expect(shown).not.toMatch(/^Quiz:/m);
    expect(buttonsOf(reply).filter((b) => b.action === ACTIONS.quizAnswer)).toEqual([]);
  });

  it.each([
    ["did I get the sql quiz right?", /./],
    ["quiz me on sql", /^Quiz: SQL/m],
    ["how did I do on the quiz", /./],
    ["what did alice rate herself in sql?", /Ratings are private/],
  ])("GIVEN %j WHEN asked THEN it is not said to be someone else's", async (typed, shown) => {
    const reply = textOf(await say(bot, newPerson("own"), typed));
    expect(reply).toMatch(shown);
    expect(reply).not.toMatch(/only (?:i|I|me) can see/);
  });
});

describe("the streak asked in plain words", () => {
  let streak: string;
  beforeAll(async () => {
    streak = textOf(await say(bot, newPerson("streak"), "quiz streak"));
  });

  it.each([
    // the reviewer's
    "what's my streak?",
    "how long is my streak",
    "show my streak",
    // variants
    "what is my current streak",
    "my streak?",
    "how's my quiz streak",
  ])("GIVEN %j WHEN asked THEN it is the streak", async (typed) => {
    expect(textOf(await say(bot, newPerson("streak"), typed))).toBe(streak);
  });

  it.each(["what is a streak?", "show my profile", "how do streaks work"])(
    "GIVEN %j WHEN asked THEN it is not the streak",
    async (typed) => {
      expect(textOf(await say(bot, newPerson("streak"), typed))).not.toBe(streak);
    },
  );
});
