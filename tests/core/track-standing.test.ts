import { beforeEach, describe, expect, it } from "vitest";
import {
  MLOPS_PERSON,
  PUBLIC,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

describe("a personal question about a track says where the person stands in it", () => {
  let bot: TestBot;
  let n = 0;
  const seeded = async (lines: readonly string[]) => {
    const user = `person${n++}`;
    await sayAll(bot, user, lines);
    return user;
  };
  beforeEach(async () => {
    bot = await testBot();
  });

  for (const asked of [
    "am i ready for mlops?",
    "what skills am I missing for mlops",
    "compare me to the mlops track",
    "Please, what is next step for me in mlops?",
    "what is next step in mlops",
    "explain mlops",
    "how far am i from the mlops track",
  ])
    it(`GIVEN a rated person on the MLOps track WHEN they ask "${asked}" THEN their levels against its targets, privately, and no hint to choose the track they are on`, async () => {
      const user = await seeded(MLOPS_PERSON);
      const reply = await say(bot, user, asked);
      const text = textOf(reply);
      expect(reply.visibility).toBe("private");
      expect(text).toMatch(
        /^MLOps Engineer\nYour track\. By your ratings you're at or above the target in 4 of its 26 skills/,
      );
      // Their own levels against the track's targets: Kubernetes rated 1, target 4.
      expect(text).toMatch(/^Kubernetes 1→4/m);
      expect(text).not.toMatch(/track mlops-engineer/);
      expect(text).not.toMatch(/Target levels in 26 skills/);
    });

  it("GIVEN a rated person on the MLOps track WHEN they ask about the ML Engineer track THEN the overview, how many of its targets they meet, and how to choose it", async () => {
    const user = await seeded(MLOPS_PERSON);
    const text = textOf(await say(bot, user, "what is the ml engineer track"));
    expect(text).toMatch(/Target levels in 47 skills/);
    expect(text).toMatch(/at or above the target in 2 of its 47 skills/);
    expect(text).toMatch(/track ml-engineer/);
  });

  it("GIVEN a rated person who meets every MLOps target WHEN they ask if they are ready THEN they are told so", async () => {
    const targets = bot.core.kb.track("mlops-engineer")?.targets ?? {};
    const lines = [...Object.entries(targets).map(([id, t]) => `rate ${id} ${t}`), "track mlops"];
    const user = await seeded(lines);
    const text = textOf(await say(bot, user, "am i ready for mlops?"));
    expect(text).toMatch(/at or above every target of MLOps Engineer/);
  });

  it("GIVEN a person with no ratings WHEN they ask about the MLOps track THEN the general overview and how to choose it", async () => {
    const user = await seeded([]);
    const text = textOf(await say(bot, user, "am i ready for mlops?"));
    expect(text).toMatch(/Target levels in 26 skills/);
    expect(text).toMatch(/To measure yourself against it: track mlops-engineer/);
  });

  it("GIVEN a rated person on the MLOps track WHEN they ask in a public channel THEN the general overview, public, with none of their levels", async () => {
    const user = await seeded(MLOPS_PERSON);
    const reply = await say(bot, user, "am i ready for mlops?", PUBLIC);
    const text = textOf(reply);
    expect(reply.visibility).toBe("public");
    expect(text).toMatch(/Target levels in 26 skills/);
    expect(text).not.toMatch(/→/);
    expect(text).not.toMatch(/your ratings/i);
  });
});
