import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { askedAt } from "../../src/features/confirmations.ts";
import {
  buttonsOf,
  DM,
  headingOf as heading,
  PUBLIC,
  person,
  press,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/** Which reply comes back to free-text questions a reviewer found misrouted (the eval set checks only the analysis). */
describe("answers to free-text questions", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });
  const ratings = async (user: string) => (await bot.core.people.get(person(user))).ratings;

  describe("tracks", () => {
    it.each([
      ["what is the mlops track", "MLOps Engineer"],
      ["show me the mlops track", "MLOps Engineer"],
      ["what is an ml engineer", "ML Engineer"],
    ])(
      "GIVEN %j WHEN asked THEN the track is explained, not its heaviest area",
      async (q, name) => {
        const reply = await say(bot, "ann", q);
        expect(heading(reply)).toBe(name);
        expect(textOf(reply)).toMatch(/Target levels in \d+ skills/);
      },
    );

    it("GIVEN 'set my track to mlops' WHEN typed THEN the track is chosen, not the rating form", async () => {
      const reply = await say(bot, "ann", "set my track to mlops");
      expect(textOf(reply)).toMatch(/Your track is now MLOps Engineer/);
      expect((await bot.core.people.get(person("ann"))).track).toBe("mlops-engineer");
    });

    it.each(["which track am i on", "what tracks are there", "which track is right for me"])(
      "GIVEN %j WHEN asked THEN the tracks are listed with the current one",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(textOf(reply)).toMatch(/Your track: ML Engineer\. Available tracks/);
        expect(textOf(reply)).not.toMatch(/not sure/);
      },
    );
  });

  it.each([
    ["how to become ml engineer", "Next steps in ML Engineer"],
    ["what skills do i need for mlops", "Next steps in MLOps Engineer"],
    ["waht shoudl i lern for mlopz", "Next steps in MLOps Engineer"],
    ["prerequisites for kubernetes?", "Next steps in Kubernetes"],
    ["docker or kubernetes first?", "Next steps in Kubernetes"],
    ["whats next for me", "Next steps in ML Engineer"],
    ["what should I learn next?", "Next steps in ML Engineer"],
  ])("GIVEN %j WHEN asked THEN the learning path comes back", async (q, title) => {
    expect(heading(await say(bot, "ann", q))).toBe(title);
  });

  describe("plain self-ratings", () => {
    it.each([
      ["I'm pretty good at SQL", "sql:3"],
      ["I know a bit of docker", "docker:1"],
      ["I have never used kubernetes", "kubernetes:0"],
      ["python: 4", "python:4"],
      ["I'd say I'm a 2 in statistics", "statistics:2"],
    ])(
      "GIVEN %j WHEN typed THEN a rating is offered to confirm, and nothing is saved yet",
      async (q, value) => {
        const reply = await say(bot, "ann", q);
        expect(textOf(reply)).toMatch(/^Set .+ to \d \(\w+\)\?/);
        const asked = askedAt(value, bot.clock.now());
        expect(buttonsOf(reply)).toEqual([
          expect.objectContaining({ action: ACTIONS.rateSet, value: asked }),
        ]);
        expect(await ratings("ann")).toEqual({});
        await press(bot, "ann", ACTIONS.rateSet, asked);
        expect(Object.keys(await ratings("ann"))).toEqual([value.split(":")[0]]);
      },
    );

    it("GIVEN two skills rated in one sentence WHEN typed THEN each is asked about on its own, nothing saved", async () => {
      const reply = await say(bot, "ann", "I'm strong in pytorch and weak in tensorflow");
      expect(textOf(reply)).toMatch(/One rating at a time/);
      expect(buttonsOf(reply).map((b) => [b.action, b.value])).toEqual([
        [ACTIONS.rateOpen, "pytorch"],
        [ACTIONS.rateOpen, "tensorflow"],
      ]);
      expect(await ratings("ann")).toEqual({});
    });
  });

  describe("topics outside the matrix", () => {
    it("GIVEN 'how do I learn terraform' WHEN asked THEN it says terraform is not in the matrix instead of a general path", async () => {
      const reply = await say(bot, "ann", "how do I learn terraform");
      expect(heading(reply)).toBeUndefined();
      expect(textOf(reply)).toMatch(/couldn't find "terraform" in the skill matrix/);
    });

    it("GIVEN 'i want to get into text classification' WHEN asked THEN the closest skills the matrix has are offered", async () => {
      const reply = await say(bot, "ann", "i want to get into text classification");
      expect(textOf(reply)).toMatch(/couldn't find "text classification"/);
      expect(buttonsOf(reply).map((b) => b.value)).toContain("spacy");
    });
  });

  it("GIVEN 'how do i test my code' WHEN asked THEN it is about Testing, not a quiz", async () => {
    const reply = await say(bot, "ann", "how do i test my code");
    expect(heading(reply)).toMatch(/^Testing/);
    expect(heading(await say(bot, "ann", "test my knowledge"))).toMatch(/^Quiz:/);
  });

  describe("everyday messages", () => {
    it.each(["thanks!", "ok", "👍", "good morning", "hi"])(
      "GIVEN %j WHEN typed THEN a short friendly reply, no help dump and no 'not sure'",
      async (q) => {
        const reply = await say(bot, "ann", q);
        expect(reply.blocks).toHaveLength(1);
        expect(textOf(reply)).toMatch(/^(Glad to help|Hi!|If I asked you to confirm)/);
      },
    );

    it("GIVEN 'who are you' WHEN asked THEN the help comes back", async () => {
      expect(heading(await say(bot, "ann", "who are you"))).toMatch(/^Skillbot/);
    });

    it("GIVEN 'what skills are there' WHEN asked THEN every area of the matrix is listed", async () => {
      const reply = await say(bot, "ann", "what skills are there", PUBLIC);
      const areas = reply.blocks.find((b) => b.kind === "skills");
      expect(areas?.kind === "skills" && areas.items.length).toBe(bot.core.kb.areas.length);
    });

    it("GIVEN 'what am i good at' WHEN asked THEN the profile comes back", async () => {
      expect(heading(await say(bot, "ann", "what am i good at"))).toMatch(/Skill profile/);
    });

    it("GIVEN 'give me a question' and 'another one' WHEN typed THEN a quiz question comes back", async () => {
      expect(heading(await say(bot, "ann", "give me a question"))).toMatch(/^Quiz:/);
      expect(heading(await say(bot, "ann", "another one"))).toMatch(/^Quiz:/);
    });
  });

  describe("mentors without a skill", () => {
    it("GIVEN ann rated python 4 on the default track WHEN she asks 'who can mentor me' in a DM THEN mentors for her biggest gap", async () => {
      await say(bot, "ann", "rate python 4");
      const reply = await say(bot, "ann", "who can mentor me");
      expect(heading(reply)).toMatch(/^Mentors for /);
      expect(textOf(reply)).toMatch(/ is your biggest gap to your track\./);
    });

    it("GIVEN a channel WHEN someone asks 'find me a mentor' THEN they are asked which skill, privately, and no gap is told", async () => {
      const reply = await say(bot, "ann", "find me a mentor", PUBLIC);
      expect(reply.visibility).toBe("private");
      expect(textOf(reply)).toMatch(/which one\?/);
      expect(textOf(reply)).not.toMatch(/gap/);
    });

    it("GIVEN mia mentors docker and nobody else does WHEN she asks 'who knows docker' THEN she hears she is the one listed", async () => {
      await say(bot, "mia", "rate docker 3");
      await say(bot, "mia", "mentor on");
      const own = textOf(await say(bot, "mia", "who knows docker"));
      expect(own).toMatch(/You're the only one listed as a mentor for Docker/);
      expect(own).not.toMatch(/could be the first/);
      expect(textOf(await say(bot, "zed", "who knows docker"))).toMatch(/Docker/);
    });
  });

  it("GIVEN 'forget my sql rating' WHEN typed THEN it says how to change a rating and what forget me does", async () => {
    const reply = await say(bot, "ann", "forget my sql rating");
    expect(textOf(reply)).toMatch(/rate sql 0/);
    expect(textOf(reply)).toMatch(/forget me/);
    expect(reply.form).toBeUndefined();
  });

  it("GIVEN 'quiz me on something I'm weak at' WHEN asked THEN the question is on the biggest gap of the person's path", async () => {
    await say(bot, "ann", "rate python 4");
    const reply = await say(bot, "ann", "quiz me on something I'm weak at");
    const path = await say(bot, "ann", "path");
    const firstStep = path.blocks.find((b) => b.kind === "skills");
    const first = firstStep?.kind === "skills" ? firstStep.items[0]?.name : undefined;
    expect(heading(reply)).toBe(`Quiz: ${first} (level 1)`);
  });
});

describe("a command word that starts a sentence", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN 'explain the difference between docker and kubernetes' WHEN typed THEN it is answered as the question it is", async () => {
    const reply = await say(bot, "ann", "explain the difference between docker and kubernetes");
    expect(reply.blocks.find((b) => b.kind === "heading")).toMatchObject({ text: /^Docker/ });
  });

  it("GIVEN 'learn rust' WHEN typed THEN the friendly not-found error stands", async () => {
    expect(textOf(await say(bot, "ann", "learn rust"))).toMatch(/couldn't find "rust"/);
  });

  it("GIVEN the slash command explain with an explicit skill field WHEN it names no skill THEN the error stands", async () => {
    const reply = await bot.bot.handle({
      type: "command",
      person: person("ann"),
      where: DM,
      command: { name: "explain", skill: "the difference between docker and kubernetes" },
    });
    expect(textOf(reply)).toMatch(/I don't know a skill called/);
  });
});
