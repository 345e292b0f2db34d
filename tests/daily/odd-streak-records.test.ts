import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { memoryStore } from "../../src/store/open-store.ts";
import { stableHash } from "../../src/store/stable-hash.ts";
import { buttonsOf, press, type TestBot, testBot, textOf } from "../helpers/core.ts";
import {
  DAILY_CHANNEL,
  DAILY_TARGET,
  pressInChannel,
  sayAsAdmin,
} from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// A channel's streaks as an older or odd version wrote them: one participant's entry, or one
// post, in a shape today's schema does not read. Everyone else's answers, streaks and forget-me
// must carry on.

const CHANNEL_KEY = keys.channelQuiz(DAILY_TARGET, DAILY_TARGET.channel);
/** Where a user's streak is kept (channel-quiz.ts: 64 shards by stable hash). */
const shardKey = (user: string) => `${CHANNEL_KEY}:people:${stableHash(user) % 64}`;
/** `count` user ids whose streaks are kept in the same shard as `user`'s. */
function shardmatesOf(user: string, count: number): string[] {
  const mates: string[] = [];
  for (let i = 0; mates.length < count; i++)
    if (shardKey(`p${i}`) === shardKey(user)) mates.push(`p${i}`);
  return mates;
}

/** The real core on the memory store as open-store.ts builds it, with its records in hand. */
async function dailyBotOnRawMemory() {
  const records = new Map<string, unknown>();
  const store = memoryStore(records, silentLogger);
  const bot: TestBot = await testBot({ store });
  bot.clock.set("2026-11-23T00:00:00Z");
  await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
  const outbox = new RecordingOutbox();
  return {
    bot,
    records,
    write: (key: string, value: unknown) => void records.set(key, JSON.stringify({ value })),
    stored: (key: string) => JSON.parse(String(records.get(key))).value,
    /** Runs what is due at 09:00 UTC on `date`; the day's question as posted. */
    async postOn(date: string): Promise<Reply> {
      bot.clock.set(`${date}T09:00:00Z`);
      const before = outbox.posts.length;
      await runDue(bot.core, outbox, bot.clock.now());
      const question = outbox.posts.slice(before).find((p) => !p.key.startsWith("reveal:"));
      if (!question) throw new Error(`no question posted on ${date}`);
      return question.reply;
    },
  };
}

const firstOption = (question: Reply) => buttonsOf(question)[0]?.value ?? "";

describe("one odd participant in a streak shard", () => {
  it("GIVEN a shard where one opted-out participant's freezes are in an older shape WHEN the others answer the next day and one forgets themself THEN their streaks go on, forget-me works, and the odd one stays off the board", async () => {
    const { bot, write, stored, postOn } = await dailyBotOnRawMemory();
    const old = "old-timer";
    const [ana = "", bo = ""] = shardmatesOf(old, 2);
    const monday = await postOn("2026-11-23");
    await pressInChannel(bot, ana, firstOption(monday));
    await pressInChannel(bot, bo, firstOption(monday));
    const shard = stored(shardKey(ana));
    write(shardKey(ana), {
      people: {
        ...shard.people,
        [old]: {
          name: "Old Timer",
          lastDate: "2026-11-20",
          streak: 5,
          best: 12,
          days: 30,
          freezes: "2026-W47",
          week: { id: "2026-W47", days: 5 },
          unlisted: true,
        },
      },
    });

    const tuesday = await postOn("2026-11-24");
    const answered = textOf(await pressInChannel(bot, ana, firstOption(tuesday)));
    expect(answered).toMatch(/^Got it: .*Your streak here: 2 days/);

    const forgot = textOf(
      await press(bot, bo, ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now())),
    );
    expect(forgot).toMatch(/^Done/);
    expect(stored(shardKey(ana)).people).not.toHaveProperty(bo);

    const board = textOf(
      await bot.bot.handle({
        type: "text",
        person: { platform: "slack", tenant: "T1", user: "cy" },
        where: DAILY_CHANNEL,
        text: "quiz leaderboard all",
      }),
    );
    expect(board).toMatch(/— 2 days answered, streak 2 \(#1\)/);
    expect(board).not.toMatch(/Old Timer/);
    expect(stored(shardKey(ana)).people[old]).toMatchObject({
      name: "Old Timer",
      best: 12,
      days: 30,
      freezes: [],
      unlisted: true,
    });
  });

  it("GIVEN a participant whose opt-out is unreadable WHEN they answer again THEN they count but are not named on the board", async () => {
    const { bot, write, stored, postOn } = await dailyBotOnRawMemory();
    const monday = await postOn("2026-11-23");
    await pressInChannel(bot, "ana", firstOption(monday));
    write(shardKey("ana"), {
      people: { ana: { ...stored(shardKey("ana")).people.ana, unlisted: "yes" } },
    });

    const tuesday = await postOn("2026-11-24");
    expect(textOf(await pressInChannel(bot, "ana", firstOption(tuesday)))).toMatch(
      /Your streak here: 2 days/,
    );
    const board = await bot.bot.handle({
      type: "text",
      person: { platform: "slack", tenant: "T1", user: "cy" },
      where: DAILY_CHANNEL,
      text: "quiz leaderboard all",
    });
    expect(textOf(board)).not.toMatch(/ana/);
  });
});

describe("one odd post in a channel's daily quiz", () => {
  it("GIVEN the channel's posts hold one an older version wrote without its area WHEN the next day is posted and answered THEN the post is kept and the streak counts both days", async () => {
    const { bot, write, stored, postOn } = await dailyBotOnRawMemory();
    const monday = await postOn("2026-11-23");
    await pressInChannel(bot, "ana", firstOption(monday));
    const channel = stored(CHANNEL_KEY);
    write(CHANNEL_KEY, {
      ...channel,
      posts: [{ date: "2026-11-20", roundId: "r-old", questionId: "sql-1" }, ...channel.posts],
    });

    const tuesday = await postOn("2026-11-24");
    expect((await bot.core.channels.posts(DAILY_TARGET)).map((p) => p.date)).toEqual([
      "2026-11-23",
      "2026-11-24",
    ]);
    expect(textOf(await pressInChannel(bot, "ana", firstOption(tuesday)))).toMatch(
      /Your streak here: 2 days/,
    );
  });
});
