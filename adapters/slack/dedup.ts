import type { Logger } from "../../src/core/ports.ts";
import { claimDelivery } from "../../src/store/delivery-claim.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { SLACK_TIMING } from "./limits.ts";

/**
 * Slack redelivers an event it did not see acknowledged in time, and Bolt hands every delivery
 * to the listeners (it only reports `retryNum`). The event_id is claimed in the shared store as
 * the event arrives, before any work, so a retry that overlaps the first delivery, on this
 * instance or another, finds the claim and stops.
 */
export async function isFirstDelivery(
  store: RecordStore,
  log: Logger,
  tenant: string,
  eventId: string | undefined,
): Promise<boolean> {
  if (!eventId) return true;
  return claimDelivery(
    store,
    log,
    { platform: "slack", tenant },
    eventId,
    SLACK_TIMING.eventDedupTtlMs,
  );
}
