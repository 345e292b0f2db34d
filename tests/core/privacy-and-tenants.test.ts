import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

describe("forget me and tenants", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN forget me WHEN not confirmed THEN nothing is deleted", async () => {
    await say(bot, "fay", "rate sql 2");
    const reply = await say(bot, "fay", "forget me");
    expect(textOf(reply)).toMatch(/can't be undone/);
    await press(bot, "fay", ACTIONS.forgetCancel, "no");
    expect((await bot.core.people.get(person("fay"))).ratings.sql?.level).toBe(2);
  });

  it("GIVEN ratings, a mentor listing and quiz answers WHEN forget me is confirmed THEN all of it is gone", async () => {
    await say(bot, "fay", "rate sql 4");
    await say(bot, "fay", "mentor on");
    const quiz = await say(bot, "fay", "quiz sql");
    const value =
      quiz.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []))[0]?.value ?? "";
    await press(bot, "fay", ACTIONS.quizAnswer, value);
    await press(bot, "fay", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));
    const me = person("fay");
    const { z } = await import("zod");
    expect(await bot.store.get(keys.person(me), z.unknown())).toBeUndefined();
    expect(await bot.store.get(keys.ratingHistory(me), z.unknown())).toBeUndefined();
    expect(await bot.core.quizzes.log(me)).toEqual({ recent: [], scores: {} });
    expect(await bot.store.get(keys.quizLastShown(me), z.unknown())).toBeUndefined();
    // A question she was asked alone goes with her answer to it (a daily one's claim stays, empty).
    expect(await bot.core.quizzes.answer(me, value.split(":")[0] ?? "")).toBeUndefined();
    expect(await bot.core.people.mentors(me)).toEqual([]);
    expect(await bot.core.people.members(me)).toEqual([]);
  });

  it("GIVEN a personal question answered, explanations used and a reminder sent WHEN forget me is confirmed THEN the question and the per-day records that name them are gone", async () => {
    const me = person("fay");
    bot.clock.set("2026-11-25T12:00:00Z");
    const quiz = await say(bot, "fay", "quiz sql");
    const value =
      quiz.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []))[0]?.value ?? "";
    const roundId = value.split(":")[0] ?? "";
    await press(bot, "fay", ACTIONS.quizAnswer, value);
    const perDay = [
      keys.explainQuota(me, "2026-11-24"),
      keys.explainQuota(me, "2026-11-25"),
      keys.reviewNudged(me, "2026-11-25"),
      keys.reviewNudged(me, "2026-11-26"),
    ];
    for (const key of perDay) await bot.store.set(key, 1, 2 * 86_400_000);
    const { z } = await import("zod");
    expect(await bot.store.get(keys.quizRound(me, roundId), z.unknown())).toBeDefined();

    await press(bot, "fay", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));

    expect(await bot.store.get(keys.quizRound(me, roundId), z.unknown())).toBeUndefined();
    for (const key of perDay) expect(await bot.store.get(key, z.unknown())).toBeUndefined();
  });

  it("GIVEN the same user id in two workspaces WHEN rating in one THEN the other sees nothing", async () => {
    await say(bot, "same", "rate python 4", undefined, "TEAM-A");
    expect((await bot.core.people.get(person("same", "TEAM-A"))).ratings.python?.level).toBe(4);
    expect((await bot.core.people.get(person("same", "TEAM-B"))).ratings).toEqual({});
    await say(bot, "same", "mentor on", undefined, "TEAM-A");
    expect(textOf(await say(bot, "other", "mentor python", undefined, "TEAM-B"))).toMatch(
      /Nobody has offered/,
    );
  });

  it("GIVEN the store is down WHEN a person rates THEN they hear it plainly", async () => {
    const { openStore } = await import("../../src/store/open-store.ts");
    const { silentLogger } = await import("../../src/core/ports.ts");
    const down = await testBot({
      store: await openStore("redis://127.0.0.1:1", silentLogger, { connectTimeoutMs: 50 }),
    });
    const reply = await say(down, "fay", "rate sql 2");
    expect(textOf(reply)).toBe("I can't reach my storage right now, please try again in a minute.");
    await down.close().catch(() => {});
  });
});
