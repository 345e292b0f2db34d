import { beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.ts";
import {
  headingOf,
  newMlopsPerson,
  PUBLIC,
  say,
  sayAll,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

const NOT_SURE = /not sure what you mean/;
const MINUTE = 60 * 1000;

/** The person's own level a reply shows for `skillId`, if it lists that skill with one. */
const levelShown = (reply: Reply, skillId: string) =>
  reply.blocks
    .flatMap((b) => (b.kind === "skills" ? b.items : []))
    .find((i) => i.skillId === skillId)?.level;

describe('"what about me?" after an answer about a topic is the person\'s own standing in it', () => {
  let bot: TestBot;
  let bob: string;
  beforeEach(async () => {
    bot = await testBot();
    // A teammate who mentors Docker: their name may show in the mentor list, never in "me".
    bob = "bob-the-mentor";
    await sayAll(bot, bob, ["rate docker 4", "rate kubernetes 4", "mentor on"]);
  });

  // The reviewer's wordings, and wordings of our own.
  for (const [first, me, skill, skillId, level] of [
    ["who can mentor me in docker?", "what about me?", "Docker", "docker", 2],
    ["who can mentor me in docker?", "and me?", "Docker", "docker", 2],
    ["what is kubernetes", "how about me", "Kubernetes", "kubernetes", 1],
    ["what is kubernetes", "what about me?", "Kubernetes", "kubernetes", 1],
    ["explain sql", "ok, and what about me?", "SQL", "sql", 2],
    ["who knows git?", "How about for me?", "Git", "git", 3],
  ] as const)
    it(`GIVEN "${first}" WHEN they say "${me}" THEN privately their own level and next steps in ${skill}`, async () => {
      const user = await newMlopsPerson(bot);
      await say(bot, user, first);
      bot.clock.advance(2 * MINUTE);
      const reply = await say(bot, user, me);
      expect(textOf(reply)).not.toMatch(NOT_SURE);
      expect(reply.visibility).toBe("private");
      expect(headingOf(reply)).toMatch(new RegExp(`^Your .*${skill}`));
      expect(levelShown(reply, skillId)).toBe(level);
      expect(textOf(reply)).not.toMatch(/bob/i);
    });

  it("GIVEN mentors for Docker asked in a channel WHEN they say what about me? there THEN the answer is private and their own", async () => {
    const user = await newMlopsPerson(bot);
    await say(bot, user, "who can mentor me in docker?", PUBLIC);
    const reply = await say(bot, user, "what about me?", PUBLIC);
    expect(reply.visibility).toBe("private");
    expect(levelShown(reply, "docker")).toBe(2);
    expect(textOf(reply)).not.toMatch(/bob/i);
  });

  it("GIVEN no topic in the last 30 minutes WHEN they say what about me? THEN their own profile, nobody else's", async () => {
    const user = await newMlopsPerson(bot);
    await say(bot, user, "who can mentor me in docker?");
    bot.clock.advance(31 * MINUTE);
    for (const me of ["what about me?", "and me?", "how about me"]) {
      const reply = await say(bot, user, me);
      expect(reply.visibility).toBe("private");
      expect(headingOf(reply)).toMatch(/profile/i);
      expect(textOf(reply)).toMatch(/Docker/);
      expect(textOf(reply)).not.toMatch(/bob/i);
    }
  });

  it("GIVEN someone new who asked nothing WHEN they say what about me? THEN their own (empty) profile", async () => {
    const reply = await say(bot, "someone-new", "what about me?");
    expect(reply.visibility).toBe("private");
    expect(headingOf(reply)).toMatch(/profile/i);
    expect(textOf(reply)).not.toMatch(/bob/i);
  });

  // Near misses: "me" is not the whole question, so they keep their own answer.
  it('GIVEN mentors for Docker asked WHEN they say "what about kubernetes?" THEN the mentors for Kubernetes, not their standing in Docker', async () => {
    const user = await newMlopsPerson(bot);
    await say(bot, user, "who can mentor me in docker?");
    expect(headingOf(await say(bot, user, "what about kubernetes?"))).toBe(
      "Mentors for Kubernetes",
    );
  });

  for (const said of ["what about mentors for me?", "what about meetings?"])
    it(`GIVEN mentors for Docker asked WHEN they say "${said}" THEN it is not their standing in Docker`, async () => {
      const user = await newMlopsPerson(bot);
      const alone = await say(bot, user, said);
      bot.clock.advance(31 * MINUTE);
      await say(bot, user, "who can mentor me in docker?");
      const reply = await say(bot, user, said);
      expect(headingOf(reply) ?? "").not.toMatch(/^Your .*Docker/);
      expect(headingOf(reply)).toBe(headingOf(alone));
    });
});
