import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import {
  buttonsOf,
  newPerson,
  PUBLIC,
  person,
  press,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * A rating is saved at once only when typed as the command, `rate` and digits. A list typed
 * without `rate` ("pandas 2 and numpy 1", which is how versions look too) is offered, a button a
 * pair; rubric words and digits in chat are not taken for levels out of context; `quiz results`
 * is the person's results, not a quiz on "results".
 */
let bot: TestBot;
beforeAll(async () => {
  bot = await testBot();
});

const levels = async (user: string) =>
  Object.fromEntries(
    Object.entries((await bot.core.people.get(person(user))).ratings).map(([id, r]) => [
      id,
      r.level,
    ]),
  );
const saveButtons = (reply: Reply) => buttonsOf(reply).filter((b) => b.action === ACTIONS.rateSet);

describe("a list of ratings typed without `rate`", () => {
  it.each([
    // the reviewer's
    ["pandas 2 and numpy 1", { pandas: 2, numpy: 1 }, ["pandas → 2", "NumPy → 1"]],
    ["python 3 and pandas 2", { python: 3, pandas: 2 }, ["Python → 3", "pandas → 2"]],
    // variants
    ["sql 2; git 0", { sql: 2, git: 0 }, ["SQL → 2", "Git → 0"]],
    ["docker 1, kubernetes 3 and git 4", { docker: 1, kubernetes: 3, git: 4 }, ["Docker → 1"]],
  ])(
    "GIVEN pandas 4 and numpy 3 rated WHEN %j THEN each pair is offered, none saved until pressed",
    async (typed, expected, labels) => {
      const user = newPerson("bare");
      await sayAll(bot, user, ["rate pandas 4", "rate numpy 3"]);
      const reply = await say(bot, user, typed);
      expect(textOf(reply)).not.toMatch(/Saved/);
      expect(await levels(user)).toEqual({ pandas: 4, numpy: 3 });
      const buttons = saveButtons(reply);
      expect(buttons.map((b) => b.label)).toEqual(expect.arrayContaining(labels));
      expect(buttons).toHaveLength(Object.keys(expected).length);
      for (const button of buttons) {
        expect(button.value).toMatch(/^[a-z0-9-]+:[0-4]~[0-9a-z]+$/);
        expect(textOf(await press(bot, user, button.action, button.value))).toMatch(/Saved/);
      }
      expect(await levels(user)).toMatchObject(expected);
    },
  );

  it.each([
    ["rate pandas 2 and numpy 1", { pandas: 2, numpy: 1 }],
    ["rate python 3, sql 2", { pandas: 4, numpy: 3, python: 3, sql: 2 }],
  ])(
    "GIVEN pandas 4 and numpy 3 WHEN %j (with `rate`) THEN it saves at once",
    async (typed, expected) => {
      const user = newPerson("cmd");
      await sayAll(bot, user, ["rate pandas 4", "rate numpy 3"]);
      expect(textOf(await say(bot, user, typed))).toMatch(/Saved/);
      expect(await levels(user)).toMatchObject(expected);
    },
  );

  it.each(["python 3.11, numpy 1.26", "python 3.12 and pandas 2.2", "sql 7, git 9"])(
    "GIVEN %j (numbers that are no levels) THEN it is no rating list",
    async (typed) => {
      const user = newPerson("version");
      const reply = await say(bot, user, typed);
      expect(textOf(reply)).not.toMatch(/isn't a level I understand|Saved/);
      expect(saveButtons(reply)).toEqual([]);
      expect(await levels(user)).toEqual({});
    },
  );
});

describe("levels in chat", () => {
  it.each(["i am working", "I'm aware", "none", "expert", "practitioner", "I'm an expert"])(
    "GIVEN nothing talked about WHEN %j THEN it is chat, not a level",
    async (typed) => {
      const user = newPerson("chat");
      const reply = await say(bot, user, typed);
      expect(textOf(reply)).not.toMatch(/Which skill is that/);
      expect(saveButtons(reply)).toEqual([]);
    },
  );

  it.each(["it's 3", "maybe 2", "2", "3 please"])(
    "GIVEN nothing talked about WHEN %j THEN it asks which skill",
    async (typed) => {
      const reply = await say(bot, newPerson("digits"), typed);
      expect(textOf(reply)).toMatch(/Which skill is that/);
    },
  );

  it.each(["2", "maybe 3", "it's 1"])(
    "GIVEN a quiz question with buttons just shown WHEN %j THEN it says to press a button",
    async (typed) => {
      const user = newPerson("quiz");
      await say(bot, user, "quiz sql");
      const reply = await say(bot, user, typed);
      expect(textOf(reply)).toMatch(/press one of the buttons/i);
      expect(textOf(reply)).not.toMatch(/Which skill is that/);
      expect(saveButtons(reply)).toEqual([]);
    },
  );

  it("GIVEN a quiz question answered, then `rate docker` WHEN `2` THEN Docker at 2 is offered", async () => {
    const user = newPerson("after");
    await say(bot, user, "quiz sql");
    bot.clock.advance(1000);
    await say(bot, user, "rate docker");
    expect(textOf(await say(bot, user, "2"))).toContain("Set Docker to 2");
  });
});

describe("quiz results typed as a command", () => {
  it.each(["quiz results", "quiz score", "quiz scores", "Quiz results?", "quiz results please"])(
    "GIVEN %j THEN the profile with the quiz answers is shown",
    async (typed) => {
      const reply = await say(bot, newPerson("results"), typed);
      expect(textOf(reply)).toMatch(/Skill profile/);
      expect(textOf(reply)).not.toMatch(/couldn't find/);
    },
  );

  it("GIVEN `quiz results` in public THEN no skill lookup of 'results'", async () => {
    expect(textOf(await say(bot, newPerson("pub"), "quiz results", PUBLIC))).not.toMatch(
      /couldn't find "results"/,
    );
  });

  it.each([
    ["quiz stats", /Statistics/],
    ["quiz sql", /SQL/],
  ])("GIVEN %j THEN it is still a quiz", async (typed, shown) => {
    const reply = await say(bot, newPerson("near"), typed);
    expect(buttonsOf(reply).some((b) => b.action === ACTIONS.quizAnswer)).toBe(true);
    expect(textOf(reply)).toMatch(shown);
  });
});

describe("levels said in words beside a skill", () => {
  it.each([
    // the reviewer's
    ["docker: beginner", "Docker", 1],
    ["sql is ok I guess", "SQL", 2],
    ["my pytorch is basic", "PyTorch", 1],
    ["never touched kubernetes", "Kubernetes", 0],
    // variants
    ["git: pretty good", "Git", 3],
    ["my docker skills are decent", "Docker", 2],
    ["pandas is decent i think", "pandas", 2],
  ])("GIVEN %j THEN %s at %i is offered, not saved", async (typed, name, level) => {
    const user = newPerson("words");
    const reply = await say(bot, user, typed);
    expect(textOf(reply)).toContain(`Set ${name} to ${level}`);
    expect(saveButtons(reply)).toHaveLength(1);
    expect(await levels(user)).toEqual({});
  });

  it.each([
    ["numpy good, pandas very good, statistics weak", ["NumPy", "pandas", "Statistics"]],
    ["docker decent and kubernetes weak", ["Docker", "Kubernetes"]],
  ])("GIVEN %j THEN every skill is offered, none dropped or saved", async (typed, names) => {
    const user = newPerson("several");
    const reply = await say(bot, user, typed);
    const labels = buttonsOf(reply).map((b) => b.label);
    for (const name of names) expect(labels).toContain(name);
    expect(textOf(reply)).not.toMatch(/Why it matters/);
    expect(await levels(user)).toEqual({});
  });

  it.each([
    "sql is ok for this?",
    "python is great",
    "is docker good for ml?",
    "my docker image is good",
  ])("GIVEN %j (about the thing, not oneself) THEN no rating is offered", async (typed) => {
    const reply = await say(bot, newPerson("near"), typed);
    expect(textOf(reply)).not.toMatch(/^Set /);
    expect(saveButtons(reply)).toEqual([]);
  });
});
