import { beforeAll, describe, expect, it } from "vitest";
import { headingOf, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * Messages that are not a question about the person's own learning: a statement of what they
 * know, a track the matrix does not have, the team's or a teammate's ratings. Each gets a
 * plain answer, not a mentor search, a general path or an explanation of a skill.
 */
describe("statements, unknown tracks and questions about others", () => {
  let bot: TestBot;
  let n = 0;
  const ask = async (typed: string) => textOf(await say(bot, `p${n++}`, typed));
  beforeAll(async () => {
    bot = await testBot();
  });

  describe("'I know <something not in the matrix>' is a statement, not a mentor search", () => {
    it.each([
      ["I know terraform really well", "terraform"],
      ["I know terraform", "terraform"],
      ["I'm really good with ansible", "ansible"],
    ])("GIVEN %j THEN it says there is no skill called %j", async (typed, topic) => {
      const reply = await ask(typed);
      expect(reply).toContain(`I don't know a skill called "${topic}"`);
      expect(reply).not.toMatch(/Nobody can be listed|really/);
    });

    it.each([
      ["who knows terraform?", /Nobody can be listed for terraform/],
      ["I know docker really well", /Set Docker to 3/],
    ])("GIVEN %j THEN still %s", async (typed, expected) => {
      expect(await ask(typed)).toMatch(expected);
    });
  });

  describe("a track the matrix does not have", () => {
    it.each([
      "what should I learn for the data engineer track",
      "what should I learn on the frontend developer track?",
      "show me the path for the security track",
    ])("GIVEN %j THEN it says there is no such track and lists the tracks", async (typed) => {
      const reply = await ask(typed);
      expect(reply).toMatch(
        /There is no track called "[\w ]+"\. Tracks: ML Engineer or MLOps Engineer\./,
      );
    });

    it.each([
      ["what should I learn for the mlops track", "Next steps in MLOps Engineer"],
      ["I'm on the right track, what should I learn next?", "Next steps in ML Engineer"],
      [
        "what should I learn for the data engineering track",
        "Next steps in Data Engineering and MLOps",
      ],
    ])("GIVEN %j THEN still %j", async (typed, heading) => {
      expect(headingOf(await say(bot, `p${n++}`, typed))).toBe(heading);
    });
  });

  describe("the team's ratings", () => {
    it.each([
      "what are the team's weakest skills?",
      "what's our team's biggest gap?",
      "show me the team's ratings",
    ])(
      "GIVEN %j THEN it says what it can say about the team, not that it isn't in the matrix",
      async (typed) => {
        const reply = await ask(typed);
        expect(reply).toMatch(/private/);
        expect(reply).toMatch(/at least 5/);
        expect(reply).not.toMatch(/isn't in this team's skill matrix/);
      },
    );

    it("GIVEN a question about the team's level in a named skill THEN that skill is explained, as before", async () => {
      expect(await ask("what is the team's level in docker")).toMatch(/^Docker · /);
    });
  });

  describe("a teammate's rating", () => {
    it.each([
      ["what's bob's rating in sql?", "bob", "SQL"],
      ["what is Alice's level in python", "Alice", "Python"],
      ["show me sam's profile", "sam", undefined],
    ])("GIVEN %j THEN ratings are private to %s", async (typed, who, skill) => {
      const reply = await ask(typed);
      expect(reply).toContain(`only ${who} can see`);
      if (skill) expect(reply).toContain(`mentor ${skill.toLowerCase()}`);
      expect(reply).not.toMatch(/Why it matters/);
    });

    it.each([
      ["what's python's typing like?", /Python/],
      ["show my profile", /^Skill profile/],
    ])("GIVEN %j THEN not about a teammate", async (typed, expected) => {
      const reply = await ask(typed);
      expect(reply).toMatch(expected);
      expect(reply).not.toMatch(/only .* can see/);
    });
  });
});
