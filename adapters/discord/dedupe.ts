import type { Logger } from "../../src/core/ports.ts";
import { keys } from "../../src/store/keys.ts";
import { RecentIds } from "../../src/store/recent-ids.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { DISCORD_TIMING } from "./limits.ts";

/** True the first time an interaction or message id is delivered. */
export type FirstDelivery = (tenant: string, id: string, log: Logger) => Promise<boolean>;

/** More ids than a busy server sees in the replay window; a flood past it forgets the oldest. */
const REMEMBERED_IDS = 200_000;

/**
 * Keeps a gateway replay after RESUME, or a second instance on the same token, from answering
 * or recording a press twice.
 *
 * A replay only ever reaches the session that saw the original, so with a store only one
 * process can own (SQLite, memory) this process's memory is enough: no store write per
 * interaction, and no rows left behind. Instances sharing Redis claim each id there,
 * atomically, so exactly one of them answers; if Redis is down the delivery goes through,
 * because one duplicate beats silence.
 */
export function firstDeliveryCheck(
  store: RecordStore,
  options: { now?: () => number } = {},
): FirstDelivery {
  if (store.kind !== "redis") {
    const seen = new RecentIds({
      ttlMs: DISCORD_TIMING.interactionTokenMs,
      limit: REMEMBERED_IDS,
      ...(options.now ? { now: options.now } : {}),
    });
    // Snowflakes are unique across Discord: the id alone names the delivery.
    return async (_tenant, id) => seen.firstSighting(id);
  }
  return async (tenant, id, log) => {
    try {
      return await store.claim(
        keys.event({ platform: "discord", tenant }, id),
        1,
        DISCORD_TIMING.interactionTokenMs,
      );
    } catch (error) {
      log.warn({ err: error, id }, "could not check for a duplicate delivery");
      return true;
    }
  };
}
