import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/ports.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { openStore } from "../../src/store/open-store.ts";
import { writeBakeryMatrix } from "../core/bakery-matrix.ts";
import { asker, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

const CHANNEL = { channel: "C-daily", kind: "channel" as const, audience: "public" as const };

const asAdmin = (bot: TestBot, text: string) =>
  bot.bot.handle({ type: "text", ...asker("admin", CHANNEL), canManageChannel: true, text });

describe("daily quiz on a matrix without questions", () => {
  it("GIVEN a matrix with no quiz questions WHEN an admin turns the daily quiz on THEN it is refused with why, nothing is scheduled and nothing is promised", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    bot.clock.set("2026-11-26T08:00:00Z");
    const reply = await asAdmin(bot, "quiz daily on 09:30 UTC");
    expect(textOf(reply)).toMatch(/This skill matrix has no quiz questions yet/);
    expect(reply.visibility).toBe("private");
    expect(textOf(await asAdmin(bot, "quiz daily status"))).toMatch(
      /No daily quiz in this channel/,
    );
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-26T09:31:00Z");
    expect(await runDue(bot.core, outbox, bot.clock.now())).toEqual([]);
    await bot.close();
  });

  it("GIVEN questions for Baking only WHEN the daily quiz is set on Plating THEN it is refused; on Baking it starts and posts", async () => {
    const bot = await testBot({
      env: { SKILLBOT_MATRIX: writeBakeryMatrix({ questionsFor: ["baking"] }) },
    });
    bot.clock.set("2026-11-26T08:00:00Z");
    expect(textOf(await asAdmin(bot, "quiz daily on 09:30 UTC plating"))).toMatch(
      /no quiz questions for Plating yet/,
    );
    expect(textOf(await asAdmin(bot, "quiz daily status"))).toMatch(/No daily quiz/);
    expect(textOf(await asAdmin(bot, "quiz daily on 09:30 UTC baking"))).toMatch(/Daily quiz on/);
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-26T09:31:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    expect(outbox.posts.map((p) => textOf(p.reply))).toEqual([
      expect.stringMatching(/^Daily quiz: Baking/),
    ]);
    await bot.close();
  });

  it("GIVEN a daily quiz set while the matrix had questions WHEN the matrix loses them THEN status says nothing is posted rather than promising the next question", async () => {
    const store = await openStore("memory://", silentLogger);
    const before = await testBot({
      store,
      env: { SKILLBOT_MATRIX: writeBakeryMatrix({ questionsFor: ["baking"] }) },
    });
    expect(textOf(await asAdmin(before, "quiz daily on 09:30 UTC baking"))).toMatch(
      /Daily quiz on/,
    );
    const after = await testBot({ store, env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    const status = textOf(await asAdmin(after, "quiz daily status"));
    expect(status).toMatch(/no quiz questions now, so nothing is posted/);
    expect(status).not.toMatch(/Next question/);
    await after.close();
  });

  it("GIVEN a matrix with questions but no tracks WHEN the daily quiz is on for the team's weakest skills THEN it posts", async () => {
    const bot = await testBot({
      env: { SKILLBOT_MATRIX: writeBakeryMatrix({ questionsFor: ["baking"] }) },
    });
    bot.clock.set("2026-11-26T08:00:00Z");
    expect(textOf(await asAdmin(bot, "quiz daily on 09:30 UTC"))).toMatch(/Daily quiz on/);
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-26T09:31:00Z");

    const done = await runDue(bot.core, outbox, bot.clock.now());

    expect(done).toEqual([expect.objectContaining({ kind: "question" })]);
    expect(outbox.posts).toHaveLength(1);
    await bot.close();
  });
});
