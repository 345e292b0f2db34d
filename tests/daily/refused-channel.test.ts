import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { DeliveryUnknown, Undeliverable } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { pauseDailyQuiz } from "../../src/features/daily/pause.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { recordCodec } from "../../src/store/envelope.ts";
import { inProcessAtomic } from "../../src/store/in-process-atomic.ts";
import { type AtomicOps, KeyvRecordStore } from "../../src/store/keyv-store.ts";
import { asker, buttonsOf, type TestBot, testBot, textOf } from "../helpers/core.ts";
import {
  DAILY_CHANNEL,
  DAILY_TARGET,
  pressInChannel,
  sayAsAdmin,
} from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// A channel the platform refuses for good (deleted, archived, the bot removed): the daily quiz
// stops instead of trying every tick, and whoever set it up hears about it once.

const TARGET = DAILY_TARGET;
/** The store's record format, as open-store gives keyv. */
const KEYV_RECORDS = { useKeyPrefix: false, throwOnErrors: true, ...recordCodec } as const;
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

  it("GIVEN two instances that both hear the refusal WHEN one pauses between the other's read and write THEN the admin gets one DM", async () => {
    const records = new Map<string, unknown>();
    const keyv = new Keyv({ store: records, ...KEYV_RECORDS });
    let meanwhile: (() => Promise<void>) | undefined;
    // Like Redis: each instance its own lock, the write only if the record is as it was read.
    const instance = (name: string) => {
      const base = inProcessAtomic(keyv);
      const atomic: AtomicOps = {
        ...base,
        compareAndSet: async (key, expected, next, ttl) => {
          const other = name === "A" && key.includes(":daily:") ? meanwhile : undefined;
          meanwhile = other ? undefined : meanwhile;
          await other?.();
          if ((await base.readRaw(key)) !== expected) return false;
          return base.compareAndSet(key, expected, next, ttl);
        },
      };
      return new KeyvRecordStore({ kind: "redis", keyv, atomic, log: silentLogger });
    };
    const a = await testBot({ store: instance("A") });
    const b = await testBot({ store: instance("B") });
    a.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(a, "quiz daily on 09:00 UTC sql");
    const schedule = await a.core.schedules.get(TARGET);
    if (!schedule) throw new Error("no schedule");
    const now = new Date("2026-11-23T09:00:00Z");
    const [fromA, fromB] = [new RecordingOutbox(), new RecordingOutbox()];
    meanwhile = () => pauseDailyQuiz(b.core, fromB, schedule, now, silentLogger);

    await pauseDailyQuiz(a.core, fromA, schedule, now, silentLogger);

    const dms = [...fromA.sent, ...fromB.sent].filter((sent) => sent.kind === "dm");
    expect(dms).toHaveLength(1);
  });

  it("GIVEN the admin who set it up asked to be forgotten WHEN the channel is refused THEN the quiz stops, and nobody is DMed by their old id", async () => {
    const { bot, outbox } = await setUp();
    await bot.bot.handle({
      type: "action",
      ...asker("admin", DAILY_CHANNEL),
      action: ACTIONS.forgetConfirm,
      value: forgetConfirmValue(bot.clock.now()),
    });
    outbox.failNext(new Undeliverable("channel_not_found"), isQuestion);
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());

    expect((await bot.core.schedules.get(TARGET))?.pausedAt).toBeDefined();
    expect(JSON.stringify(await bot.core.schedules.get(TARGET))).not.toContain('"admin"');
    expect(outbox.sent.filter((sent) => sent.kind === "dm")).toEqual([]);
  });
});
