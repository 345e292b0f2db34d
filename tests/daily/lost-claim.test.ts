import { describe, expect, inject, it } from "vitest";
import type { ChannelTarget } from "../../src/core/adapter.ts";
import { SkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { fanOut } from "../../src/features/daily/fan-out.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { asker, type TestBot, testBot } from "../helpers/core.ts";
import { DAILY_TARGET, sayAsAdmin } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

// Two instances share one store. One takes the claim on the day's post (or its reveal) and then
// never sends it: it died, or the store dropped out right after the claim. Another instance
// must send it inside the catch-up window, and nothing may ever be sent twice.

const openMemory = memoryStores();
const redisUrl = inject("redisUrl");
const isReveal = (key: string) => key.startsWith("reveal:");
const isQuestion = (key: string) => !isReveal(key);

/** An outbox whose posts matching `when` never return: the process doing them was killed. */
class DyingOutbox extends RecordingOutbox {
  readonly #when: (key: string) => boolean;
  #reached = () => {};
  /** Settles when the doomed post starts (its claim is then held). */
  readonly reached = new Promise<void>((resolve) => {
    this.#reached = resolve;
  });
  constructor(when: (key: string) => boolean) {
    super();
    this.#when = when;
  }
  override post(target: ChannelTarget, reply: Reply, key: string) {
    if (!this.#when(key)) return super.post(target, reply, key);
    this.#reached();
    return new Promise<never>(() => {});
  }
}

/**
 * A store that drops out, like Redis losing its connections, right after the first claim of a key
 * containing `keyPart` (however it is taken: claim or update): every later call fails with
 * StoreUnavailable until `back()`.
 */
function droppingAfterClaim(inner: RecordStore, keyPart: string) {
  let state: "armed" | "down" | "back" = "armed";
  const guard = <T>(run: () => Promise<T>): Promise<T> =>
    state === "down" ? Promise.reject(new SkillbotError({ code: "StoreUnavailable" })) : run();
  const claiming = <T>(key: string, run: () => Promise<T>): Promise<T> =>
    guard(run).then((result) => {
      if (state === "armed" && key.includes(keyPart)) state = "down";
      return result;
    });
  const store = storeWith(inner, {
    get: (key, schema) => guard(() => inner.get(key, schema)),
    set: (key, value, ttlMs) => guard(() => inner.set(key, value, ttlMs)),
    delete: (key) => guard(() => inner.delete(key)),
    claim: (key, value, ttlMs) => claiming(key, () => inner.claim(key, value, ttlMs)),
    update: (key, schema, change, ttlMs) =>
      claiming(key, () => inner.update(key, schema, change, ttlMs)),
  });
  return { store, back: () => (state = "back"), dropped: () => state !== "armed" };
}

/** Two instances on one store, `a` on `storeOfA` (a view of the same store), both at 09:00. */
async function twoInstances(shared: RecordStore, storeOfA: RecordStore = shared) {
  const a = await testBot({ store: storeOfA, seed: 1 });
  const b = await testBot({ store: shared, seed: 2 });
  a.clock.set("2026-11-26T09:00:00Z");
  b.clock.set("2026-11-26T09:00:00Z");
  await sayAsAdmin(b, "quiz daily on 09:30 UTC");
  return { a, b };
}

/** Runs a tick on `bot` at `hhmm` UTC on 2026-11-26 (every clock moved there). */
async function tickAt(bots: TestBot[], bot: TestBot, outbox: RecordingOutbox, hhmm: string) {
  for (const each of bots) each.clock.set(`2026-11-26T${hhmm}:00Z`);
  await runDue(bot.core, outbox, bot.clock.now());
}

const openRound = async (bot: TestBot) => (await bot.core.schedules.get(DAILY_TARGET))?.open;

describe("the day's question when the instance that claimed it never posts", () => {
  it("GIVEN instance A claimed the 09:30 post and was killed before posting WHEN B ticks THEN B waits out A's lease, then posts once, and never again that day", async () => {
    const { a, b } = await twoInstances(await openMemory());
    const dying = new DyingOutbox(isQuestion);
    const outB = new RecordingOutbox();
    a.clock.set("2026-11-26T09:30:00Z");
    // A's tick is abandoned mid-post: its promise never settles.
    void runDue(a.core, dying, a.clock.now());
    await dying.reached;

    await tickAt([a, b], b, outB, "09:31");
    expect(outB.posts).toHaveLength(0);
    for (const at of ["10:00", "10:30", "11:00", "11:29"]) await tickAt([a, b], b, outB, at);

    expect(outB.posts.filter((p) => isQuestion(p.key))).toHaveLength(1);
    expect((await openRound(b))?.messageId).toBe(outB.posts[0]?.messageId);
  });

  it("GIVEN the store drops out right after A claims the 09:30 post WHEN it is back and the instances keep ticking THEN the question is posted once that morning", async () => {
    const shared = await openMemory();
    const dropping = droppingAfterClaim(shared, ":dailyposted:");
    const { a, b } = await twoInstances(shared, dropping.store);
    const out = new RecordingOutbox();

    await tickAt([a, b], a, out, "09:30");
    expect(dropping.dropped()).toBe(true);
    expect(out.posts).toHaveLength(0);
    dropping.back();
    for (const at of ["09:31", "10:00", "10:30", "11:00", "11:29"]) {
      await tickAt([a, b], a, out, at);
      await tickAt([a, b], b, out, at);
    }

    expect(out.posts.filter((p) => isQuestion(p.key))).toHaveLength(1);
    const day = await b.core.schedules.get(DAILY_TARGET);
    expect(day?.lastPostDate).toBe("2026-11-26");
    expect(day?.lastSkippedDate).toBeUndefined();
  });

  it("GIVEN a post that went out but whose schedule update failed WHEN the instances keep ticking past the lease THEN it is never posted again that day", async () => {
    const shared = await openMemory();
    let failScheduleWrite = false;
    const flaky = storeWith(shared, {
      update: (key, schema, change, ttlMs) =>
        failScheduleWrite && key.includes(":daily:")
          ? Promise.reject(new SkillbotError({ code: "StoreUnavailable" }))
          : shared.update(key, schema, change, ttlMs),
    });
    const { a, b } = await twoInstances(shared, flaky);
    const outA = new RecordingOutbox();
    const outB = new RecordingOutbox();
    const originalPost = outA.post.bind(outA);
    outA.post = async (target, reply, key) => {
      const sent = await originalPost(target, reply, key);
      failScheduleWrite = true;
      return sent;
    };

    await tickAt([a, b], a, outA, "09:30");
    failScheduleWrite = false;
    expect(outA.posts).toHaveLength(1);
    for (const at of ["09:45", "10:00", "10:30", "11:00", "11:29"]) {
      await tickAt([a, b], a, outA, at);
      await tickAt([a, b], b, outB, at);
    }

    expect([...outA.posts, ...outB.posts]).toHaveLength(1);
  });

  it("GIVEN a normal day WHEN both instances tick every 10 minutes until the window closes THEN one post", async () => {
    const { a, b } = await twoInstances(await openMemory());
    const out = new RecordingOutbox();
    for (let minute = 30; minute <= 150; minute += 10) {
      const at = `${String(9 + Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
      await tickAt([a, b], a, out, at);
      await tickAt([a, b], b, out, at);
    }
    expect(out.posts.filter((p) => isQuestion(p.key))).toHaveLength(1);
  });
});

describe("the reveal when the instance that claimed it never posts it", () => {
  it("GIVEN the store drops out right after A claims the 17:30 reveal WHEN it is back THEN the reveal comes once and the question stops taking answers", async () => {
    const shared = await openMemory();
    const dropping = droppingAfterClaim(shared, ":dailyrevealed:");
    const { a, b } = await twoInstances(shared, dropping.store);
    const out = new RecordingOutbox();
    await tickAt([a, b], b, out, "09:30");
    const open = await openRound(b);
    expect(open).toBeDefined();

    await tickAt([a, b], a, out, "17:30");
    expect(dropping.dropped()).toBe(true);
    dropping.back();
    for (const at of ["17:31", "18:00", "18:30", "19:00"]) {
      await tickAt([a, b], a, out, at);
      await tickAt([a, b], b, out, at);
    }

    expect(out.posts.filter((p) => isReveal(p.key))).toHaveLength(1);
    expect(await openRound(b)).toBeUndefined();
    const round = await b.core.quizzes.round(DAILY_TARGET, open?.roundId ?? "");
    expect(round?.daily?.revealed).toBe(true);
  });

  it("GIVEN instance A claimed the reveal and was killed before posting it WHEN B ticks THEN B reveals once after A's lease", async () => {
    const { a, b } = await twoInstances(await openMemory());
    const outB = new RecordingOutbox();
    await tickAt([a, b], b, outB, "09:30");
    a.clock.set("2026-11-26T17:30:00Z");
    const dying = new DyingOutbox(isReveal);
    void runDue(a.core, dying, a.clock.now());
    await dying.reached;

    await tickAt([a, b], b, outB, "17:31");
    expect(outB.posts.filter((p) => isReveal(p.key))).toHaveLength(0);
    for (const at of ["18:00", "18:30", "20:00"]) await tickAt([a, b], b, outB, at);

    expect(outB.posts.filter((p) => isReveal(p.key))).toHaveLength(1);
    expect(await openRound(b)).toBeUndefined();
  });
});

describe("many channels through a slow platform", () => {
  it("GIVEN 40 channels and a platform that sends one post at a time, 30 s each WHEN B ticks 12½ minutes into A's tick THEN every channel gets exactly one question", async () => {
    const { a, b } = await twoInstances(await openMemory());
    const channels = Array.from({ length: 40 }, (_, i) => `C${i}`);
    for (const channel of channels)
      await b.bot.handle({
        type: "text",
        ...asker("admin", { channel, kind: "channel", audience: "public" }),
        canManageChannel: true,
        text: "quiz daily on 09:30 UTC",
      });
    const outA = new RecordingOutbox();
    const outB = new RecordingOutbox();
    const slowA = fanOut(
      {
        post: async (target, reply, key) => {
          for (const bot of [a, b]) bot.clock.advance(30_000);
          const sent = await outA.post(target, reply, key);
          if (outA.posts.length === 25) await runDue(b.core, outB, b.clock.now());
          return sent;
        },
        update: (target, messageId, reply) => outA.update(target, messageId, reply),
        dm: (person, reply) => outA.dm(person, reply),
      },
      {
        concurrency: 1,
        perChannelIntervalMs: 0,
        maxAttempts: 1,
        now: () => a.clock.now().getTime(),
        sleep: async () => {},
      },
    );
    for (const bot of [a, b]) bot.clock.set("2026-11-26T09:30:00Z");
    await runDue(a.core, slowA, a.clock.now());

    const posted = [...outA.posts, ...outB.posts]
      .filter((p) => isQuestion(p.key) && p.target.channel !== DAILY_TARGET.channel)
      .map((p) => p.target.channel)
      .sort();
    expect(outB.posts.length).toBeGreaterThan(0);
    expect(posted).toEqual([...channels].sort());
  });
});

describe.skipIf(!redisUrl)("on a shared redis-server", () => {
  it("GIVEN instance A claimed the 09:30 post and was killed before posting WHEN B ticks THEN B posts once after A's lease", async () => {
    const tenant = `T-${Math.random().toString(36).slice(2)}`;
    const storeA = await openStore(redisUrl as string, silentLogger);
    const storeB = await openStore(redisUrl as string, silentLogger);
    const a = await testBot({ store: storeA, seed: 1 });
    const b = await testBot({ store: storeB, seed: 2 });
    try {
      const where = { channel: "C1", kind: "channel", audience: "public" } as const;
      for (const bot of [a, b]) bot.clock.set("2026-11-26T09:00:00Z");
      await b.bot.handle({
        type: "text",
        ...asker("admin", where, tenant),
        canManageChannel: true,
        text: "quiz daily on 09:30 UTC",
      });
      a.clock.set("2026-11-26T09:30:00Z");
      const dying = new DyingOutbox(isQuestion);
      void runDue(a.core, dying, a.clock.now());
      await dying.reached;

      const outB = new RecordingOutbox();
      const mine = () => outB.posts.filter((p) => p.target.tenant === tenant);
      await tickAt([a, b], b, outB, "09:31");
      expect(mine()).toHaveLength(0);
      for (const at of ["10:00", "10:30", "11:29"]) await tickAt([a, b], b, outB, at);
      expect(mine()).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
