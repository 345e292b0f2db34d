import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/ports.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { keys } from "../../src/store/keys.ts";
import { openStore } from "../../src/store/open-store.ts";
import { testBot, textOf } from "../helpers/core.ts";
import { DAILY_TARGET, sayAsAdmin } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";
import { storeWith } from "../helpers/store.ts";

// An admin sets the channel's quiz up again (a new topic) at the very moment the scheduler
// posts its question, on another instance or just concurrently. The new settings must not
// bring back the schedule as it was before the post: the open question would lose its reveal
// and keep taking answers for days.

describe("setting a daily quiz up again while it posts", () => {
  it("GIVEN the admin's command read the schedule before today's post WHEN it saves the new topic THEN the posted question stays open and is revealed", async () => {
    const inner = await openStore("memory://", silentLogger);
    const scheduleKey = keys.dailySchedule(DAILY_TARGET, DAILY_TARGET.channel);
    // Holds the next read of the schedule until `release`: the command's read, taken before
    // the post and used after it.
    let hold: { taken: () => void; released: Promise<void> } | undefined;
    const store = storeWith(inner, {
      get: async (key, schema) => {
        const value = await inner.get(key, schema);
        const held = hold;
        if (held && key === scheduleKey) {
          hold = undefined;
          held.taken();
          await held.released;
        }
        return value;
      },
    });
    const bot = await testBot({ store });
    bot.clock.set("2026-11-26T08:00:00Z");
    expect(textOf(await sayAsAdmin(bot, "quiz daily on 09:30 UTC"))).toMatch(/Daily quiz on/);

    bot.clock.set("2026-11-27T09:30:00Z");
    let release = () => {};
    const taken = new Promise<void>((resolve) => {
      hold = { taken: resolve, released: new Promise<void>((done) => (release = done)) };
    });
    const setUpAgain = sayAsAdmin(bot, "quiz daily on 09:30 UTC sql");
    await taken;
    const outbox = new RecordingOutbox();
    await runDue(bot.core, outbox, bot.clock.now());
    release();
    expect(textOf(await setUpAgain)).toMatch(/Daily quiz on/);

    const posted = outbox.posts[0];
    const schedule = await bot.core.schedules.get(DAILY_TARGET);
    expect(schedule?.topic).toEqual({ kind: "skill", id: "sql" });
    expect(schedule?.open?.messageId).toBe(posted?.messageId);
    expect(schedule?.lastPostDate).toBe("2026-11-27");

    bot.clock.set("2026-11-27T17:31:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    expect(outbox.posts.filter((p) => p.key.startsWith("reveal:"))).toHaveLength(1);
  });
});
