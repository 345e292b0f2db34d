import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { rankBoard } from "../../src/features/daily/leaderboard.ts";
import { answerOn, emptyStreak, isoWeek } from "../../src/features/daily/streaks.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { asker, type TestBot, testBot, textOf } from "../helpers/core.ts";

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

describe("streaks", () => {
  it("GIVEN ISO weeks WHEN dates fall around a year end THEN they belong to the right week", () => {
    expect(isoWeek("2026-11-23")).toBe("2026-W48");
    expect(isoWeek("2026-11-29")).toBe("2026-W48");
    expect(isoWeek("2026-11-30")).toBe("2026-W49");
    expect(isoWeek("2027-01-01")).toBe("2026-W53");
  });

  it("GIVEN daily answers WHEN none is missed THEN the streak grows by one a day", () => {
    const posts = days("2026-11-23", 5);
    const state = posts.reduce((s, d) => answerOn(s, d, posts), emptyStreak());
    expect(state).toMatchObject({ streak: 5, best: 5, days: 5, freezes: [] });
  });

  it("GIVEN one missed day in a week WHEN the next day is answered THEN a freeze keeps the streak; a second miss that week breaks it", () => {
    const posts = days("2026-11-23", 7); // Mon..Sun of W48
    let s = emptyStreak();
    for (const d of ["2026-11-23", "2026-11-24", "2026-11-26"]) s = answerOn(s, d, posts);
    expect(s).toMatchObject({ streak: 3, freezes: ["2026-W48"] });
    s = answerOn(s, "2026-11-28", posts);
    expect(s).toMatchObject({ streak: 1, best: 3 });
  });

  it("GIVEN a freeze used last week WHEN a day is missed this week THEN this week's freeze is still there", () => {
    const posts = days("2026-11-23", 14);
    let s = emptyStreak();
    const answered = [
      "2026-11-23",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-02",
    ];
    for (const d of answered) s = answerOn(s, d, posts);
    expect(s).toMatchObject({ streak: 8, freezes: ["2026-W48", "2026-W49"] });
  });

  it("GIVEN days without a post WHEN answering the next post THEN the streak is unbroken (streaks count posts, not days)", () => {
    const posts = ["2026-11-23", "2026-11-27"];
    const s = posts.reduce((state, d) => answerOn(state, d, posts), emptyStreak());
    expect(s.streak).toBe(2);
  });

  it("GIVEN a channel's people WHEN ranking the board THEN by days answered, opted-out people left off", () => {
    const person = (days: number, weekDays: number, unlisted = false) => ({
      name: "x",
      streak: days,
      best: days,
      days,
      freezes: [],
      week: { id: "2026-W48", days: weekDays },
      unlisted,
    });
    const board = rankBoard(
      { a: person(10, 1), b: person(3, 3), c: person(20, 5, true) },
      "week",
      "2026-W48",
      [],
      undefined,
    );
    expect(board.map(([user]) => user)).toEqual(["b", "a"]);
    expect(
      rankBoard({ a: person(10, 1), b: person(3, 3) }, "all", "2026-W48", [], undefined).map(
        ([u]) => u,
      ),
    ).toEqual(["a", "b"]);
  });
});

describe("quiz streak and leaderboard commands", () => {
  let bot: TestBot;
  const CHANNEL = { channel: "C-lb", kind: "channel" as const, audience: "public" as const };
  const target = { platform: "slack" as const, tenant: "T1", channel: "C-lb" };

  it("GIVEN answers recorded WHEN people ask THEN their own streak privately, the board publicly, and opting out hides a name", async () => {
    bot = await testBot();
    bot.clock.set("2026-11-25T12:00:00Z");
    for (const date of ["2026-11-23", "2026-11-24", "2026-11-25"]) {
      await bot.core.channels.recordPost(target, {
        date,
        roundId: date,
        questionId: "sql-1",
        areaId: "programming",
      });
      await bot.core.channels.recordAnswer(target, "ana", "Ana", date);
    }
    await bot.core.channels.recordAnswer(target, "bo", "Bo", "2026-11-25");
    const streak = await bot.bot.handle({
      type: "text",
      ...asker("ana", CHANNEL),
      text: "quiz streak",
    });
    expect(streak.visibility).toBe("private");
    expect(textOf(streak)).toMatch(/3 days.*best 3/);
    const board = await bot.bot.handle({
      type: "text",
      ...asker("cy", CHANNEL),
      text: "quiz leaderboard",
    });
    expect(board.visibility).toBe("public");
    expect(textOf(board)).toMatch(
      /Ana — 3 days answered, streak 3 \(#1\)[\s\S]*Bo — 1 day answered/,
    );
    await bot.bot.handle({ type: "text", ...asker("ana", CHANNEL), text: "quiz leaderboard off" });
    expect(
      textOf(
        await bot.bot.handle({
          type: "text",
          ...asker("cy", CHANNEL),
          text: "quiz leaderboard all",
        }),
      ),
    ).not.toMatch(/Ana/);
  });

  it("GIVEN someone who never answered turned the leaderboard off WHEN they ask to be forgotten THEN their name is gone from the channel too", async () => {
    const bot = await testBot();
    const where = { channel: "C-team", kind: "channel" as const, audience: "public" as const };
    const ana = {
      ...asker("ana", where),
      person: { ...asker("ana").person, displayName: "Ana Real-Name" },
    };
    await bot.bot.handle({ type: "text", ...ana, text: "quiz leaderboard off" });
    const target = { platform: "slack" as const, tenant: "T1", channel: "C-team" };
    expect((await bot.core.channels.participants(target)).ana?.name).toBe("Ana Real-Name");

    await bot.bot.handle({
      type: "action",
      ...ana,
      action: ACTIONS.forgetConfirm,
      value: forgetConfirmValue(bot.clock.now()),
    });

    expect(JSON.stringify(await bot.core.channels.participants(target))).not.toContain("Ana");
  });
});
