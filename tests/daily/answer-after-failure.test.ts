import { describe, expect, inject, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { openStore } from "../../src/store/open-store.ts";
import { asker, buttonsOf, person, type TestBot, testBot, textOf } from "../helpers/core.ts";
import {
  DAILY_CHANNEL,
  DAILY_TARGET,
  postedDailyQuestion,
  pressInChannel,
} from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";
import { memoryStores, updatesFailing } from "../helpers/store.ts";

// A daily answer is claimed first (once per person), then counted in the anonymous tally, the
// person's streak and quiz log. A store failure in between must not lose it for good.

const openMemory = memoryStores();
const redisUrl = inject("redisUrl");

const streakOf = async (bot: TestBot, user: string) =>
  textOf(
    await bot.bot.handle({ type: "text", ...asker(user, DAILY_CHANNEL), text: "quiz streak" }),
  );

describe("a daily answer whose recording failed halfway", () => {
  it("GIVEN ana's answer claimed but the tally write failed WHEN she presses again THEN it is confirmed, counted once, and her streak starts", async () => {
    const { store, switchable } = updatesFailing(await openMemory(), /:tally:/, false);
    const bot = await testBot({ store });
    const { buttons, roundId } = await postedDailyQuestion(bot);
    const value = buttons[2]?.value ?? "";

    switchable.down = true;
    expect(textOf(await pressInChannel(bot, "ana", value))).toMatch(/can't reach my storage/);
    switchable.down = false;
    const retry = textOf(await pressInChannel(bot, "ana", value));

    expect(retry).toBe(
      `Got it: you chose "${buttons[2]?.label}". The answer comes at Mon 23 Nov, 17:00. Your streak here: 1 day.`,
    );
    expect(await bot.core.quizzes.tally(DAILY_TARGET, roundId, buttons.length)).toEqual([
      0, 0, 1, 0,
    ]);
    expect(await streakOf(bot, "ana")).toMatch(/Your streak in this channel: 1 day/);
    expect(textOf(await pressInChannel(bot, "ana", value))).toMatch(/already answered/);
  });

  it("GIVEN the tally counted ana's answer but her streak write failed WHEN she presses again THEN her streak starts and the tally still counts her once", async () => {
    const { store, switchable } = updatesFailing(
      await openMemory(),
      /:channelquiz:.*:people:/,
      false,
    );
    const bot = await testBot({ store });
    const { buttons, roundId } = await postedDailyQuestion(bot);

    switchable.down = true;
    expect(textOf(await pressInChannel(bot, "ana", buttons[1]?.value ?? ""))).toMatch(
      /can't reach my storage/,
    );
    switchable.down = false;
    expect(textOf(await pressInChannel(bot, "ana", buttons[1]?.value ?? ""))).toMatch(/^Got it/);
    expect(textOf(await pressInChannel(bot, "ana", buttons[1]?.value ?? ""))).toMatch(
      /already answered/,
    );

    expect(await bot.core.quizzes.tally(DAILY_TARGET, roundId, buttons.length)).toEqual([
      0, 1, 0, 0,
    ]);
    expect(await streakOf(bot, "ana")).toMatch(/Your streak in this channel: 1 day/);
  });
});

describe.skipIf(!redisUrl)("a daily answer half-recorded, on two instances sharing Redis", () => {
  it("GIVEN ana's press failed after its claim on one instance WHEN her next presses race on both THEN her answer is finished once: one in the tally, one day of streak, one log entry", async () => {
    const tenant = `T-${Math.random().toString(36).slice(2)}`;
    const { store, switchable } = updatesFailing(
      await openStore(redisUrl as string, silentLogger),
      /:tally:/,
      false,
    );
    const a = await testBot({ store, seed: 1 });
    const b = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 2 });
    const press = (bot: TestBot, value: string) =>
      bot.bot.handle({
        type: "action",
        ...asker("ana", DAILY_CHANNEL, tenant),
        action: ACTIONS.quizAnswer,
        value,
      });
    try {
      a.clock.set("2026-11-23T00:00:00Z");
      await a.bot.handle({
        type: "text",
        ...asker("admin", DAILY_CHANNEL, tenant),
        canManageChannel: true,
        text: "quiz daily on 09:00 UTC sql",
      });
      const outbox = new RecordingOutbox();
      await runDue(a.core, outbox, new Date("2026-11-23T09:00:00Z"));
      const buttons = buttonsOf(
        outbox.posts[0]?.reply ?? { visibility: "public", blocks: [], summary: "" },
      );
      const value = buttons[3]?.value ?? "";
      for (const bot of [a, b]) bot.clock.set("2026-11-23T09:05:00Z");

      switchable.down = true;
      expect(textOf(await press(a, value))).toMatch(/can't reach my storage/);
      switchable.down = false;
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, i) => press(i % 2 ? a : b, value)),
      );

      const said = replies.map(textOf);
      expect(said.filter((t) => /^Got it/.test(t)).length).toBeGreaterThanOrEqual(1);
      expect(said.every((t) => /^Got it|already answered/.test(t))).toBe(true);
      const target = { platform: "slack" as const, tenant, channel: DAILY_CHANNEL.channel };
      const roundId = value.split(":")[0] ?? "";
      expect(await b.core.quizzes.tally(target, roundId, buttons.length)).toEqual([0, 0, 0, 1]);
      expect((await b.core.channels.participant(target, "ana"))?.days).toBe(1);
      expect((await b.core.quizzes.log(person("ana", tenant))).recent).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
