import { z } from "zod";
import type { Person } from "../core/events.ts";
import { DeliveryUnknown } from "../core/outbox.ts";
import type { Logger } from "../core/ports.ts";
import { keys } from "./keys.ts";
import type { RecordStore } from "./record-store.ts";

/**
 * Claims a platform's delivery id (a Slack event, a Discord interaction) in the store: true for
 * the one delivery, on whichever instance, that gets there first. If the store cannot be
 * reached the delivery goes through: answering twice beats not answering.
 */
export async function claimDelivery(
  store: RecordStore,
  log: Logger,
  tenant: Pick<Person, "platform" | "tenant">,
  id: string,
  ttlMs: number,
): Promise<boolean> {
  try {
    return await store.claim(keys.event(tenant, id), 1, ttlMs);
  } catch (error) {
    log.warn({ err: error, id, platform: tenant.platform }, "could not claim a delivery id");
    return true;
  }
}

/**
 * How long an instance may take to send a claimed daily post or reveal before another may take
 * it over: a crash or a store outage right after the claim then costs minutes, not the day (the
 * catch-up window of two hours has a dozen chances). It covers one send, with the platform's own
 * waits (Slack: a 10 s timeout, Retry-Afters up to the fan-out's SEND_DEADLINE_MS, half of this;
 * run-due takes few channels at once, so a post barely queues). A send still running when it
 * lapses could be posted twice.
 */
export const SEND_LEASE_MS = 10 * 60 * 1000;
/** A claim that was sent (or maybe sent) stays this long: well past its day. */
const SENT_KEPT_MS = 3 * 24 * 60 * 60 * 1000;

const SendClaimSchema = z.object({
  at: z.string(),
  /** Which attempt holds it; claims written before leases have none. */
  by: z.string().optional(),
  /** Set while sending: after this instant another instance may take it. Unset: sent for good. */
  leaseUntil: z.string().optional(),
});
type SendClaimRecord = z.infer<typeof SendClaimSchema>;

/** A daily post or reveal this instance is sending. Neither method throws: a failure is logged. */
export type SendClaim = {
  /**
   * The platform took it: never again, on any instance. Should the store fail here, the caller's
   * own record of the send (the schedule) must still be written: it also stops a second one.
   */
  sent(): Promise<void>;
  /**
   * The send failed with `error`. Perhaps sent (DeliveryUnknown): kept for good, as sending
   * again could duplicate it. Surely not sent: freed for the next tick rather than at the lease's
   * end. If the store cannot be told, the lease lapses on its own.
   */
  failed(error: unknown): Promise<void>;
};

/**
 * Claims the one send behind `key` (a channel's post of a date, a round's reveal) across
 * instances, as a lease from `now`: free, or held by a lease that has lapsed, it is ours. The
 * rule: `sent()` once the platform took it, `failed()` when it threw; whatever else happens (a
 * crash, the store gone right after the claim) the lease lapses and another instance sends.
 * Instance clocks must agree to well within the lease.
 */
export async function claimSend(
  store: RecordStore,
  log: Logger,
  key: string,
  holder: string,
  now: Date,
): Promise<SendClaim | undefined> {
  const lease = {
    at: now.toISOString(),
    by: holder,
    leaseUntil: new Date(now.getTime() + SEND_LEASE_MS).toISOString(),
  };
  const lapsed = (claim: SendClaimRecord) =>
    claim.leaseUntil !== undefined && Date.parse(claim.leaseUntil) <= now.getTime();
  const held = await store.update(
    key,
    SendClaimSchema,
    (current) => (current === undefined || lapsed(current) ? lease : current),
    SENT_KEPT_MS,
  );
  if (held?.by !== holder) return undefined;

  const keep = () => store.set(key, { at: lease.at, by: holder }, SENT_KEPT_MS);
  // Only our own lease: had ours lapsed, another instance may be sending under its own.
  const release = () =>
    store.update(key, SendClaimSchema, (current) =>
      current?.by === holder && current.leaseUntil !== undefined ? undefined : current,
    );
  return {
    sent: () =>
      keep().catch((error: unknown) =>
        log.error({ err: error, key }, "sent, but could not record it in the claim"),
      ),
    failed: async (error) => {
      await (error instanceof DeliveryUnknown ? keep() : release()).catch((storeError: unknown) =>
        log.warn({ err: storeError, key }, "could not settle the claim of a failed send"),
      );
    },
  };
}
