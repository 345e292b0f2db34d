import { describe, expect, it } from "vitest";
import { runDue } from "../../src/features/daily/run-due.ts";
import { postDecision } from "../../src/features/daily/schedule-time.ts";
import { asker, testBot, textOf } from "../helpers/core.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

const CHANNEL = { channel: "C-daily", kind: "channel" as const, audience: "public" as const };

async function botWithSchedule(time: string, timezone: string, enabledAt: string) {
  const bot = await testBot();
  bot.clock.set(enabledAt);
  const reply = await bot.bot.handle({
    type: "text",
    ...asker("admin", CHANNEL),
    canManageChannel: true,
    text: `quiz daily on ${time} ${timezone}`,
  });
  expect(textOf(reply)).toMatch(/Daily quiz on/);
  return bot;
}

/** Ticks the scheduler every `stepMin` minutes between two instants, on the fake clock. */
async function tick(
  bot: Awaited<ReturnType<typeof testBot>>,
  outbox: RecordingOutbox,
  from: string,
  to: string,
  stepMin = 5,
) {
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepMin * 60_000) {
    bot.clock.set(new Date(t).toISOString());
    await runDue(bot.core, outbox, new Date(t));
  }
}

const questionsPosted = (outbox: RecordingOutbox) =>
  outbox.posts.filter((p) =>
    /^Daily quiz/.test(p.reply.blocks[0]?.kind === "heading" ? p.reply.blocks[0].text : ""),
  );

describe("daily quiz schedule", () => {
  it("GIVEN 09:30 Europe/Berlin WHEN the clocks spring forward and fall back THEN exactly one post a day, at 09:30 local", async () => {
    for (const [from, to, expected] of [
      [
        "2026-03-27T00:00:00Z",
        "2026-03-31T00:00:00Z",
        ["2026-03-27T08:30", "2026-03-28T08:30", "2026-03-29T07:30", "2026-03-30T07:30"],
      ],
      [
        "2026-10-23T00:00:00Z",
        "2026-10-27T00:00:00Z",
        ["2026-10-23T07:30", "2026-10-24T07:30", "2026-10-25T08:30", "2026-10-26T08:30"],
      ],
    ] as const) {
      const bot = await botWithSchedule("09:30", "Europe/Berlin", from);
      const outbox = new RecordingOutbox();
      const postedAt: string[] = [];
      for (let t = Date.parse(from); t <= Date.parse(to); t += 15 * 60_000) {
        bot.clock.set(new Date(t).toISOString());
        const before = questionsPosted(outbox).length;
        await runDue(bot.core, outbox, new Date(t));
        if (questionsPosted(outbox).length > before)
          postedAt.push(new Date(t).toISOString().slice(0, 16));
      }
      expect(postedAt).toEqual(expected);
    }
  });

  it("GIVEN 02:30 Europe/Berlin, a time that is skipped and then repeated by DST WHEN ticking through THEN no day is skipped or doubled", async () => {
    const bot = await botWithSchedule("02:30", "Europe/Berlin", "2026-03-28T00:00:00Z");
    const outbox = new RecordingOutbox();
    await tick(bot, outbox, "2026-03-28T00:00:00Z", "2026-03-30T12:00:00Z", 15);
    expect(questionsPosted(outbox)).toHaveLength(3); // 28, 29 (02:30 does not exist: posted at 03:00), 30
    const fall = await botWithSchedule("02:30", "Europe/Berlin", "2026-10-24T00:00:00Z");
    const fallOutbox = new RecordingOutbox();
    await tick(fall, fallOutbox, "2026-10-24T00:00:00Z", "2026-10-26T12:00:00Z", 15);
    expect(questionsPosted(fallOutbox)).toHaveLength(3); // 24, 25 (02:30 happens twice), 26
  });

  it("GIVEN the bot was down at 09:30 WHEN it comes back 75 minutes late THEN it posts once; 2 hours late THEN it skips and logs", async () => {
    const bot = await botWithSchedule("09:30", "UTC", "2026-11-20T00:00:00Z");
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-20T10:45:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    await runDue(bot.core, outbox, bot.clock.now());
    expect(questionsPosted(outbox)).toHaveLength(1);

    const schedule = await bot.core.schedules.get({
      platform: "slack",
      tenant: "T1",
      channel: "C-daily",
    });
    if (!schedule) throw new Error("no schedule");
    expect(postDecision(schedule, new Date("2026-11-21T11:29:00Z")).kind).toBe("post");
    expect(postDecision(schedule, new Date("2026-11-21T11:30:00Z")).kind).toBe("too-late");

    bot.clock.set("2026-11-21T11:31:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    expect(questionsPosted(outbox)).toHaveLength(1);
    const after = await bot.core.schedules.get({
      platform: "slack",
      tenant: "T1",
      channel: "C-daily",
    });
    expect(after?.lastSkippedDate).toBe("2026-11-21");
    await tick(bot, outbox, "2026-11-22T09:00:00Z", "2026-11-22T10:00:00Z");
    expect(questionsPosted(outbox)).toHaveLength(2);
  });

  it("GIVEN a schedule enabled at 10:00 WHEN its 09:30 slot already passed today THEN the first post is tomorrow", async () => {
    const bot = await botWithSchedule("09:30", "UTC", "2026-11-20T10:00:00Z");
    const outbox = new RecordingOutbox();
    await tick(bot, outbox, "2026-11-20T10:00:00Z", "2026-11-21T09:25:00Z", 30);
    expect(questionsPosted(outbox)).toHaveLength(0);
    await tick(bot, outbox, "2026-11-21T09:30:00Z", "2026-11-21T09:30:00Z");
    expect(questionsPosted(outbox)).toHaveLength(1);
  });

  it("GIVEN an open question WHEN 8 hours pass THEN it is revealed once; WHEN the next post comes first THEN the reveal comes with it", async () => {
    const bot = await botWithSchedule("09:30", "UTC", "2026-11-20T00:00:00Z");
    const outbox = new RecordingOutbox();
    await tick(bot, outbox, "2026-11-20T09:30:00Z", "2026-11-20T17:25:00Z");
    expect(outbox.posts.map((p) => p.key.startsWith("reveal:"))).toEqual([false]);
    await tick(bot, outbox, "2026-11-20T17:30:00Z", "2026-11-20T18:00:00Z");
    expect(outbox.posts.map((p) => p.key.startsWith("reveal:"))).toEqual([false, true]);
    expect(outbox.sent.filter((s) => s.kind === "update")).toHaveLength(1);
  });

  it("GIVEN a post that surely failed WHEN retried within the window THEN it posts; GIVEN a timeout (delivery unknown) THEN never again that day", async () => {
    const { DeliveryUnknown } = await import("../../src/core/outbox.ts");
    const bot = await botWithSchedule("09:30", "UTC", "2026-11-20T00:00:00Z");
    const outbox = new RecordingOutbox();
    const isQuestion = (key: string) => !key.startsWith("reveal:");
    outbox.failNext(new Error("connection refused"), isQuestion);
    await tick(bot, outbox, "2026-11-20T09:30:00Z", "2026-11-20T09:35:00Z");
    expect(questionsPosted(outbox)).toHaveLength(1);
    outbox.failNext(new DeliveryUnknown("timed out after sending"), isQuestion);
    await tick(bot, outbox, "2026-11-21T09:30:00Z", "2026-11-21T11:00:00Z");
    expect(questionsPosted(outbox)).toHaveLength(1);
  });

  it("GIVEN someone who cannot manage the channel WHEN they change the daily quiz THEN a clear refusal and nothing changes", async () => {
    const bot = await testBot({ env: { SKILLBOT_ADMINS: "U-listed" } });
    const attempt = (user: string, canManageChannel: boolean, text: string) =>
      bot.bot.handle({ type: "text", ...asker(user, CHANNEL), canManageChannel, text });
    expect(textOf(await attempt("U-member", false, "quiz daily on 08:00"))).toMatch(
      /Only people who can manage this channel/,
    );
    expect(
      await bot.core.schedules.get({ platform: "slack", tenant: "T1", channel: "C-daily" }),
    ).toBeUndefined();
    expect(textOf(await attempt("U-listed", false, "quiz daily on 08:00"))).toMatch(
      /Daily quiz on/,
    );
    expect(textOf(await attempt("U-member", false, "quiz daily off"))).toMatch(
      /Only people who can manage/,
    );
    expect(textOf(await attempt("U-member", false, "quiz daily status"))).toMatch(
      /every day at 08:00 \(UTC\)/,
    );
    expect(textOf(await attempt("U-admin", true, "quiz daily off"))).toMatch(/Daily quiz off/);
  });

  it.each([
    ["quiz daily on 25:00", /"25:00" isn't a time/],
    ["quiz daily on 9am", /"9am" isn't a time/],
    ["quiz daily on 09:30 Mars/Olympus", /"Mars\/Olympus" isn't a time zone/],
    ["quiz daily on 09:30 mars/olympus sql", /"mars\/olympus" isn't a time zone/],
    ["quiz daily on 09:30 UTC xyzzy-skill", /couldn't find "xyzzy-skill"/],
  ])("GIVEN %j WHEN enabling THEN a friendly correction", async (text, message) => {
    expect(textOf(await asChannelManager(text))).toMatch(message);
  });

  it.each([
    ["quiz daily on 09:30 europe/berlin", /09:30 \(Europe\/Berlin\)/],
    ["quiz daily on 07:00 Etc/GMT+2 sql", /07:00 \(Etc\/GMT\+2\), topic SQL/],
    ["quiz daily on 08:15 Asia/Kolkata", /08:15 \(Asia\/Kolkata\)/],
    ["quiz daily on 09:30 ci/cd", /09:30 \(UTC\), topic CI\/CD/],
    ["quiz daily on 09:30 gmt ci/cd", /09:30 \(UTC\), topic CI\/CD/],
  ])(
    "GIVEN %j (a time zone in any case or with digits, or a topic with a slash) WHEN enabling THEN each is read as what it is",
    async (text, shown) => {
      expect(textOf(await asChannelManager(text))).toMatch(shown);
    },
  );

  it("GIVEN defaults WHEN enabling with no options THEN 09:30, the person's time zone (or UTC) and weakest", async () => {
    const reply = await asChannelManager("quiz daily on", "America/New_York");
    expect(textOf(reply)).toMatch(/09:30 \(America\/New_York\), topic the team's weakest skills/);
  });
});

/** `text` typed in a channel by someone who may change its daily quiz, on a fresh bot. */
async function asChannelManager(text: string, timezone?: string) {
  const bot = await testBot();
  return bot.bot.handle({
    type: "text",
    ...asker("admin", CHANNEL),
    canManageChannel: true,
    ...(timezone ? { timezone } : {}),
    text,
  });
}
