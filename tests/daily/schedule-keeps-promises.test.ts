import { describe, expect, it } from "vitest";
import { runDue } from "../../src/features/daily/run-due.ts";
import { asker, buttonsOf, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { DAILY_CHANNEL, pressInChannel, sayAsAdmin } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// What `quiz daily on` and `status` promise must be what the scheduler then does: a question on
// each day it names, never a silent stop, and no weekend post for a weekday team.

const DAY_MS = 86_400_000;
const isQuestion = (p: { key: string }) => !p.key.startsWith("reveal:");
const inChannel = (bot: TestBot, user: string, text: string) =>
  bot.bot.handle({ type: "text", ...asker(user, DAILY_CHANNEL), text });

/** Runs the scheduler at 09:00 UTC on `days` days from `first`; the question posted each day. */
async function dailyRuns(bot: TestBot, outbox: RecordingOutbox, first: string, days: number) {
  const posted: (string | undefined)[] = [];
  for (let d = 0; d < days; d++) {
    bot.clock.set(new Date(Date.parse(`${first}T09:00:00Z`) + d * DAY_MS).toISOString());
    const before = outbox.posts.length;
    await runDue(bot.core, outbox, bot.clock.now());
    posted.push(outbox.posts.slice(before).find(isQuestion)?.reply.summary);
  }
  return posted;
}

describe("a daily quiz on a topic with few questions", () => {
  it("GIVEN a daily quiz on sql (4 questions) THEN setting it up says so, and it posts every day, the question asked longest ago once none is new", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-22T12:00:00Z");
    const setUp = textOf(await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql"));
    expect(setUp).toMatch(/has 4 questions/);

    const posted = await dailyRuns(bot, outbox, "2026-11-23", 12);

    expect(posted.every((q) => q !== undefined)).toBe(true);
    expect(new Set(posted.slice(0, 4)).size).toBe(4);
    // From the fifth day on, they come round again, oldest first.
    expect(posted.slice(4, 8)).toEqual(posted.slice(0, 4));
    expect(posted.slice(8, 12)).toEqual(posted.slice(0, 4));
  });
});

describe("a daily quiz on weekdays only", () => {
  it("GIVEN `quiz daily on 09:00 UTC weekdays` and someone answering Mon–Fri THEN nothing is posted Sat/Sun, status says weekdays, and the streak runs across weekends", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-22T12:00:00Z"); // a Sunday
    expect(textOf(await sayAsAdmin(bot, "quiz daily on 09:00 UTC weekdays"))).toMatch(
      /on weekdays at .*09:00.* First question Mon 23 Nov, 09:00/,
    );
    const days = 21;
    for (let d = 0; d < days; d++) {
      bot.clock.set(new Date(Date.parse("2026-11-23T09:00:00Z") + d * DAY_MS).toISOString());
      const before = outbox.posts.length;
      await runDue(bot.core, outbox, bot.clock.now());
      const question = outbox.posts.slice(before).find(isQuestion);
      const weekend = [0, 6].includes(bot.clock.now().getUTCDay());
      expect(question === undefined).toBe(weekend);
      bot.clock.advance(60_000);
      if (question)
        await pressInChannel(bot, "weekdayer", buttonsOf(question.reply)[0]?.value ?? "");
    }
    expect(textOf(await inChannel(bot, "weekdayer", "quiz streak"))).toMatch(/15 days/);
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(
      /on weekdays at .*Next question Mon 14 Dec, 09:00/,
    );
  });

  it("GIVEN a schedule stored before weekdays existed THEN it still posts every day", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-22T12:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC");
    const schedule = await bot.core.schedules.get({
      platform: "slack",
      tenant: "T1",
      channel: "C-team",
    });
    const { days: _none, ...stored } = schedule as typeof schedule & { days?: unknown };
    await bot.core.schedules.save(stored as NonNullable<typeof schedule>);
    expect((await dailyRuns(bot, outbox, "2026-11-23", 7)).filter(Boolean)).toHaveLength(7);
  });
});

describe("setting the quiz up again on a day it already posted", () => {
  it("GIVEN the 09:00 question posted WHEN the time is changed to 11:00 at 10:05 THEN reply and status name tomorrow 11:00, and that is when the next comes", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC");
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    bot.clock.set("2026-11-23T10:05:00Z");

    expect(textOf(await sayAsAdmin(bot, "quiz daily on 11:00 UTC"))).toMatch(
      /First question Tue 24 Nov, 11:00/,
    );
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(
      /Next question Tue 24 Nov, 11:00/,
    );
    bot.clock.set("2026-11-24T11:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    expect(outbox.posts.filter(isQuestion)).toHaveLength(2);
  });

  it("GIVEN the 09:00 question posted WHEN the quiz is turned off and on again at 10:05 THEN the reply names tomorrow, not a post today that would never come", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC");
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    bot.clock.set("2026-11-23T10:05:00Z");
    await sayAsAdmin(bot, "quiz daily off");

    expect(textOf(await sayAsAdmin(bot, "quiz daily on 11:00 UTC"))).toMatch(
      /First question Tue 24 Nov, 11:00/,
    );
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(
      /Next question Tue 24 Nov, 11:00/,
    );
  });
});

describe("setting the quiz up again after it was turned off, the same day", () => {
  it("GIVEN today's question posted and revealed, and the quiz turned off WHEN it is turned on again for later today THEN the reply names tomorrow, and tomorrow it posts", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC");
    for (const at of ["2026-11-23T09:00:00Z", "2026-11-23T17:00:00Z"]) {
      bot.clock.set(at);
      await runDue(bot.core, outbox, bot.clock.now());
    }
    bot.clock.set("2026-11-23T18:00:00Z");
    expect(textOf(await sayAsAdmin(bot, "quiz daily off"))).toMatch(/^Daily quiz off/);

    expect(textOf(await sayAsAdmin(bot, "quiz daily on 20:00 UTC"))).toMatch(
      /First question Tue 24 Nov, 20:00/,
    );
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(
      /Next question Tue 24 Nov, 20:00/,
    );
    bot.clock.set("2026-11-24T20:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    expect(outbox.posts.filter(isQuestion)).toHaveLength(2);
  });
});

describe("turning the quiz off with a question open", () => {
  it("GIVEN answers to today's question WHEN the quiz is turned off THEN the reply says so, the question still gets its reveal at its time, and no further question comes", async () => {
    const bot = await testBot();
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const question = outbox.posts.find(isQuestion);
    bot.clock.set("2026-11-23T09:30:00Z");
    await pressInChannel(
      bot,
      "ana",
      buttonsOf(question?.reply ?? { visibility: "public", blocks: [], summary: "" })[0]?.value ??
        "",
    );

    expect(textOf(await sayAsAdmin(bot, "quiz daily off"))).toMatch(/answer .* Mon 23 Nov, 17:00/);
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(/off/i);

    for (const at of ["2026-11-23T17:00:00Z", "2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z"]) {
      bot.clock.set(at);
      await runDue(bot.core, outbox, bot.clock.now());
    }
    const reveals = outbox.posts.filter((p) => !isQuestion(p));
    expect(reveals).toHaveLength(1);
    expect(textOf(reveals[0]?.reply ?? { visibility: "public", blocks: [], summary: "" })).toMatch(
      /1 answer/,
    );
    expect(outbox.posts.filter(isQuestion)).toHaveLength(1);
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(/No daily quiz/);
  });
});

describe("damaged daily records", () => {
  it("GIVEN a tally whose counts hold a string WHEN someone answers and the answer is revealed THEN the answer counts, and the reveal does not say nobody answered", async () => {
    const { silentLogger } = await import("../../src/core/ports.ts");
    const { memoryStore } = await import("../../src/store/open-store.ts");
    const map = new Map<string, unknown>();
    const bot = await testBot({ store: memoryStore(map, silentLogger) });
    const outbox = new RecordingOutbox();
    bot.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const buttons = buttonsOf(
      outbox.posts[0]?.reply ?? { visibility: "public", blocks: [], summary: "" },
    );
    const roundId = buttons[0]?.value.split(":")[0] ?? "";
    for (const user of ["a", "b", "c"]) await pressInChannel(bot, user, buttons[0]?.value ?? "");
    map.set(
      `sb:slack:T1:tally:${roundId}`,
      JSON.stringify({ value: { counts: [3, 0, 0, "0"], counted: [] } }),
    );

    expect(textOf(await pressInChannel(bot, "d", buttons[1]?.value ?? ""))).toMatch(/^Got it/);
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const reveal = outbox.posts.find((p) => !isQuestion(p));
    const said = textOf(reveal?.reply ?? { visibility: "public", blocks: [], summary: "" });
    expect(said).not.toMatch(/Nobody answered/);
    expect(said).toMatch(/4 answers/);
  });

  it("GIVEN a schedule stored with a time of 9:00 THEN status says it is damaged, and `quiz daily on` sets it up again", async () => {
    const { silentLogger } = await import("../../src/core/ports.ts");
    const { memoryStore } = await import("../../src/store/open-store.ts");
    const map = new Map<string, unknown>();
    const bot = await testBot({ store: memoryStore(map, silentLogger) });
    bot.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC");
    const key = "sb:slack:T1:daily:C-team";
    const stored = JSON.parse(String(map.get(key)));
    stored.value.time = "9:00";
    map.set(key, JSON.stringify(stored));

    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(/damaged/);
    expect(textOf(await sayAsAdmin(bot, "quiz daily on 10:00 UTC"))).toMatch(/^Daily quiz on/);
    expect(textOf(await inChannel(bot, "x", "quiz daily status"))).toMatch(
      /Next question Mon 23 Nov, 10:00/,
    );
  });
});
