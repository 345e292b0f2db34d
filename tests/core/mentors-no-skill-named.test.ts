import { beforeEach, describe, expect, it } from "vitest";
import { DM, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** "Who can mentor me" with no skill named: pointed where the person's own gaps say, never guessed. */
describe("asking for a mentor without naming a skill", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
    // GIVEN teammates who mentor Python, Docker and SQL
    for (const [user, skill] of [
      ["mia", "python"],
      ["raj", "docker"],
      ["sue", "sql"],
    ] as const) {
      await say(bot, user, `rate ${skill} 4`);
      await say(bot, user, "mentor on");
    }
  });

  /** The skills the profile lists under its biggest gaps, in order. */
  const profileGaps = async (user: string) => {
    const profile = await bot.bot.handle({
      type: "command",
      person: { platform: "slack", tenant: "T1", user, displayName: user },
      where: DM,
      command: { name: "profile" },
    });
    const gaps = profile.blocks.at(
      profile.blocks.findIndex((b) => b.kind === "heading" && /Biggest gaps/.test(b.text)) + 1,
    );
    return gaps?.kind === "skills" ? gaps.items.map((i) => i.name) : [];
  };

  it.each(["who can mentor me", "find me a mentor", "I need a mentor", "any mentors available?"])(
    "GIVEN someone new, with no ratings WHEN they say %j THEN they are asked which skill, with the skills that have mentors, and no gap is claimed",
    async (typed) => {
      const reply = textOf(await say(bot, "newbie", typed));
      expect(reply).toMatch(/which one\?/);
      for (const skill of ["Python", "SQL", "Docker"]) expect(reply).toContain(skill);
      expect(reply).not.toMatch(/gap|Mentors in ML Algorithms/);
    },
  );

  it("GIVEN someone rated on the mlops track WHEN they ask 'who can mentor me' THEN the mentors are for the first gap of their profile that has any, not called their biggest", async () => {
    for (const typed of ["rate python 4", "rate sql 1", "rate docker 0", "track mlops-engineer"])
      await say(bot, "ann", typed);
    const gaps = await profileGaps("ann");
    const biggest = gaps[0];
    expect(biggest).toBeDefined();
    const mentored = gaps.find((g) => ["Docker", "SQL"].includes(g));

    const reply = textOf(await say(bot, "ann", "who can mentor me"));

    if (biggest === mentored) {
      expect(reply).toContain(`${biggest} is your biggest gap to your track.`);
    } else {
      expect(reply).not.toMatch(/is your biggest gap/);
      expect(reply).toContain(`Nobody mentors your biggest, ${biggest}, yet.`);
    }
    expect(reply).toMatch(mentored === "Docker" ? /raj/ : /sue/);
  });

  it("GIVEN someone whose biggest profile gap has a mentor WHEN they ask 'who can mentor me' THEN that skill's mentors, called their biggest gap", async () => {
    await say(bot, "ann", "rate statistics 1");
    const biggest = (await profileGaps("ann"))[0];
    expect(biggest).toBe("Python");

    const reply = textOf(await say(bot, "ann", "who can mentor me"));

    expect(reply).toMatch(/^Mentors for Python/);
    expect(reply).toMatch(/mia/);
    expect(reply).toContain("Python is your biggest gap to your track.");
  });
});
