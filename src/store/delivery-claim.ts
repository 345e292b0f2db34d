import type { Person } from "../core/events.ts";
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
