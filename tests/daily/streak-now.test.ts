import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { currentStreak, emptyStreak } from "../../src/features/daily/streaks.ts";
import { asker, buttonsOf, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// A streak is shown as it stands today, not as it stood at the person's last answer: missing
// more posts than the freezes forgive ends it, as the next answer would find.

const CHANNEL = { channel: "C-lb", kind: "channel" as const, audience: "public" as const };
const TARGET = { platform: "slack" as const, tenant: "T1", channel: "C-lb" };
const day = (i: number) => new Date(Date.UTC(2026, 10, 2 + i)).toISOString().slice(0, 10);

async function post(bot: TestBot, date: string): Promise<void> {
  await bot.core.channels.recordPost(TARGET, {
    date,
    roundId: date,
    questionId: "sql-1",
    areaId: "programming",
  });
}

const ask = (bot: TestBot, user: string, text: string) =>
  bot.bot.handle({ type: "text", ...asker(user, CHANNEL), text });

describe("the streak shown now", () => {
  it("GIVEN Ana answered three posts and then missed ten WHEN she asks for her streak and the board is shown THEN her streak has ended, her best is kept", async () => {
    const bot = await testBot();
    for (let i = 0; i < 14; i++) {
      await post(bot, day(i));
      await bot.core.channels.recordAnswer(
        TARGET,
        i < 3 ? "ana" : "bo",
        i < 3 ? "Ana" : "Bo",
        day(i),
      );
    }
    bot.clock.set(`${day(13)}T15:00:00Z`);

    const streak = textOf(await ask(bot, "ana", "quiz streak"));
    expect(streak).not.toMatch(/3 days/);
    expect(streak).toMatch(/best 3/);
    expect(streak).toMatch(/2026-11-04/);

    const board = textOf(await ask(bot, "cy", "quiz leaderboard all"));
    expect(board).toMatch(/Ana — 3 days answered, streak 0 \(#2\)/);
    expect(board).toMatch(/Bo — 11 days answered, streak 11 \(#1\)/);
  });

  it("GIVEN one missed post in a week WHEN the streak is asked for THEN the freeze keeps it, as answering the next post would", async () => {
    const bot = await testBot();
    // Mon 23 to Wed 25 Nov: Ana answers Monday, misses Tuesday; Wednesday's post is still to come.
    for (const date of ["2026-11-23", "2026-11-24"]) await post(bot, date);
    await bot.core.channels.recordAnswer(TARGET, "ana", "Ana", "2026-11-22");
    await bot.core.channels.recordAnswer(TARGET, "ana", "Ana", "2026-11-23");
    bot.clock.set("2026-11-24T20:00:00Z");

    expect(textOf(await ask(bot, "ana", "quiz streak"))).toMatch(/2 days \(best 2\)/);
  });

  it("GIVEN this week's freeze is used WHEN today's question is still open THEN the streak stands until its reveal, then it has ended", async () => {
    const bot = await testBot();
    bot.clock.set("2026-11-23T00:00:00Z");
    await bot.bot.handle({
      type: "text",
      ...asker("admin", CHANNEL),
      canManageChannel: true,
      text: "quiz daily on 09:00 UTC sql",
    });
    const outbox = new RecordingOutbox();
    /** Runs the scheduler at `iso`; returns the value of the first option of a question posted. */
    const runAt = async (iso: string) => {
      bot.clock.set(iso);
      const before = outbox.posts.length;
      await runDue(bot.core, outbox, bot.clock.now());
      const question = outbox.posts.slice(before).find((p) => !p.key.startsWith("reveal:"));
      return question ? (buttonsOf(question.reply)[0]?.value ?? "") : "";
    };
    const answer = (value: string) =>
      bot.bot.handle({
        type: "action",
        ...asker("ana", CHANNEL),
        action: ACTIONS.quizAnswer,
        value,
      });
    await answer(await runAt("2026-11-23T09:00:00Z")); // Monday
    await runAt("2026-11-24T09:00:00Z"); // Tuesday missed: the week's freeze
    expect(textOf(await answer(await runAt("2026-11-25T09:00:00Z")))).toMatch(/2 days/);
    await runAt("2026-11-26T09:00:00Z"); // Thursday's question, open

    expect(textOf(await ask(bot, "ana", "quiz streak"))).toMatch(/2 days \(best 2\)/);
    expect(textOf(await ask(bot, "cy", "quiz leaderboard"))).toMatch(/streak 2/);

    await runAt("2026-11-26T18:00:00Z"); // revealed, unanswered
    expect(textOf(await ask(bot, "ana", "quiz streak"))).toMatch(/has ended \(best 2/);
    expect(textOf(await ask(bot, "cy", "quiz leaderboard"))).toMatch(/streak 0/);
  });

  it("GIVEN the open question WHEN it is not answered yet THEN it does not count as missed; a second miss in the week does", () => {
    const state = {
      ...emptyStreak(),
      lastDate: "2026-11-23",
      streak: 4,
      best: 4,
    };
    const posts = ["2026-11-23", "2026-11-24", "2026-11-25"];
    // Tuesday missed (the week's freeze), Wednesday's still open.
    expect(currentStreak(state, posts, "2026-11-25")).toBe(4);
    // Wednesday revealed unanswered too: two misses in one week.
    expect(currentStreak(state, posts, undefined)).toBe(0);
    // The week's freeze already used: one miss is enough.
    expect(currentStreak({ ...state, freezes: ["2026-W48"] }, posts, "2026-11-25")).toBe(0);
    // Answered the open question already.
    expect(currentStreak({ ...state, lastDate: "2026-11-25" }, posts, "2026-11-25")).toBe(4);
    expect(currentStreak(emptyStreak(), posts, undefined)).toBe(0);
  });
});
