import type { Logger } from "../../src/core/ports.ts";
import { keys } from "../../src/store/keys.ts";
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
  try {
    return await store.claim(
      keys.event({ platform: "slack", tenant }, eventId),
      1,
      SLACK_TIMING.eventDedupTtlMs,
    );
  } catch (error) {
    // Answering twice beats not answering: the person is told about the store anyway.
    log.warn({ err: error, eventId }, "could not claim a Slack event id; handling it anyway");
    return true;
  }
}
