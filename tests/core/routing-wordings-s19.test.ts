import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { buttonsOf, person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { writeBakeryMatrix } from "./bakery-matrix.ts";

/**
 * Everyday wordings the routing misread (review s19): tracks named after "what is ml", track
 * switches asked about or refused, mentor opt-in/out in plain words, bare yes-words after a
 * confirmation, quiz requests and refusals, "level N" ratings, the bot's own commands typed as
 * text, and a team's skill whose name starts with a filler word.
 */
const heading = (reply: Reply) => {
  const block = reply.blocks.find((b) => b.kind === "heading");
  return block?.kind === "heading" ? block.text : undefined;
};
const isOverview = (reply: Reply) => /skills in \d+ areas/.test(textOf(reply));
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

describe("routing of everyday wordings (review s19)", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });
  const trackOf = async (user: string) => (await bot.core.people.get(person(user))).track;
  const mentorOf = async (user: string) => (await bot.core.people.get(person(user))).mentor;

  describe("1. 'ml' that belongs to a track's name is not dropped as phrasing", () => {
    it.each([
      ["what is ML Engineer track", "ml-engineer"],
      ["what is ML engineer", "ml-engineer"],
      ["what is ml engineering", "ml-engineer"],
      ["what is ml ops", "mlops-engineer"],
      ["what is the ML engineer track?", "ml-engineer"],
      ["whats ml eng", "ml-engineer"],
    ])("GIVEN %j WHEN asked THEN the track is explained", async (q, track) => {
      const reply = await say(bot, "ann", q);
      expect(buttonsOf(reply)).toContainEqual(
        expect.objectContaining({ action: ACTIONS.pathShow, value: `track:${track}` }),
      );
    });

    it.each([
      ["what is ml model serving", /^Model Serving/],
      ["what is machine learning model evaluation", /^Model Evaluation/],
      ["what is ai model serving", /^Model Serving/],
    ])("GIVEN %j WHEN asked THEN the named skill, as before", async (q, title) => {
      expect(heading(await say(bot, "ann", q))).toMatch(title);
    });

    it.each(["what is ml", "what is machine learning?", "whats ML"])(
      "GIVEN the ML matrix and %j WHEN asked THEN the overview, as before",
      async (q) => {
        expect(isOverview(await say(bot, "ann", q))).toBe(true);
      },
    );

    it.each(["what is ml?", "what is ai?", "what is machine learning", "whats ML?"])(
      "GIVEN a bakery team's matrix and %j WHEN asked THEN not the bakery overview as if it were ML",
      async (q) => {
        const bakery = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
        expect(isOverview(await say(bakery, "ann", q))).toBe(false);
      },
    );

    it.each(["what is bakery?", "what is the bakery team", "what is the skill matrix"])(
      "GIVEN a bakery team's matrix and %j (its own name) WHEN asked THEN its overview",
      async (q) => {
        const bakery = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
        expect(isOverview(await say(bakery, "ann", q))).toBe(true);
      },
    );
  });

  describe("2. only a plain command switches the track at once", () => {
    it.each([
      "should I switch my track to mlops?",
      "what happens if I set my track to mlops?",
      "my manager wants to switch me to the mlops track, is that a good idea?",
      "would it make sense to set my track to mlops",
      "is it wise to switch me to the mlops track?",
    ])("GIVEN %j WHEN asked THEN nothing changes and a Switch button is offered", async (q) => {
      const reply = await say(bot, "ann", q);
      expect(await trackOf("ann")).toBeUndefined();
      expect(buttonsOf(reply)).toEqual([
        expect.objectContaining({ action: ACTIONS.trackSet, value: "mlops-engineer" }),
      ]);
    });

    it.each([
      "I don't want to change my track to mlops",
      "please don't switch me to the mlops track",
      "never set my track to mlops",
    ])(
      "GIVEN the refusal %j WHEN said THEN the track stays and no Switch is offered",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(await trackOf("ann")).toBeUndefined();
        expect(buttonsOf(reply).map((b) => b.action)).not.toContain(ACTIONS.trackSet);
      },
    );

    it.each([
      "set my track to mlops",
      "switch me to mlops",
      "my track is mlops",
      "please set my track to mlops",
      "switch me to the mlops track",
      "set my role to mlops engineer",
      "change my track to mlops pls",
    ])("GIVEN the command %j WHEN said THEN the track switches at once", async (q) => {
      const reply = await say(bot, "ann", q);
      expect(await trackOf("ann")).toBe("mlops-engineer");
      expect(textOf(reply)).toMatch(/Your track is now/);
    });

    it("GIVEN 'use the mlops track as an example' WHEN said THEN it is still asked about first", async () => {
      const reply = await say(bot, "ann", "use the mlops track as an example");
      expect(await trackOf("ann")).toBeUndefined();
      expect(buttonsOf(reply)[0]?.action).toBe(ACTIONS.trackSet);
    });
  });

  describe("3. somebody else becoming a mentor is a search for mentors", () => {
    it.each([
      "anyone willing to be a mentor for python?",
      "does anyone want to become a mentor for python",
      "is somebody here happy to be a mentor for python?",
    ])("GIVEN %j WHEN asked THEN the mentors for Python are listed", async (q) => {
      expect(heading(await say(bot, "ann", q))).toBe("Mentors for Python");
    });

    it.each([
      ["would any of you like to be a mentor for pandas", "Mentors for pandas"],
      ["is anybody here willing to become a mentor for docker?", "Mentors for Docker"],
    ])("GIVEN %j WHEN asked THEN the mentors for that skill are listed", async (q, title) => {
      expect(heading(await say(bot, "ann", q))).toBe(title);
    });

    it.each([
      "can I be a mentor for python",
      "I want to become a mentor",
      "how do I become a mentor",
    ])("GIVEN %j WHEN asked THEN it still explains `mentor on`", async (q) => {
      const reply = await say(bot, "ann", q);
      expect(textOf(reply)).toMatch(/mentor on/);
      expect(heading(reply)).toBeUndefined();
    });
  });

  describe("4. mentor opt-in and opt-out in plain words", () => {
    it.each([
      "sign me up as a mentor",
      "add me as a mentor",
      "put me on the mentor list",
      "list me as a mentor please",
      "turn on mentoring",
    ])(
      "GIVEN %j WHEN said THEN a button offers `mentor on` and pressing it lists them",
      async (q) => {
        await say(bot, "ann", "rate docker 3");
        const reply = await say(bot, "ann", q);
        expect(reply.visibility).toBe("private");
        expect(await mentorOf("ann")).toBeFalsy();
        const [button] = buttonsOf(reply);
        expect(button).toEqual(expect.objectContaining({ action: ACTIONS.mentorSet, value: "on" }));
        const pressed = await press(bot, "ann", ACTIONS.mentorSet, "on");
        expect(textOf(pressed)).toMatch(/You're now listed as a mentor/);
        expect(await mentorOf("ann")).toBe(true);
        expect(heading(await say(bot, "bob", "mentors for docker"))).toBe("Mentors for Docker");
      },
    );

    it.each([
      "stop listing me as mentor",
      "remove me from mentors",
      "turn off mentoring",
      "I don't want to be a mentor anymore",
      "take me off the mentor list",
      "I no longer want to mentor",
      "stop being a mentor",
    ])(
      "GIVEN a listed mentor says %j THEN a button offers `mentor off` that unlists them",
      async (q) => {
        await say(bot, "ann", "rate docker 3");
        await say(bot, "ann", "mentor on");
        const reply = await say(bot, "ann", q);
        expect(await mentorOf("ann")).toBe(true);
        expect(buttonsOf(reply)).toEqual([
          expect.objectContaining({ action: ACTIONS.mentorSet, value: "off" }),
        ]);
        expect(textOf(await press(bot, "ann", ACTIONS.mentorSet, "off"))).toMatch(
          /no longer listed/,
        );
        expect(await mentorOf("ann")).toBe(false);
      },
    );

    it("GIVEN a stale or forged mentor button value WHEN pressed THEN nothing changes", async () => {
      const pressed = await press(bot, "ann", ACTIONS.mentorSet, "maybe");
      expect(textOf(pressed)).not.toMatch(/listed/);
      expect(await mentorOf("ann")).toBeFalsy();
    });

    it.each(["how are mentors chosen", "how does mentoring work", "how do mentors get picked?"])(
      "GIVEN %j WHEN asked THEN the mentor how-to, not a list",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(textOf(reply)).toMatch(/mentor on/);
        expect(buttonsOf(reply)).toEqual([]);
        expect(await mentorOf("ann")).toBeFalsy();
      },
    );

    it.each([
      ["who can mentor me in python", "Mentors for Python"],
      ["mentors for docker", "Mentors for Docker"],
      ["is there a mentor for sql?", "Mentors for SQL"],
    ])("GIVEN %j WHEN asked THEN the mentor list, as before", async (q, title) => {
      expect(heading(await say(bot, "ann", q))).toBe(title);
    });

    it("GIVEN 'find me a mentor' WHEN asked THEN asks which skill, as before", async () => {
      const reply = await say(bot, "ann", "find me a mentor");
      expect(textOf(reply)).toMatch(/which one\?|which skill/i);
      expect(buttonsOf(reply).map((b) => b.action)).not.toContain(ACTIONS.mentorSet);
    });
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

  describe("8. role and career words go to the track", () => {
    it.each([
      "set my role to ML engineer",
      "change my role to mlops engineer",
      "update my career path to mlops",
    ])("GIVEN %j WHEN said THEN the track, not the rating form", async (q) => {
      const reply = await say(bot, "ann", q);
      expect(reply.form).toBeUndefined();
      expect(textOf(reply)).toMatch(/track/i);
    });

    it.each(["update my python to 3", "change my sql rating to 2"])(
      "GIVEN %j WHEN said THEN still a rating",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(buttonsOf(reply)[0]?.action).toBe(ACTIONS.rateSet);
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
        expect.objectContaining({ action: ACTIONS.rateSet, value }),
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
