import { beforeAll, describe, expect, it } from "vitest";
import {
  headingOf,
  newMlopsPerson,
  newPerson,
  say,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * "Where are my gaps for mlops?": the gaps are measured against the track the question names
 * (as `profile mlops-engineer` does), and a question about gaps is answered with the gaps, not
 * the whole profile.
 */
describe("a question about one's gaps", () => {
  let bot: TestBot;
  /** The headings of a reply, in order. */
  const headingsOf = (reply: Awaited<ReturnType<typeof say>>) =>
    reply.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
  beforeAll(async () => {
    bot = await testBot();
  });

  it.each([
    // the reviewer's
    ["where are my gaps for mlops?", "MLOps Engineer"],
    // variants
    ["what are my gaps on the mlops track", "MLOps Engineer"],
    ["show my weakest skills for mlops engineer", "MLOps Engineer"],
  ])(
    "GIVEN someone new (on ML Engineer) WHEN they ask %j THEN the gaps are for %s",
    async (typed, track) => {
      const reply = await say(bot, newPerson(), typed);
      expect(headingsOf(reply)).toContain(`Biggest gaps for ${track}`);
      expect(textOf(reply)).not.toMatch(/Biggest gaps for ML Engineer/);
    },
  );

  it.each([
    // the reviewer's
    ["what are my gaps for ml engineer", "ML Engineer"],
    [
      "I'm preparing for my review. Can you tell me where my gaps are compared to the ML engineer track?",
      "ML Engineer",
    ],
    // variant
    ["my gaps for the machine learning engineer track?", "ML Engineer"],
  ])(
    "GIVEN someone rated on the MLOps track WHEN they ask %j THEN the gaps are for %s",
    async (typed, track) => {
      const reply = await say(bot, await newMlopsPerson(bot), typed);
      expect(headingsOf(reply)).toContain(`Biggest gaps for ${track}`);
      expect(textOf(reply)).not.toMatch(/Biggest gaps for MLOps Engineer/);
    },
  );

  it.each([
    "my gaps",
    "where are my gaps?",
    "what are my weakest skills?",
    "show me my weaknesses",
    "what am I weak at?",
  ])(
    "GIVEN someone rated on the MLOps track WHEN they ask %j THEN only their gaps to their own track, not the ratings by area",
    async (typed) => {
      const reply = await say(bot, await newMlopsPerson(bot), typed);
      expect(headingOf(reply)).toBe("Biggest gaps for MLOps Engineer");
      const shown = textOf(reply);
      // The profile's ratings by area (Programming: Python 3…) and its footer are not repeated.
      expect(shown).not.toMatch(/^Programming$/m);
      expect(shown).not.toMatch(/Last change:/);
      expect(shown).toMatch(/Data Pipelines 0→4/);
    },
  );

  it("GIVEN someone new WHEN they ask 'where are my gaps?' THEN the gaps to their track, saying nothing is rated yet", async () => {
    const reply = await say(bot, newPerson(), "where are my gaps?");
    expect(headingOf(reply)).toBe("Biggest gaps for ML Engineer");
    expect(textOf(reply)).toMatch(/haven't rated any skills yet/);
  });

  it.each([
    ["my profile", "MLOps Engineer"],
    ["show my profile", "MLOps Engineer"],
    ["profile ml-engineer", "ML Engineer"],
  ])(
    "GIVEN someone rated on the MLOps track WHEN they say %j THEN the whole profile, gaps for %s",
    async (typed, track) => {
      const reply = await say(bot, await newMlopsPerson(bot), typed);
      expect(headingOf(reply)).toMatch(/^Skill profile/);
      const shown = textOf(reply);
      expect(shown).toMatch(/^Programming$/m);
      expect(shown).toContain(`Biggest gaps for ${track}`);
    },
  );
});
