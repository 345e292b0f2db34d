import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { rankMentors } from "../../src/features/mentors.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { PersonRecord } from "../../src/store/people.ts";
import { PUBLIC, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

const record = (mentor: boolean, ratings: Record<string, [number, string]>): PersonRecord => ({
  mentor,
  history: [],
  ratings: Object.fromEntries(
    Object.entries(ratings).map(([id, [level, ratedAt]]) => [id, { level, ratedAt }]),
  ),
});

describe("mentors", () => {
  it("GIVEN teammates WHEN ranking mentors THEN only opted-in people at 3+ appear, in name order whatever their level, never the asker", () => {
    const ranked = rankMentors(
      [
        {
          user: "practitioner",
          record: record(true, { pytorch: [3, "2026-11-01T00:00:00.000Z"] }),
        },
        { user: "old-expert", record: record(true, { pytorch: [4, "2026-01-01T00:00:00.000Z"] }) },
        { user: "new-expert", record: record(true, { pytorch: [4, "2026-06-01T00:00:00.000Z"] }) },
        { user: "working", record: record(true, { pytorch: [2, "2026-11-01T00:00:00.000Z"] }) },
        { user: "shy-expert", record: record(false, { pytorch: [4, "2026-11-01T00:00:00.000Z"] }) },
        { user: "asker", record: record(true, { pytorch: [4, "2026-11-01T00:00:00.000Z"] }) },
      ],
      ["pytorch"],
      "asker",
    );
    expect(ranked.map((m) => m.user)).toEqual(["new-expert", "old-expert", "practitioner"]);
  });

  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN a mentor who opts out WHEN someone asks THEN they are no longer shown", async () => {
    await say(bot, "mia", "rate docker 4");
    await say(bot, "mia", "mentor on");
    expect(textOf(await say(bot, "lee", "mentor docker"))).toMatch(/mia/);
    await say(bot, "mia", "mentor off");
    const after = textOf(await say(bot, "lee", "mentor docker"));
    expect(after).not.toMatch(/mia/);
    expect(after).toMatch(/Nobody has offered to mentor/);
  });

  it("GIVEN mentors at 3 and 4 WHEN listed in a channel THEN their names show, but not their exact levels, when they rated, or an order that tells the 4s from the 3s", async () => {
    await say(bot, "zoe", "rate sql 4");
    await say(bot, "zoe", "mentor on");
    await say(bot, "amy", "rate sql 3");
    await say(bot, "amy", "mentor on");

    const listed = textOf(await say(bot, "lee", "mentor sql", PUBLIC));

    expect(listed).toMatch(/amy — practitioner or expert[\s\S]*zoe — practitioner or expert/);
    expect(listed).not.toMatch(/[34] \(|expert \(|rated 20\d\d|\b[34]\b/);
  });

  it("GIVEN eleven mentors WHEN asked a few times THEN ten at a time, a note says one more, and everyone comes up", async () => {
    const names = ["amy", "ben", "cal", "dan", "eve", "fay", "gus", "hal", "ivy", "jon", "zoe"];
    for (const name of names) {
      await say(bot, name, "rate sql 3");
      await say(bot, name, "mentor on");
    }
    const seen = new Set<string>();
    for (let ask = 0; ask < 8; ask++) {
      const listed = textOf(await say(bot, "lee", "mentor sql"));
      expect(listed).toMatch(/And 1 more: ask again to see others/);
      for (const name of names) if (new RegExp(`\\b${name} —`).test(listed)) seen.add(name);
    }
    expect([...seen].sort()).toEqual(names);
  });

  it("GIVEN an area WHEN asking who can help THEN mentors of any skill in it are listed", async () => {
    await say(bot, "mia", "rate kubernetes 3");
    await say(bot, "mia", "mentor on");
    const reply = await say(bot, "lee", "who knows the infra stuff");
    expect(textOf(reply)).toMatch(/Mentors in Systems and Infrastructure/);
    expect(textOf(reply)).toMatch(/mia/);
  });

  it("GIVEN fewer than five raters WHEN a skill is explained THEN no team figure; with five THEN a band and the typical level", async () => {
    for (const user of ["a", "b", "c", "d"]) await say(bot, user, "rate sql 2");
    expect(textOf(await say(bot, "x", "explain sql"))).not.toMatch(/teammates rated/);
    await say(bot, "e", "rate sql 4");
    expect(textOf(await say(bot, "x", "explain sql"))).toMatch(
      /5–9 teammates rated this skill; their typical level is 2 \(working\)\./,
    );
  });

  it("GIVEN a team figure WHEN most re-rate THEN the next figure has the new level; WHEN one is forgotten below five THEN there is none", async () => {
    for (const user of ["a", "b", "c", "d", "e"]) await say(bot, user, "rate sql 2");
    expect(textOf(await say(bot, "x", "explain sql"))).toMatch(/5–9 teammates .* 2 \(working\)/);
    for (const user of ["c", "d", "e"]) await say(bot, user, "rate sql 4");
    expect(textOf(await say(bot, "x", "explain sql"))).toMatch(
      /5–9 teammates .* 3 \(practitioner\) or higher/,
    );
    await press(bot, "e", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));
    expect(textOf(await say(bot, "x", "explain sql"))).not.toMatch(/teammates rated/);
  });

  it("GIVEN two instances on one store WHEN a rating is given through the other THEN this one's figure counts it within five minutes", async () => {
    const store = await openStore("memory://", silentLogger);
    const here = await testBot({ store });
    const there = await testBot({ store });
    for (const user of ["a", "b", "c", "d"]) await say(there, user, "rate sql 2");
    expect(textOf(await say(here, "x", "explain sql"))).not.toMatch(/teammates rated/);
    await say(there, "e", "rate sql 4");
    here.clock.advance(4 * 60_000);
    expect(textOf(await say(here, "x", "explain sql"))).not.toMatch(/teammates rated/);
    here.clock.advance(60_000);
    expect(textOf(await say(here, "x", "explain sql"))).toMatch(/5–9 teammates rated this skill/);
  });

  it("GIVEN a public question about a skill WHEN explained THEN the asker's own level is not marked", async () => {
    await say(bot, "lee", "rate git 3");
    expect(textOf(await say(bot, "lee", "explain git"))).toMatch(/← you/);
    expect(textOf(await say(bot, "lee", "explain git", PUBLIC))).not.toMatch(/← you/);
  });
});
