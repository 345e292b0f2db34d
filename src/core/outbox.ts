import type { ChannelTarget } from "./adapter.ts";
import type { Person } from "./events.ts";
import type { Reply } from "./reply.ts";

/**
 * Where the core's own messages go (daily quiz posts, reveals, review nudges): the adapters'
 * post/update/dm, routed by platform. `idempotencyKey` is the same on every retry of one
 * message, so an adapter that can deduplicate (Discord's nonce) never posts it twice.
 */
export type Outbox = {
  post(target: ChannelTarget, reply: Reply, idempotencyKey: string): Promise<{ messageId: string }>;
  update(target: ChannelTarget, messageId: string, reply: Reply): Promise<void>;
  dm(person: Person, reply: Reply): Promise<void>;
};

/** A platform said "slow down": retry no sooner than `retryAfterMs`. */
export class RateLimited extends Error {
  override name = "RateLimited";
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number, options?: { cause?: unknown }) {
    super(`rate limited for ${retryAfterMs} ms`, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The message may or may not have been delivered (a timeout after sending): never blindly resend. */
export class DeliveryUnknown extends Error {
  override name = "DeliveryUnknown";
}

/**
 * The platform refused for good: the channel is gone or archived, the bot was removed from it or
 * lost the right to post, or the app is no longer installed. Retrying cannot help; a person has
 * to act.
 */
export class Undeliverable extends Error {
  override name = "Undeliverable";
}
