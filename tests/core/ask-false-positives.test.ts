import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
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

/**
 * Ordinary questions that the routing cues (tracks, overview, self-ratings, small talk, mentoring,
 * quiz, profile) misread as something else. Each is checked by the reply that comes back.
 */
describe("ordinary questions are not misread by the routing cues", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });
  const trackOf = async (user: string) => (await bot.core.people.get(person(user))).track;

  describe("'track' as a verb or in 'track record'", () => {
    it.each([
      "I use mlflow to track experiments",
      "how can I use mlflow to track my experiments",
      "should I use mlflow to track my runs",
      "use mlflow to track runs or something else?",
    ])(
      "GIVEN %j WHEN asked THEN Experiment Tracking is explained, not the track list",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(heading(reply)).toMatch(/^Experiment Tracking/);
        expect(textOf(reply)).not.toMatch(/Available tracks/);
      },
    );

    it("GIVEN 'my track record with spark is bad' WHEN asked THEN it is about Spark or honestly unsure, not the tracks", async () => {
      const reply = await say(bot, "ann", "my track record with spark is bad");
      expect(textOf(reply)).not.toMatch(/Available tracks/);
      // Every word of it is everyday English, as in "my head is in the cloud today": Spark,
      // or an honest "not sure" (see not-sure-without-unrelated-skills.test.ts), not the tracks.
      expect(heading(reply) ?? textOf(reply)).toMatch(/Spark|^I'm not sure/);
    });
  });

  describe("choosing a track from free text", () => {
    it("GIVEN 'use the mlops track as an example' WHEN typed THEN the person's track is not changed", async () => {
      const reply = await say(bot, "ann", "use the mlops track as an example");
      expect(textOf(reply)).not.toMatch(/Your track is now/);
      expect(await trackOf("ann")).toBeUndefined();
    });

    it("GIVEN 'use the mlops track' WHEN typed THEN a switch is offered to confirm, and made only on the press", async () => {
      const reply = await say(bot, "ann", "use the mlops track");
      expect(textOf(reply)).toMatch(/Switch your track to MLOps Engineer\?/);
      const switchTo = askedAt("mlops-engineer", bot.clock.now());
      expect(buttonsOf(reply)).toEqual([
        expect.objectContaining({ action: ACTIONS.trackSet, value: switchTo }),
      ]);
      expect(await trackOf("ann")).toBeUndefined();
      const pressed = await press(bot, "ann", ACTIONS.trackSet, switchTo);
      expect(textOf(pressed)).toMatch(/Your track is now MLOps Engineer/);
      expect(await trackOf("ann")).toBe("mlops-engineer");
    });

    it("GIVEN ann is on the mlops track WHEN she says 'use the mlops track' THEN no switch is offered, her track is shown", async () => {
      await say(bot, "ann", "track mlops-engineer");
      const reply = await say(bot, "ann", "use the mlops track");
      expect(buttonsOf(reply)).toEqual([]);
      expect(textOf(reply)).toMatch(/Your track: MLOps Engineer/);
    });

    it("GIVEN a switch button for a track taken out of the matrix WHEN pressed THEN it says the button is outdated", async () => {
      const reply = await press(bot, "ann", ACTIONS.trackSet, "astronaut");
      expect(textOf(reply)).not.toMatch(/Your track is now/);
      expect(await trackOf("ann")).toBeUndefined();
    });

    it.each([
      ["set my track to mlops", "mlops-engineer"],
      ["change my track to ml engineer", "ml-engineer"],
      ["switch me to the mlops track", "mlops-engineer"],
      ["put me on the mlops track", "mlops-engineer"],
      ["set mlops as my track", "mlops-engineer"],
      ["switch to the mlops track", "mlops-engineer"],
    ])("GIVEN the command form %j WHEN typed THEN the track is chosen at once", async (q, id) => {
      const reply = await say(bot, "ann", q);
      expect(textOf(reply)).toMatch(/Your track is now/);
      expect(await trackOf("ann")).toBe(id);
    });
  });

  describe("questions that mention a level or a skill of the person's", () => {
    it.each([
      ["my python script is 3 times slower than before, why?", /^Python/],
      ["my docker image is 2 GB, how do I shrink it", /^Docker/],
      ["my sql query is 1 line, can you explain window functions", /^SQL/],
      ["I'm bad at git merges, any tips?", /Git/],
      ["I know pandas well, what should I pick up next?", /Next steps/],
      ["I know you're busy but explain docker a bit", /^Docker/],
      ["I never tried airflow, is it worth it?", /Airflow/],
      ["I've never used kubernetes in production, how do I deploy a model?", /Model Serving/],
      ["I know sql well but what about spark?", /Spark/],
      ["I'm confident in my sql query but it's slow", /^SQL/],
    ])("GIVEN %j WHEN asked THEN it is answered, no rating offered", async (q, title) => {
      const reply = await say(bot, "ann", q);
      expect(textOf(reply)).not.toMatch(/^Set .+ to \d|One rating at a time/);
      expect(buttonsOf(reply).map((b) => b.action)).not.toContain(ACTIONS.rateSet);
      expect(reply.form).toBeUndefined();
      expect(heading(reply)).toMatch(title);
    });

    it.each(["I'm new to the team, hi", "I'm ok with that", "I'm good at explaining things"])(
      "GIVEN %j (no skill named) WHEN typed THEN the rating form does not open",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(reply.form).toBeUndefined();
        expect(textOf(reply)).not.toMatch(/How would you rate yourself/);
      },
    );

    it.each([
      ["I'm pretty good at SQL", "sql:3"],
      ["my python is 3", "python:3"],
      ["my python level is 2", "python:2"],
    ])(
      "GIVEN the plain self-rating %j WHEN typed THEN it is still offered to confirm",
      async (q, v) => {
        expect(buttonsOf(await say(bot, "ann", q))).toEqual([
          expect.objectContaining({ action: ACTIONS.rateSet, value: askedAt(v, bot.clock.now()) }),
        ]);
      },
    );
  });

  describe("a named skill, area or track wins over the matrix overview", () => {
    it.each([
      ["what is ml model serving", /^Model Serving/],
      ["what is machine learning model evaluation", /^Model Evaluation/],
      ["list the skills in data engineering", /^Data Engineering and MLOps/],
      ["show me the skills for data engineering", /^Data Engineering and MLOps/],
      ["what skills are there in soft skills", /^Soft Skills/],
      ["list all the skills in mlops", /MLOps/],
      ["show me the skills I need for mlops", /^Next steps in MLOps Engineer/],
    ])("GIVEN %j WHEN asked THEN the named thing, not the whole matrix", async (q, title) => {
      const reply = await say(bot, "ann", q);
      expect(heading(reply)).toMatch(title);
      expect(textOf(reply)).not.toMatch(/skills in \d+ areas/);
    });

    it.each(["what is ml", "what is machine learning?", "list all skills"])(
      "GIVEN %j WHEN asked THEN the whole matrix is shown",
      async (q) => {
        const areas = (await say(bot, "ann", q)).blocks.find((b) => b.kind === "skills");
        expect(areas?.kind === "skills" && areas.items.length).toBe(bot.core.kb.areas.length);
      },
    );
  });

  describe("offering to mentor", () => {
    it.each([
      "I'd like to mentor others",
      "how do I become a mentor",
      "how is becoming a mentor done",
      "can I be a mentor for python",
    ])(
      "GIVEN %j WHEN asked THEN it explains `mentor on`, not a mentor list or a path",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(textOf(reply)).toMatch(/mentor on/);
        expect(textOf(reply)).toMatch(/3/);
        expect(heading(reply)).toBeUndefined();
        expect((await bot.core.people.get(person("ann"))).mentor).toBeFalsy();
      },
    );
  });

  describe("short acknowledgements", () => {
    it.each([
      "ok thanks",
      "ok thanks!",
      "nice, thanks",
      "great thanks",
      "perfect, thank you",
      "ok cool",
      "bye",
      "lol",
      "sure",
      "thanks, that helps",
    ])("GIVEN %j WHEN typed THEN a short friendly reply, not 'not sure'", async (q) => {
      const reply = await say(bot, "ann", q);
      expect(reply.blocks).toHaveLength(1);
      expect(textOf(reply)).toMatch(/^(Glad to help|Hi!|If I asked you to confirm)/);
    });

    it("GIVEN 'ok so how do I learn docker' WHEN asked THEN the question is answered", async () => {
      expect(heading(await say(bot, "ann", "ok so how do I learn docker"))).toMatch(
        /Next steps in Docker/,
      );
    });
  });

  describe("older misroutes", () => {
    it.each([
      ["I have a question about docker", /^Docker/],
      ["I have a question about kubernetes", /^Kubernetes/],
      ["best practice for git branching?", /^Git/],
      ["in practice, how do I deploy a model", /^Model Serving/],
    ])("GIVEN %j WHEN asked THEN it is answered, no quiz started", async (q, title) => {
      const reply = await say(bot, "ann", q);
      expect(heading(reply)).not.toMatch(/^Quiz/);
      expect(heading(reply)).toMatch(title);
    });

    it.each(["give me a question about docker", "let me practice docker"])(
      "GIVEN %j WHEN asked THEN a quiz question still comes back",
      async (q) => {
        expect(heading(await say(bot, "ann", q))).toMatch(/^Quiz: Docker/);
      },
    );

    it.each([
      ["show my path", /Next steps in ML Engineer/],
      ["show me my next steps", /Next steps in ML Engineer/],
      ["what are my next steps", /Next steps in ML Engineer/],
      ["what are my options for learning docker", /Next steps in Docker/],
    ])("GIVEN %j WHEN asked THEN the learning path, not the profile", async (q, title) => {
      expect(heading(await say(bot, "ann", q))).toMatch(title);
    });
  });
});
