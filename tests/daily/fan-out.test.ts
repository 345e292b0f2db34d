import { describe, expect, it } from "vitest";
import type { ChannelTarget } from "../../src/core/adapter.ts";
import { type Outbox, RateLimited } from "../../src/core/outbox.ts";
import { publicReply } from "../../src/core/reply.ts";
import { fanOut } from "../../src/features/daily/fan-out.ts";

/**
 * Virtual time: a sleep wakes when every other pending piece of work has run, at its due time,
 * earliest first, so concurrent waits overlap as they would on a real clock, in no real time.
 */
function virtualTime() {
  let now = 0;
  const timers: { at: number; wake: () => void }[] = [];
  const fireEarliest = () => {
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) return;
    now = Math.max(now, next.at);
    next.wake();
  };
  return {
    now: () => now,
    sleep: (ms: number) =>
      new Promise<void>((wake) => {
        timers.push({ at: now + ms, wake });
        setImmediate(fireEarliest);
      }),
  };
}

function fakePlatform(time: { now(): number }, options: { rateLimitFirst?: number } = {}) {
  const calls: { channel: string; at: number; key: string }[] = [];
  let limited = options.rateLimitFirst ?? 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const outbox: Outbox = {
    post: async (target: ChannelTarget, _reply, key) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
      if (limited > 0) {
        limited--;
        throw new RateLimited(1500);
      }
      calls.push({ channel: target.channel, at: time.now(), key });
      return { messageId: `${calls.length}` };
    },
    update: async () => {},
    dm: async () => {},
  };
  return { outbox, calls, maxInFlight: () => maxInFlight };
}

const reply = publicReply([{ kind: "text", text: [{ text: "hi" }] }]);
const target = (channel: string): ChannelTarget => ({ platform: "slack", tenant: "T", channel });

describe("fan-out", () => {
  it("GIVEN three messages for one channel WHEN sent at once THEN they are a second apart (Slack's per-channel limit)", async () => {
    const time = virtualTime();
    const platform = fakePlatform(time);
    const out = fanOut(platform.outbox, {
      concurrency: 5,
      perChannelIntervalMs: 1000,
      maxAttempts: 3,
      ...time,
    });
    await Promise.all([1, 2, 3].map((i) => out.post(target("C1"), reply, `k${i}`)));
    expect(platform.calls.map((c) => c.at)).toEqual([0, 1000, 2000]);
  });

  it("GIVEN a 429 with Retry-After WHEN sending THEN it waits that long and retries with the same key, posting once", async () => {
    const time = virtualTime();
    const platform = fakePlatform(time, { rateLimitFirst: 2 });
    const out = fanOut(platform.outbox, {
      concurrency: 5,
      perChannelIntervalMs: 1000,
      maxAttempts: 4,
      ...time,
    });
    await out.post(target("C1"), reply, "daily:C1");
    expect(platform.calls).toEqual([{ channel: "C1", at: 3000, key: "daily:C1" }]);
  });

  it("GIVEN the platform keeps answering 429 WHEN attempts run out THEN the error surfaces, nothing was posted", async () => {
    const time = virtualTime();
    const platform = fakePlatform(time, { rateLimitFirst: 10 });
    const out = fanOut(platform.outbox, {
      concurrency: 5,
      perChannelIntervalMs: 0,
      maxAttempts: 3,
      ...time,
    });
    await expect(out.post(target("C1"), reply, "k")).rejects.toBeInstanceOf(RateLimited);
    expect(platform.calls).toEqual([]);
  });

  it("GIVEN 1,000 channels WHEN fanned out THEN never more than the configured concurrency in flight, and no duplicates", async () => {
    const time = virtualTime();
    const platform = fakePlatform(time);
    const out = fanOut(platform.outbox, {
      concurrency: 20,
      perChannelIntervalMs: 1000,
      maxAttempts: 3,
      ...time,
    });
    await Promise.all(
      Array.from({ length: 1000 }, (_, i) => out.post(target(`C${i}`), reply, `k${i}`)),
    );
    expect(platform.calls).toHaveLength(1000);
    expect(new Set(platform.calls.map((c) => c.key)).size).toBe(1000);
    expect(platform.maxInFlight()).toBeLessThanOrEqual(20);
  });

  it("GIVEN an error that is not a 429 WHEN sending THEN it is not retried (it may have been posted)", async () => {
    const time = virtualTime();
    let attempts = 0;
    const out = fanOut(
      {
        post: async () => {
          attempts++;
          throw new Error("500");
        },
        update: async () => {},
        dm: async () => {},
      },
      { concurrency: 1, perChannelIntervalMs: 0, maxAttempts: 5, ...time },
    );
    await expect(out.post(target("C1"), reply, "k")).rejects.toThrow("500");
    expect(attempts).toBe(1);
  });
});
