import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { askedAt } from "../../src/features/confirmations.ts";
import {
  buttonsOf,
  headingOf as heading,
  person,
  press,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";
import { writeBakeryMatrix } from "./bakery-matrix.ts";

/**
 * Everyday wordings about tracks and mentoring the routing misread: tracks named after "what is
 * ml", track switches asked about or refused, role and career words, somebody else becoming a
 * mentor, and mentor opt-in and opt-out in plain words.
 */
const isOverview = (reply: Reply) => /skills in \d+ areas/.test(textOf(reply));

describe("everyday wordings about tracks and mentoring", () => {
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
        expect.objectContaining({
          action: ACTIONS.trackSet,
          value: askedAt("mlops-engineer", bot.clock.now()),
        }),
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
        const on = askedAt("on", bot.clock.now());
        expect(button).toEqual(expect.objectContaining({ action: ACTIONS.mentorSet, value: on }));
        const pressed = await press(bot, "ann", ACTIONS.mentorSet, on);
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
        const off = askedAt("off", bot.clock.now());
        expect(buttonsOf(reply)).toEqual([
          expect.objectContaining({ action: ACTIONS.mentorSet, value: off }),
        ]);
        expect(textOf(await press(bot, "ann", ACTIONS.mentorSet, off))).toMatch(/no longer listed/);
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
});
