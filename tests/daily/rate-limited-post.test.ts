import { describe, expect, inject, it } from "vitest";
import type { ChannelTarget } from "../../src/core/adapter.ts";
import { type Outbox, RateLimited } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { publicReply } from "../../src/core/reply.ts";
import { FAN_OUT_DEFAULTS, fanOut } from "../../src/features/daily/fan-out.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { asker, buttonsOf, testBot } from "../helpers/core.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";
import { memoryStores } from "../helpers/store.ts";

// Two instances share one store. A's post of the day's question meets Slack's "slow down"
// (429 with a Retry-After) while B's scheduler ticks every minute. However long A is told to
// wait, the channel must get the day's question once: A may not outlive its send's lease.

const openMemory = memoryStores();
const redisUrl = inject("redisUrl");
const stores: [string, () => Promise<RecordStore>][] = [
  ["a shared memory store", openMemory],
  ...(redisUrl
    ? [
        ["one redis-server", () => openStore(redisUrl, silentLogger)] as [
          string,
          () => Promise<RecordStore>,
        ],
      ]
    : []),
];

const MINUTE = 60_000;
const at = (hhmm: string) => Date.parse(`2026-11-26T${hhmm}:00Z`);
const nextMinute = (ms: number) => (Math.floor(ms / MINUTE) + 1) * MINUTE;

/**
 * Instances A and B on `store`, a daily question at 09:30 UTC in one channel, and one virtual
 * clock: while A's fan-out sleeps, B's scheduler ticks at every minute A sleeps through.
 * `limits` are the Retry-Afters Slack answers A's first posts with.
 */
async function twoInstancesAnd429s(store: RecordStore, limits: number[]) {
  const tenant = `T-${Math.random().toString(36).slice(2)}`;
  const where = { channel: "C1", kind: "channel", audience: "public" } as const;
  const a = await testBot({ store, seed: 1 });
  const b = await testBot({ store, seed: 2 });
  let virtual = at("09:00");
  const moveTo = (ms: number) => {
    virtual = ms;
    for (const bot of [a, b]) bot.clock.set(new Date(ms).toISOString());
  };
  moveTo(virtual);
  await a.bot.handle({
    type: "text",
    ...asker("admin", where, tenant),
    canManageChannel: true,
    text: "quiz daily on 09:30 UTC",
  });

  const slackOfA = new RecordingOutbox();
  const postedAt: number[] = [];
  const outB = new RecordingOutbox();
  const tickB = () => runDue(b.core, outB, b.clock.now());
  const pending = [...limits];
  const outA = fanOut(
    {
      post: async (target, reply, key) => {
        const retryAfter = pending.shift();
        if (retryAfter !== undefined) throw new RateLimited(retryAfter);
        postedAt.push(virtual);
        return slackOfA.post(target, reply, key);
      },
      update: (target, messageId, reply) => slackOfA.update(target, messageId, reply),
      dm: (person, reply) => slackOfA.dm(person, reply),
    } satisfies Outbox,
    {
      ...(FAN_OUT_DEFAULTS.slack ?? { concurrency: 1, perChannelIntervalMs: 0, maxAttempts: 1 }),
      now: () => virtual,
      sleep: async (ms) => {
        const until = virtual + ms;
        for (let minute = nextMinute(virtual); minute <= until; minute = nextMinute(minute)) {
          moveTo(minute);
          await tickB();
        }
        moveTo(until);
      },
    },
  );
  const tickA = () => runDue(a.core, outA, a.clock.now());

  /** Both schedulers tick every minute from `from` until the catch-up window has closed. */
  const runMorning = async (from: string) => {
    moveTo(at(from));
    await tickA();
    while (virtual < at("11:35")) {
      moveTo(nextMinute(virtual));
      await tickA();
      await tickB();
    }
  };
  const mine = (out: RecordingOutbox) =>
    out.posts.filter((p) => p.target.tenant === tenant && !p.key.startsWith("reveal:"));
  const questions = () => [...mine(slackOfA), ...mine(outB)];
  const open = async () =>
    (await a.core.schedules.get({ platform: "slack", tenant, channel: "C1" }))?.open;
  const close = () => Promise.all([a.close(), b.close()]);
  return { runMorning, questions, open, postedAt, pending, close };
}

const roundOf = (post: { reply: Parameters<typeof buttonsOf>[0] } | undefined) =>
  buttonsOf(post?.reply ?? publicReply([]))[0]?.value.split(":")[0];

describe.each(stores)(
  "the day's question when Slack says 'slow down', two instances on %s",
  (_, open) => {
    it("GIVEN Slack answers A's post 429 with Retry-After 240 s three times WHEN B ticks every minute meanwhile THEN the question is posted exactly once, and that post is the open one", async () => {
      const world = await twoInstancesAnd429s(await open(), [240_000, 240_000, 240_000]);
      try {
        await world.runMorning("09:30");

        const posted = world.questions();
        expect(posted).toHaveLength(1);
        expect((await world.open())?.roundId).toBe(roundOf(posted[0]));
      } finally {
        await world.close();
      }
    });

    it("GIVEN Slack answers A's post 429 with Retry-After 60 s twice WHEN B ticks meanwhile THEN A waits them out and posts at 09:32, once", async () => {
      const world = await twoInstancesAnd429s(await open(), [60_000, 60_000]);
      try {
        await world.runMorning("09:30");

        expect(world.postedAt).toEqual([at("09:32")]);
        expect(world.questions()).toHaveLength(1);
        expect((await world.open())?.roundId).toBe(roundOf(world.questions()[0]));
      } finally {
        await world.close();
      }
    });
  },
);

describe("the fan-out's deadline", () => {
  const target: ChannelTarget = { platform: "slack", tenant: "T", channel: "C1" };
  const reply = publicReply([{ kind: "text", text: [{ text: "hi" }] }]);

  it("GIVEN a Retry-After that would end past the send's deadline WHEN sending THEN it is not waited out: the 429 surfaces at once and nothing is posted", async () => {
    let now = 0;
    const sleeps: number[] = [];
    let attempts = 0;
    const out = fanOut(
      {
        post: async () => {
          attempts++;
          throw new RateLimited(20 * MINUTE);
        },
        update: async () => {},
        dm: async () => {},
      },
      {
        concurrency: 1,
        perChannelIntervalMs: 0,
        maxAttempts: 4,
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
          now += ms;
        },
      },
    );
    await expect(out.post(target, reply, "k")).rejects.toBeInstanceOf(RateLimited);
    expect({ attempts, sleeps }).toEqual({ attempts: 1, sleeps: [] });

    // The next message to that channel knows Slack's wait and does not sit it out either.
    await expect(out.post(target, reply, "k2")).rejects.toBeInstanceOf(RateLimited);
    expect({ attempts, sleeps }).toEqual({ attempts: 1, sleeps: [] });
  });
});
