import { beforeEach, describe, expect, it } from "vitest";
import { person, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** Replies to typed commands that name the wrong kind of thing, or an option that isn't one. */
describe("typed commands that miss", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN a track WHEN someone asks for its mentors THEN they hear mentors go by skill or area, and which areas the track covers", async () => {
    const reply = textOf(await say(bot, "lee", "mentor ml engineer"));

    expect(reply).not.toMatch(/don't know a skill/);
    expect(reply).toMatch(/per skill or area/);
    expect(reply).toMatch(/ML Engineer/);
    expect(reply).toMatch(/areas of ML Engineer: .*Mathematics/);
    expect(reply).toMatch(/mentor [a-z-]+\.$/);
  });

  it("GIVEN the area a track hint points to WHEN asked for THEN it lists that area's mentors", async () => {
    const hint = textOf(await say(bot, "lee", "mentor ml engineer"));
    const areaId = hint.match(/`?mentor ([a-z0-9-]+)`?\.$/)?.[1] ?? "none";
    const skill = bot.core.kb.skillsIn(areaId)[0];
    expect(skill).toBeDefined();
    await say(bot, "mia", `rate ${skill?.id} 4`);
    await say(bot, "mia", "mentor on");

    expect(textOf(await say(bot, "lee", `mentor ${areaId}`))).toMatch(/mia/);
  });

  it("GIVEN someone at target everywhere but Mathematics WHEN they ask for their track's mentors THEN they are pointed at Mathematics", async () => {
    const targets = bot.core.kb.track("ml-engineer")?.targets ?? {};
    for (const [skillId, target] of Object.entries(targets))
      if (bot.core.kb.skill(skillId)?.areaId !== "mathematics")
        await say(bot, "lee", `rate ${skillId} ${target}`);

    expect(textOf(await say(bot, "lee", "mentor ml engineer"))).toMatch(
      /biggest gap to it is in Mathematics: mentor mathematics\./,
    );
  });

  it.each(["quiz leaderboard month", "leaderboard month"])(
    "GIVEN a period that isn't one WHEN %s THEN the reply names the periods there are",
    async (typed) => {
      const reply = textOf(await say(bot, "lee", typed));

      expect(reply).not.toMatch(/skill matrix/);
      expect(reply).toMatch(/"month"/);
      expect(reply).toMatch(/quiz leaderboard week/);
      expect(reply).toMatch(/quiz leaderboard all/);
    },
  );

  it("GIVEN a daily quiz action that isn't one WHEN typed THEN the reply names on, off and status", async () => {
    const reply = textOf(await say(bot, "lee", "quiz daily sometimes"));

    expect(reply).not.toMatch(/skill matrix/);
    expect(reply).toMatch(/quiz daily on[\s\S]*quiz daily off[\s\S]*quiz daily status/);
  });

  it.each([
    ["mentor on please", true],
    ["mentor on!", true],
    ["Mentor Off please", false],
  ])("GIVEN politeness WHEN %s THEN the mentor listing is switched", async (typed, on) => {
    await say(bot, "mia", "rate sql 4");
    const reply = textOf(await say(bot, "mia", typed));

    expect(reply).toMatch(on ? /now listed as a mentor/ : /no longer listed/);
    expect((await bot.core.people.get(person("mia"))).mentor).toBe(on);
  });

  it("GIVEN a review reminder setting that isn't on or off WHEN typed THEN it says so and what works, and changes nothing", async () => {
    await say(bot, "lee", "review nudge on");
    const reply = textOf(await say(bot, "lee", "review nudge maybe"));

    expect(reply).toMatch(/"maybe"/);
    expect(reply).toMatch(/review nudge on[\s\S]*review nudge off/);
    expect(reply).not.toMatch(/Nothing to review/);
  });

  it("GIVEN review reminders asked for politely WHEN typed THEN they are switched", async () => {
    expect(textOf(await say(bot, "lee", "review reminders on please"))).toMatch(
      /I'll send you a direct message/,
    );
    expect(textOf(await say(bot, "lee", "review nudge off!"))).toMatch(/No more review reminders/);
  });

  it("GIVEN an area WHEN explained by command THEN it is shown as the question 'what is' shows it", async () => {
    const asked = textOf(await say(bot, "lee", "what is mathematics?"));
    const explained = textOf(await say(bot, "lee", "explain mathematics"));

    expect(explained).toMatch(/^Mathematics\n/);
    expect(explained).toMatch(/skills in this area/);
    expect(explained).toBe(asked);
  });

  it("GIVEN a track WHEN explained THEN its summary, its target skills by area, and the way to choose it are shown", async () => {
    const track = bot.core.kb.track("ml-engineer");
    const explained = textOf(await say(bot, "lee", "explain ml engineer"));

    expect(explained).toMatch(/^ML Engineer\n/);
    expect(explained).toContain(track?.summary ?? "no summary");
    expect(explained).toMatch(/Mathematics .*Linear Algebra \d/);
    expect(explained).toMatch(/track ml-engineer/);
  });

  it("GIVEN a skill, a typo of one, or nothing known WHEN explained THEN skills still come first and the old advice stays", async () => {
    expect(textOf(await say(bot, "lee", "explain statistics"))).toMatch(
      /^Statistics · Mathematics/,
    );
    expect(textOf(await say(bot, "lee", "explain pyhton"))).toMatch(/^Python · /);
    expect(textOf(await say(bot, "lee", "explain zzzz"))).toMatch(
      /I don't know a skill called "zzzz"/,
    );
  });
});
