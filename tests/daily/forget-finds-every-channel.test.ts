import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { memoryStore } from "../../src/store/open-store.ts";
import { stableHash } from "../../src/store/stable-hash.ts";
import { asker, say, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { DAILY_CHANNEL, sayAsAdmin } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// Forget me must reach a person's streak (and name) in every channel, however it was stored:
// by the first daily-quiz version (everyone in the channel's record, the channels listed once per
// tenant), or with the person's own list of channels damaged.

const CHANNEL_KEY = "sb:slack:T1:channelquiz:C-team";
const streakOf = (name: string, lastDate: string) => ({
  name,
  lastDate,
  streak: 5,
  best: 5,
  days: 5,
  freezes: [],
  week: { id: "2026-W47", days: 5 },
  unlisted: false,
});
const post = (date: string) => ({ date, roundId: `r${date}`, questionId: "sql-1", areaId: "data" });
const WEEK = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"];

async function botOnMap() {
  const map = new Map<string, unknown>();
  const bot = await testBot({ store: memoryStore(map, silentLogger) });
  const put = (key: string, value: unknown) => map.set(key, JSON.stringify({ value }));
  return { bot, map, put };
}

async function forget(bot: TestBot, user: string) {
  const reply = await bot.bot.handle({
    type: "action",
    ...asker(user),
    action: ACTIONS.forgetConfirm,
    value: forgetConfirmValue(bot.clock.now()),
  });
  expect(textOf(reply)).toMatch(/deleted everything/);
}

const board = async (bot: TestBot) =>
  textOf(
    await bot.bot.handle({
      type: "text",
      ...asker("ana", DAILY_CHANNEL),
      text: "quiz leaderboard all",
    }),
  );

const naming = (map: Map<string, unknown>, user: string) =>
  [...map].filter(([key, value]) => key.includes(user) || String(value).includes(`"${user}"`));

describe("forget me finds every channel a person may be in", () => {
  it("GIVEN zed's streak written by the first daily-quiz version (channels listed per tenant) WHEN zed is forgotten THEN the board never names zed again, before or after the next post, and no record does", async () => {
    const { bot, map, put } = await botOnMap();
    put("sb:slack:T1:quizchannels", { users: ["C-team"] });
    put(CHANNEL_KEY, {
      posts: WEEK.map(post),
      people: {
        zed: streakOf("zed Realname", "2026-11-20"),
        ana: streakOf("ana Realname", "2026-11-20"),
      },
    });
    bot.clock.set("2026-11-21T10:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");

    await forget(bot, "zed");

    expect(await board(bot)).not.toMatch(/zed/);
    bot.clock.set("2026-11-22T09:00:00Z");
    await runDue(bot.core, new RecordingOutbox(), bot.clock.now());
    expect(await board(bot)).toMatch(/ana Realname/);
    expect(await board(bot)).not.toMatch(/zed/);
    expect(naming(map, "zed")).toEqual([]);
  });

  it("GIVEN zed's own list of channels damaged WHEN zed is forgotten THEN the channels with a daily quiz in the team are searched, and nothing names zed after", async () => {
    const { bot, map, put } = await botOnMap();
    bot.clock.set("2026-11-22T10:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
    await bot.core.channels.recordPost(
      { platform: "slack", tenant: "T1", channel: "C-team" },
      post("2026-11-22"),
    );
    await bot.core.channels.recordAnswer(
      { platform: "slack", tenant: "T1", channel: "C-team" },
      "zed",
      "zed Realname",
      "2026-11-22",
    );
    put("sb:slack:T1:quizchannels:zed", { channels: ["C-team"] });

    await forget(bot, "zed");

    expect(await board(bot)).not.toMatch(/zed/);
    expect(naming(map, "zed")).toEqual([]);
  });
});

describe("forget me and the copies kept of damaged shared records", () => {
  it("GIVEN shared records zed is in that were once written back without a damaged entry (copies kept) WHEN zed is forgotten THEN no copy names zed, and the copies keep the others", async () => {
    const { bot, map, put } = await botOnMap();
    const shard = stableHash("zed") % 64;
    let mate = "";
    for (let i = 0; !mate; i++) if (stableHash(`m${i}`) % 64 === shard) mate = `m${i}`;
    const target = { platform: "slack", tenant: "T1", channel: "C-team" } as const;
    // The earlier all-in-one channel record, with one entry no version can read.
    put(CHANNEL_KEY, {
      posts: [],
      people: {
        old1: streakOf("Old One", "2026-11-20"),
        zed: streakOf("zed Realname", "2026-11-20"),
        odd: { name: "Odd", streak: "7" },
      },
    });
    bot.clock.set("2026-11-22T10:00:00Z");
    await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
    bot.clock.set("2026-11-23T09:00:00Z");
    await runDue(bot.core, new RecordingOutbox(), bot.clock.now());
    await bot.core.channels.recordAnswer(target, "zed", "zed Realname", "2026-11-23");
    await bot.core.channels.recordAnswer(target, mate, "Mate", "2026-11-23");
    // Mate's entry in the shard zed shares turns odd: the next change there keeps a copy.
    const shardKey = `${CHANNEL_KEY}:people:${shard}`;
    const stored = JSON.parse(String(map.get(shardKey)));
    stored.value.people[mate].streak = -1;
    map.set(shardKey, JSON.stringify(stored));
    // The reminder list, with one odd entry, changed by someone else: a copy of it is kept.
    await say(bot, "zed", "review nudge on");
    const nudges = JSON.parse(String(map.get("sb:reviewnudges")));
    nudges.value.people.push(42);
    map.set("sb:reviewnudges", JSON.stringify(nudges));
    await say(bot, "someone", "review nudge on");

    await forget(bot, "zed");

    expect(naming(map, "zed")).toEqual([]);
    expect(String(map.get(`${CHANNEL_KEY}:unreadable`))).toMatch(/Old One/);
    expect(String(map.get("sb:reviewnudges:unreadable"))).toMatch(/slack\|T1\|someone|42/);
  });
});
