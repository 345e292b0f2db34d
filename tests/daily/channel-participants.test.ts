import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ChannelQuizzes } from "../../src/features/daily/channel-quiz.ts";
import { answerOn, emptyStreak } from "../../src/features/daily/streaks.ts";
import { keys } from "../../src/store/keys.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

const target = { platform: "discord" as const, tenant: "G1", channel: "C1" };
const channelKey = keys.channelQuiz(target, target.channel);
const openStore = memoryStores();

async function setUp() {
  const store = await openStore();
  return { store, channels: new ChannelQuizzes(store) };
}

const post = (date: string) => ({ date, roundId: date, questionId: "sql-1", areaId: "data" });
const rawChannel = (store: RecordStore) => store.get(channelKey, z.record(z.string(), z.unknown()));
/** A streak of `days` posts in a row up to `last`, as earlier versions stored it. */
const earlierParticipant = (name: string, dates: string[]) => ({
  ...dates.reduce((s, d) => answerOn(s, d, dates), emptyStreak()),
  name,
  unlisted: false,
});

describe("a channel's daily quiz participants", () => {
  it("GIVEN many people answering THEN each answer touches one small shard, never the channel's record, and all of them read back", async () => {
    const { store, channels } = await setUp();
    await channels.recordPost(target, post("2026-11-26"));
    const before = await rawChannel(store);
    await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        channels.recordAnswer(target, `u${i}`, `Person ${i}`, "2026-11-26"),
      ),
    );
    expect(await rawChannel(store)).toEqual(before);
    const everyone = await channels.participants(target);
    expect(Object.keys(everyone)).toHaveLength(300);
    expect(everyone.u7).toMatchObject({ name: "Person 7", streak: 1, days: 1 });
    const shard = z.object({ people: z.record(z.string(), z.unknown()) });
    const sizes = await Promise.all(
      Array.from(
        { length: 64 },
        async (_, i) =>
          Object.keys((await store.get(`${channelKey}:people:${i}`, shard))?.people ?? {}).length,
      ),
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(300);
    expect(Math.max(...sizes)).toBeLessThan(20);
  });

  it("GIVEN people kept the earlier way (in the channel's record) THEN they read as before, streaks go on, and the next post moves them to shards", async () => {
    const { store, channels } = await setUp();
    const dates = ["2026-11-23", "2026-11-24", "2026-11-25"];
    await store.set(channelKey, {
      posts: dates.map(post),
      people: {
        ana: earlierParticipant("Ana", dates),
        bo: { ...earlierParticipant("Bo", dates.slice(0, 1)), unlisted: true },
      },
    });
    expect(await channels.participant(target, "ana")).toMatchObject({ streak: 3 });
    expect(Object.keys(await channels.participants(target)).sort()).toEqual(["ana", "bo"]);

    await channels.recordPost(target, post("2026-11-26"));
    expect(await rawChannel(store)).not.toHaveProperty("people");
    const ana = await channels.recordAnswer(target, "ana", "Ana", "2026-11-26");
    expect(ana).toMatchObject({ streak: 4, best: 4, days: 4 });
    expect(await channels.participant(target, "bo")).toMatchObject({ days: 1, unlisted: true });
  });

  it("GIVEN an answer before the move THEN the earlier streak goes on, and the move keeps the newer state", async () => {
    const { store, channels } = await setUp();
    const dates = ["2026-11-24", "2026-11-25", "2026-11-26"];
    await store.set(channelKey, {
      posts: dates.map(post),
      people: { ana: earlierParticipant("Ana", dates.slice(0, 2)) },
    });
    expect(await channels.recordAnswer(target, "ana", "Ana", "2026-11-26")).toMatchObject({
      streak: 3,
    });
    await channels.recordPost(target, post("2026-11-27"));
    expect(await channels.participant(target, "ana")).toMatchObject({ streak: 3, days: 3 });
  });

  it("GIVEN someone forgotten THEN they are gone from their shard and from an earlier channel record", async () => {
    const { store, channels } = await setUp();
    await store.set(channelKey, {
      posts: [post("2026-11-25")],
      people: { ana: earlierParticipant("Ana", ["2026-11-25"]) },
    });
    await channels.recordAnswer(target, "ana", "Ana", "2026-11-25");
    await channels.recordAnswer(target, "bo", "Bo", "2026-11-25");
    await channels.forget(target, "ana");
    expect(await channels.participant(target, "ana")).toBeUndefined();
    expect(Object.keys(await channels.participants(target))).toEqual(["bo"]);
  });

  it("GIVEN someone forgotten while the channel's next post moves people to shards THEN they do not come back", async () => {
    const { store } = await setUp();
    await store.set(channelKey, {
      posts: [post("2026-11-25")],
      people: {
        ana: earlierParticipant("Ana", ["2026-11-25"]),
        bo: earlierParticipant("Bo", ["2026-11-25"]),
      },
    });
    // Ana asks to be forgotten just after the post read who to move, before any shard is written.
    let forgotten = false;
    const racing = storeWith(store, {
      update: async (key, schema, change, ttlMs) => {
        if (key.includes(":people:") && !forgotten) {
          forgotten = true;
          await channels.forget(target, "ana");
        }
        return store.update(key, schema, change, ttlMs);
      },
    });
    const channels = new ChannelQuizzes(racing);
    await channels.recordPost(target, post("2026-11-26"));
    expect(forgotten).toBe(true);
    expect(await channels.participant(target, "ana")).toBeUndefined();
    expect(Object.keys(await channels.participants(target))).toEqual(["bo"]);
  });
});
