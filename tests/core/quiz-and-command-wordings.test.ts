import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { askedAt } from "../../src/features/confirmations.ts";
import {
  buttonsOf,
  headingOf as heading,
  person,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * Everyday wordings of quizzes and commands the routing misread: bare yes-words after a
 * confirmation, quiz requests and refusals, asking for the next question, "level N" ratings,
 * the bot's own commands typed as text, and a team's skill whose name starts with a filler word.
 */
const isQuiz = (reply: Reply) => /^Quiz:/.test(textOf(reply));
const quizSkill = (reply: Reply) => textOf(reply).match(/^Quiz: (.+?) \(level/)?.[1];

/** A team's matrix with skills whose names start with words commands treat as filler. */
function writeOpsMatrix(): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-ops-"));
  mkdirSync(join(dir, "skills"));
  writeFileSync(
    join(dir, "matrix.yaml"),
    "id: ops\nname: Ops Team\nareas:\n  - id: operations\n    name: Operations\n    summary: Running services.\n",
  );
  const skill = (id: string, name: string) => `
  - id: ${id}
    name: ${name}
    areaId: operations
    summary: ${name} for services.
    prerequisites: []
    rubric:
      1: Has seen it done.
      2: Does it with help.
      3: Does it alone.
      4: Teaches it.`;
  writeFileSync(
    join(dir, "skills", "all.yaml"),
    `skills:${skill("on-call", "On-call")}${skill("in-memory-caching", "In-memory caching")}${skill("terraform", "Terraform")}\n`,
  );
  return dir;
}

describe("everyday wordings of quizzes and commands", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  describe("5. a typed yes after a confirmation does not read as saved", () => {
    it.each(["sure", "alright", "ok", "yes", "yep", "Yes!", "yeah sure", "go ahead", "okay."])(
      "GIVEN a Save question WHEN %j is typed THEN nothing is saved and the reply points at the button",
      async (yes) => {
        await say(bot, "ann", "I'm a 3 in python");
        const reply = await say(bot, "ann", yes);
        expect(textOf(reply)).not.toMatch(/Glad to help/);
        expect(textOf(reply)).toMatch(/button/);
        expect((await bot.core.people.get(person("ann"))).ratings.python).toBeUndefined();
      },
    );

    it.each(["thanks", "ok thanks!", "thank you", "hi"])(
      "GIVEN %j WHEN typed THEN the friendly small-talk reply, as before",
      async (q) => {
        expect(textOf(await say(bot, "ann", q))).toMatch(/Glad to help|^Hi!/);
      },
    );
  });

  describe("6. quiz wordings", () => {
    it.each([
      ["quizz me on numpy pls", "NumPy"],
      ["any quizzes on docker?", "Docker"],
      ["quizzes on sql", "SQL"],
      ["test my pandas knowledge", "pandas"],
      ["test my docker knowledge", "Docker"],
      ["can you ask me some stats questions", "Statistics"],
      ["ask me 3 questions on pandas", "pandas"],
      ["test my sql skills", "SQL"],
      ["could you ask me a few docker questions?", "Docker"],
      ["got any quizes about docker", "Docker"],
    ])("GIVEN %j WHEN asked THEN a quiz on that topic starts", async (q, skill) => {
      const reply = await say(bot, "ann", q);
      expect(quizSkill(reply)).toBe(skill);
    });

    it.each([
      "don't quiz me on math",
      "no quiz please",
      "no more quizzes",
      "please stop quizzing me",
      "I don't want a quiz",
    ])("GIVEN %j WHEN said THEN no quiz starts, and a friendly word comes back", async (q) => {
      const reply = await say(bot, "ann", q);
      expect(isQuiz(reply)).toBe(false);
      expect(textOf(reply)).toMatch(/quiz/i);
      expect(textOf(reply)).not.toMatch(/not sure what you mean/);
    });

    it.each([
      ["quiz me on sql", "SQL"],
      ["how do I write unit tests", undefined],
    ])("GIVEN %j WHEN asked THEN as before", async (q, skill) => {
      expect(quizSkill(await say(bot, "ann", q))).toBe(skill);
    });
  });

  describe("7. asking for the next question", () => {
    it.each(["next question", "another one", "next one", "one more", "Next question please"])(
      "GIVEN a quiz WHEN %j THEN another quiz question comes",
      async (q) => {
        await say(bot, "ann", "quiz me on sql");
        expect(isQuiz(await say(bot, "ann", q))).toBe(true);
      },
    );

    it.each(["next steps", "next week I want to learn spark"])(
      "GIVEN %j WHEN typed THEN not a quiz",
      async (q) => {
        expect(isQuiz(await say(bot, "ann", q))).toBe(false);
      },
    );
  });

  describe("9. ratings said with 'level' or a rubric word", () => {
    it.each([
      ["i'm level 4 in sql", "sql:4"],
      ["my sql is level 2", "sql:2"],
      ["i'm a level 2 sql person", "sql:2"],
      ["put python at practitioner", "python:3"],
      ["I'm at level 3 with docker", "docker:3"],
      ["my pandas is at level 1", "pandas:1"],
      ["set docker to expert", "docker:4"],
      ["put pandas at working", "pandas:2"],
    ])("GIVEN %j WHEN said THEN the rating is offered to confirm", async (q, value) => {
      const reply = await say(bot, "ann", q);
      expect(buttonsOf(reply)).toEqual([
        expect.objectContaining({
          action: ACTIONS.rateSet,
          value: askedAt(value, bot.clock.now()),
        }),
      ]);
      expect((await bot.core.people.get(person("ann"))).ratings).toEqual({});
    });

    it.each([
      "what level is sql?",
      "what is level 2 in python",
      "my docker image is level 2 of the build",
    ])("GIVEN %j WHEN asked THEN no rating is offered", async (q) => {
      expect(buttonsOf(await say(bot, "ann", q)).map((b) => b.action)).not.toContain(
        ACTIONS.rateSet,
      );
    });
  });

  describe("10. the bot's own name and commands typed as text", () => {
    it.each([
      "hi what is this",
      "what can this bot do",
      "what is this bot?",
      "what does this thing do",
    ])("GIVEN %j WHEN asked THEN the help", async (q) => {
      expect(textOf(await say(bot, "ann", q))).toMatch(/rate/);
      expect(textOf(await say(bot, "ann", q))).not.toMatch(/not sure what you mean/);
    });

    it("GIVEN '/skills help' typed WHEN read THEN the help, like 'help'", async () => {
      expect(textOf(await say(bot, "ann", "/skills help"))).toBe(
        textOf(await say(bot, "ann", "help")),
      );
    });

    it("GIVEN '/skills profile' typed WHEN read THEN the profile, like 'profile'", async () => {
      expect(textOf(await say(bot, "ann", "/skills profile"))).toBe(
        textOf(await say(bot, "ann", "profile")),
      );
    });

    it("GIVEN '/skills rate python 3' typed WHEN read THEN Python is rated 3", async () => {
      await say(bot, "ann", "/skills rate python 3");
      expect((await bot.core.people.get(person("ann"))).ratings.python?.level).toBe(3);
    });

    it("GIVEN 'what is this skill about: docker' WHEN asked THEN not the help", async () => {
      expect(heading(await say(bot, "ann", "what is docker"))).toMatch(/^Docker/);
    });
  });

  describe("11. a skill whose name starts with a filler word", () => {
    let ops: TestBot;
    beforeEach(async () => {
      ops = await testBot({ env: { SKILLBOT_MATRIX: writeOpsMatrix() } });
    });

    it.each([
      ["rate on call 3", "on-call", 3],
      ["rate on-call 2", "on-call", 2],
      ["rate in memory caching 1", "in-memory-caching", 1],
      ["rate for terraform 2", "terraform", 2],
    ])("GIVEN %j WHEN typed THEN that skill is rated", async (q, skill, level) => {
      await say(ops, "ann", q);
      expect((await ops.core.people.get(person("ann"))).ratings[skill]?.level).toBe(level);
    });

    it.each([
      ["mentor on call", "Mentors for On-call"],
      ["mentor for on call", "Mentors for On-call"],
      ["mentor in memory caching", "Mentors for In-memory caching"],
    ])("GIVEN %j WHEN typed THEN the mentors for it", async (q, title) => {
      expect(heading(await say(ops, "ann", q))).toBe(title);
    });
  });
});
