import { beforeAll, describe, expect, it } from "vitest";
import {
  newMlopsPerson,
  newPerson,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * A mentor asked for in a topic the matrix does not hold ("is anyone mentoring on llms") is told
 * so; the person's biggest gap answers only "who can mentor me", where no topic is named.
 */
describe("asking for a mentor in a topic the matrix does not hold", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot();
    // GIVEN a teammate who mentors Kubernetes, the MLOps person's gap
    await sayAll(bot, "alice", ["rate kubernetes 4", "rate docker 4", "mentor on"]);
  });

  it.each([
    // the reviewer's
    ["is anyone mentoring on llms", "llms"],
    // variants
    ["anyone mentoring people on rust?", "rust"],
    ["who's an expert on terraform", "terraform"],
    ["who mentors in LLMs?", "LLMs"],
  ])(
    "GIVEN someone rated on the MLOps track WHEN they ask %j THEN they hear that %s isn't in the matrix, not their gap's mentors",
    async (typed, topic) => {
      const reply = textOf(await say(bot, await newMlopsPerson(bot), typed));
      expect(reply).toContain(`Nobody can be listed for ${topic}: it isn't in the skill matrix.`);
      expect(reply).not.toMatch(/Mentors for Kubernetes|gaps? to your track/);
    },
  );

  it.each(["is anyone mentoring on llms", "who's an expert on terraform"])(
    "GIVEN someone new WHEN they ask %j THEN they hear it isn't in the matrix, not 'which one?'",
    async (typed) => {
      const reply = textOf(await say(bot, newPerson(), typed));
      expect(reply).toMatch(/isn't in the skill matrix/);
      expect(reply).not.toMatch(/which one\?/);
    },
  );

  it.each([
    ["who can mentor me", /Mentors for Kubernetes/],
    ["is anyone mentoring on docker", /Mentors for Docker/],
    ["who's an expert on kubernetes", /Mentors for Kubernetes/],
    ["mentor on", /listed as a mentor|mentor/i],
  ])(
    "GIVEN someone rated on the MLOps track WHEN they ask %j THEN the answer stays %s",
    async (typed, expected) => {
      expect(textOf(await say(bot, await newMlopsPerson(bot), typed))).toMatch(expected);
    },
  );
});
