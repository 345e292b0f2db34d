import type { ChannelTarget } from "../../core/adapter.ts";
import type { Person } from "../../core/events.ts";
import { type Outbox, RateLimited } from "../../core/outbox.ts";
import type { Reply } from "../../core/reply.ts";
import { SEND_LEASE_MS } from "../../store/delivery-claim.ts";

/**
 * How long after a message is handed to the fan-out its waits (spacing, Retry-Afters) may end.
 * Daily posts and reveals are sent under a claim that another instance takes over when its lease
 * lapses: a send still waiting then would post a second time. Half the lease leaves the rest for
 * the last attempt itself and the store's writes. A wait that would end later is not sat out: the
 * send fails as rate limited (surely not posted), its claim is freed, and a later tick sends it.
 */
export const SEND_DEADLINE_MS = SEND_LEASE_MS / 2;

export type FanOutOptions = {
  /** Messages in flight at once, across channels. */
  concurrency: number;
  /** Least time between two messages to one channel (Slack: one per second). */
  perChannelIntervalMs: number;
  /** Attempts per message when the platform says "slow down" (429). */
  maxAttempts: number;
  now(): number;
  sleep(ms: number): Promise<void>;
};

/** Per platform: Slack allows one message per second per channel; discord.js queues its own buckets. */
export const FAN_OUT_DEFAULTS: Record<
  string,
  Pick<FanOutOptions, "concurrency" | "perChannelIntervalMs" | "maxAttempts">
> = {
  slack: { concurrency: 20, perChannelIntervalMs: 1000, maxAttempts: 4 },
  discord: { concurrency: 10, perChannelIntervalMs: 0, maxAttempts: 4 },
  console: { concurrency: 1, perChannelIntervalMs: 0, maxAttempts: 1 },
};

/**
 * An outbox that posts to many channels without tripping rate limits: bounded concurrency, a
 * minimum spacing per channel, and on a 429 a wait of Retry-After before a bounded retry with
 * the same idempotency key, unless the wait would end past the message's deadline. Only a 429 is
 * retried: it guarantees nothing was posted, while any other failure might have posted, and a
 * second attempt could duplicate the message.
 */
export function fanOut(outbox: Outbox, options: FanOutOptions): Outbox {
  let active = 0;
  const waiting: (() => void)[] = [];
  const nextSlot = new Map<string, number>();

  const acquire = async () => {
    if (active >= options.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  const spaced = async (channelKey: string, deadline: number) => {
    const at = Math.max(options.now(), nextSlot.get(channelKey) ?? 0);
    // The channel's turn comes too late: an earlier 429 asked for a wait past this deadline.
    if (at > deadline) throw new RateLimited(at - options.now());
    nextSlot.set(channelKey, at + options.perChannelIntervalMs);
    const wait = at - options.now();
    if (wait > 0) await options.sleep(wait);
  };
  const send = async <T>(channelKey: string, work: () => Promise<T>): Promise<T> => {
    const deadline = options.now() + SEND_DEADLINE_MS;
    await acquire();
    try {
      for (let attempt = 1; ; attempt++) {
        await spaced(channelKey, deadline);
        try {
          return await work();
        } catch (error) {
          if (!(error instanceof RateLimited)) throw error;
          // Remembered even when given up, so the channel's next message waits for it too.
          const retryAt = options.now() + error.retryAfterMs;
          nextSlot.set(channelKey, Math.max(nextSlot.get(channelKey) ?? 0, retryAt));
          if (attempt >= options.maxAttempts || retryAt > deadline) throw error;
        }
      }
    } finally {
      release();
    }
  };
  const keyOf = (t: ChannelTarget) => `${t.platform}|${t.tenant}|${t.channel}`;
  return {
    post: (target: ChannelTarget, reply: Reply, key: string) =>
      send(keyOf(target), () => outbox.post(target, reply, key)),
    update: (target: ChannelTarget, messageId: string, reply: Reply) =>
      send(keyOf(target), () => outbox.update(target, messageId, reply)),
    dm: (person: Person, reply: Reply) =>
      send(`dm|${person.platform}|${person.tenant}|${person.user}`, () => outbox.dm(person, reply)),
  };
}
