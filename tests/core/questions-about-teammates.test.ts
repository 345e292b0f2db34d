import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import {
  buttonsOf,
  headingOf,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

/**
 * A question whose subject is someone else ("what did alice rate herself in kubernetes?", "how
 * good is bob at python?", "who rated statistics the lowest?", "who else is on the mlops
 * track?") is answered with what may be said: ratings and tracks are private to each person,
 * and the team shows only as a coarse figure of five or more. It never prompts the asker to
 * rate themselves, nor lists mentors as if they were the answer.
 */
describe("questions about a teammate's or the team's ratings and tracks", () => {
  let bot: TestBot;
  let n = 0;
  const asking = () => `asker${n++}`;
  beforeAll(async () => {
    bot = await testBot();
    await sayAll(bot, "alice", [
      "rate kubernetes 4",
      "rate docker 4",
      "rate python 3",
      "mentor on",
    ]);
    await sayAll(bot, "bob", ["rate sql 3", "rate python 4", "rate pytorch 1"]);
    await sayAll(bot, "carol", ["rate pytorch 4", "rate statistics 3", "mentor on"]);
  });

  it.each([
    // the reviewer's
    ["what did alice rate herself in kubernetes?", "alice", "kubernetes"],
    ["how good is bob at python?", "bob", "python"],
    ["what level is carol in pytorch?", "carol", "pytorch"],
    ["show carol's skills", "carol", undefined],
    // variants
    ["what did bob rate sql", "bob", "sql"],
    ["how did Dana rate herself on docker?", "Dana", "docker"],
    ["how strong is carol in pytorch", "carol", "pytorch"],
    ["is bob good at sql?", "bob", "sql"],
    ["what are carol's skills", "carol", undefined],
    ["what rating did alice give herself for spark", "alice", "spark"],
  ])(
    "GIVEN %j THEN ratings are private to %s, with the skill's mentors",
    async (typed, who, skill) => {
      const reply = await say(bot, asking(), typed);
      const shown = textOf(reply);
      expect(shown).toContain(`only ${who} can see`);
      if (skill) expect(shown).toContain(`mentor ${skill}`);
      expect(shown).not.toMatch(/How would you rate yourself|Why it matters|Mentors for/);
      expect(buttonsOf(reply).filter((b) => b.action === ACTIONS.rateSet)).toEqual([]);
    },
  );

  it.each([
    ["how good is he at docker?", "docker"],
    ["what level is she in sql", "sql"],
    ["what did they rate python", "python"],
  ])("GIVEN %j (someone by a pronoun) THEN ratings are private", async (typed, skill) => {
    const shown = textOf(await say(bot, asking(), typed));
    expect(shown).toMatch(/Ratings are private/);
    expect(shown).toContain(`mentor ${skill}`);
    expect(shown).not.toMatch(/Why it matters|How would you rate yourself/);
  });

  it.each([
    // the reviewer's
    ["who rated statistics the lowest?", "statistics"],
    // variants
    ["who rated python highest", "python"],
    ["who has the lowest rating in sql?", "sql"],
    ["who is the weakest at pytorch", "pytorch"],
  ])(
    "GIVEN %j THEN nobody is named: ratings are private, the team figure is offered",
    async (typed, skill) => {
      const shown = textOf(await say(bot, asking(), typed));
      expect(shown).toMatch(/private/);
      expect(shown).toContain(`explain ${skill}`);
      expect(shown).not.toMatch(/Mentors for|alice|carol|bob/);
    },
  );

  it.each([
    // the reviewer's
    ["how many people rated python?", "Python"],
    // variants
    ["how many people have rated sql", "SQL"],
    ["how many of us rated pytorch?", "PyTorch"],
  ])(
    "GIVEN %j and fewer than 5 raters THEN it says the count shows from 5",
    async (typed, skill) => {
      const shown = textOf(await say(bot, asking(), typed));
      expect(shown).toContain(skill);
      expect(shown).toMatch(/at least 5/);
      expect(shown).not.toMatch(/Why it matters/);
    },
  );

  it("GIVEN 6 others rated docker WHEN asked how many THEN the coarse band, not an exact count", async () => {
    for (let i = 0; i < 6; i++) await say(bot, `rater${i}`, `rate docker ${i % 2 ? 2 : 3}`);
    const shown = textOf(await say(bot, asking(), "how many people rated docker?"));
    expect(shown).toMatch(/^Docker\n5–9 teammates rated this skill/);
  });

  it.each([
    // the reviewer's
    "who else is on the mlops track?",
    // variants
    "who is on the ml engineer track",
    "which track is alice on?",
    "what track did bob pick",
  ])("GIVEN %j THEN it says who chose which track is private", async (typed) => {
    const shown = textOf(await say(bot, asking(), typed));
    expect(shown).toMatch(/private/);
    expect(shown).toMatch(/track/);
    expect(shown).not.toMatch(/Mentors in|Your track:/);
  });

  it.each([
    ["who is good at python?", /^Mentors for Python/],
    ["who knows docker", /^Mentors for Docker/],
    ["is anyone good with k8s", /^Mentors for Kubernetes/],
    ["who can help me with statistics", /^Mentors for Statistics/],
    ["how good is pandas for time series", /^pandas · /],
    ["what level is python", /^Python · /],
    ["what level is required in python for mlops", /Python|MLOps/],
    ["how good am I at python", /^Python · /],
    ["what level am I in sql", /^SQL · /],
    ["rate me", /How would you rate yourself in a skill\?/],
    ["show me alice's profile", /only alice can see/],
    ["what is the team's level in docker", /^Docker · /],
    ["which track is right for me?", /tracks/i],
    ["what is the mlops track", /^MLOps Engineer/],
    // A thing or a role after an article is nobody in the team.
    ["what are the mlops track's target levels?", /^MLOps Engineer/],
    ["what is this skill's level for the mlops track?", /MLOps Engineer/],
    ["the question's level was too hard", /not sure/],
    ["what's a senior engineer's level in docker?", /^Docker · /],
    ["how can I improve my team's communication skills?", /Communication/],
    ["what are the team skills for mlops?", /^MLOps Engineer/],
  ])("GIVEN %j THEN it keeps its answer (%s)", async (typed, expected) => {
    const shown = textOf(await say(bot, asking(), typed));
    expect(shown).toMatch(expected);
    if (!/alice/.test(typed)) expect(shown).not.toMatch(/Ratings are private|only \S+ can see/);
  });

  it("GIVEN someone asks what alice rated WHEN they answer nothing THEN their own ratings are untouched", async () => {
    const user = asking();
    await say(bot, user, "what did alice rate herself in kubernetes?");
    expect(headingOf(await say(bot, user, "profile"))).toMatch(/^Skill profile/);
    expect(textOf(await say(bot, user, "profile"))).not.toMatch(/Kubernetes \d/);
  });
});
