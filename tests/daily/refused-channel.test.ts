import { describe, expect, it } from "vitest";
import { DeliveryUnknown, Undeliverable } from "../../src/core/outbox.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { buttonsOf, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { DAILY_TARGET, pressInChannel, sayAsAdmin } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// A channel the platform refuses for good (deleted, archived, the bot removed): the daily quiz
// stops instead of trying every tick, and whoever set it up hears about it once.

const TARGET = DAILY_TARGET;
const isReveal = (key: string) => key.startsWith("reveal:");
const isQuestion = (key: string) => !isReveal(key);

async function setUp(): Promise<{ bot: TestBot; outbox: RecordingOutbox }> {
  const bot = await testBot();
  bot.clock.set("2026-11-23T00:00:00Z");
  await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
  return { bot, outbox: new RecordingOutbox() };
}

const say = sayAsAdmin;

describe("a channel the platform refuses for good", () => {
  it("GIVEN the day's post is refused WHEN the scheduler keeps ticking THEN it tried once, the admin got one DM naming the channel, and status says it stopped", async () => {
    const { bot, outbox } = await setUp();
    outbox.failNext(new Undeliverable("channel_not_found"), isQuestion);
    for (let minute = 0; minute < 90; minute++) {
      bot.clock.set(new Date(Date.parse("2026-11-23T09:00:00Z") + minute * 60_000).toISOString());
      await runDue(bot.core, outbox, bot.clock.now());
    }
    bot.clock.set("2026-11-24T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());

    expect(outbox.posts).toHaveLength(0);
    const dms = outbox.sent.filter((s) => s.kind === "dm");
    expect(dms).toHaveLength(1);
    expect(dms[0]?.kind === "dm" && dms[0].person.user).toBe("admin");
    const dm = dms[0]?.kind === "dm" ? dms[0].reply : undefined;
    expect(dm?.visibility).toBe("private");
    expect(
      dm?.blocks.some((b) => b.kind === "text" && b.text.some((s) => s.channel === "C-team")),
    ).toBe(true);
    expect(textOf(await say(bot, "quiz daily status"))).toMatch(/stopped: I couldn't post here/);
  });

  it("GIVEN a stopped quiz WHEN someone sets it up again THEN it posts the next day", async () => {
    const { bot, outbox } = await setUp();
    outbox.failNext(new Undeliverable("not_in_channel"), isQuestion);
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());

    await say(bot, "quiz daily on 09:00 UTC sql");
    bot.clock.set("2026-11-24T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());

    expect(outbox.posts.filter((p) => isQuestion(p.key))).toHaveLength(1);
  });

  it("GIVEN an open question WHEN its reveal is refused for good THEN the quiz stops and a press no longer counts", async () => {
    const { bot, outbox } = await setUp();
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const question = outbox.posts[0]?.reply;
    const buttons = question ? buttonsOf(question) : [];
    outbox.failNext(new Undeliverable("channel_not_found"), isReveal);
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    await runDue(bot.core, outbox, new Date("2026-11-23T17:01:00Z"));

    const press = await pressInChannel(bot, "ana", buttons[0]?.value ?? "");

    expect(textOf(press)).toMatch(/closed, so answers to it no longer count/);
    expect((await bot.core.schedules.get(TARGET))?.pausedAt).toBeDefined();
    expect(outbox.sent.filter((s) => s.kind === "dm")).toHaveLength(1);
  });

  it("GIVEN a reveal that timed out (it may have been posted) WHEN later ticks come THEN the question is closed anyway", async () => {
    const { bot, outbox } = await setUp();
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const buttons = buttonsOf(
      outbox.posts[0]?.reply ?? { visibility: "public", blocks: [], summary: "" },
    );
    outbox.failNext(new DeliveryUnknown("timed out after sending"), isReveal);
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());

    const press = await pressInChannel(bot, "ana", buttons[0]?.value ?? "");

    expect(textOf(press)).toMatch(/closed, so answers to it no longer count/);
    expect((await bot.core.schedules.get(TARGET))?.open).toBeUndefined();
  });
});
