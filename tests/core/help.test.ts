import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { asker, DM, PUBLIC, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

describe("help", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN two people asking WHEN help is shown THEN both get the one shared reply, frozen so nobody can change it", async () => {
    const first = await say(bot, "ana", "help");
    const second = await say(bot, "bo", "help");
    expect(second).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.blocks)).toBe(true);
    expect(() => (first.blocks as unknown[]).push({ kind: "divider" })).toThrow(TypeError);
    expect(textOf(first)).toMatch(/rate <skill> <0-4>/);
  });

  it("GIVEN a channel and a DM WHEN help is shown THEN each has its own visibility", async () => {
    const inDm = await bot.bot.run(asker("ana", DM), { name: "help" });
    const inChannel = await bot.bot.run(asker("ana", PUBLIC), { name: "help" });
    expect(inDm.visibility).toBe("private");
    expect(inChannel.visibility).toBe("public");
    expect(textOf(inChannel)).toBe(textOf(inDm));
  });

  it.each([
    ["help me", /Skillbot: skill mentoring/],
    ["help please", /Skillbot: skill mentoring/],
    ["quiz me", /Quiz: /],
    ["quiz me on sql", /Quiz: SQL/],
    ["quiz me about sql", /Quiz: SQL/],
    ["forget me!", /This deletes everything I store about you/],
    ["Forget me please", /This deletes everything I store about you/],
    ["delete my data", /This deletes everything I store about you/],
  ])("GIVEN %j, as people say it THEN it is the command they mean", async (typed, answer) => {
    expect(textOf(await say(bot, "ana", typed))).toMatch(answer);
  });

  it.each([
    [ACTIONS.pathShow, "skill:retired-skill"],
    [ACTIONS.quizNext, "area:retired-area"],
    [ACTIONS.pathShow, "track:retired-track"],
  ])(
    "GIVEN a %s button naming %s, gone from the matrix since THEN the person hears the button is out of date",
    async (action, value) => {
      const reply = await press(bot, "ana", action, value);
      expect(textOf(reply)).toMatch(/That button doesn't do anything any more/);
      expect(reply.visibility).toBe("private");
    },
  );
});
