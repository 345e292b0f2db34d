import type { Logger } from "../../src/core/ports.ts";
import { claimDelivery } from "../../src/store/delivery-claim.ts";
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
export function firstDeliveryCheck(store: RecordStore): FirstDelivery {
  if (store.kind !== "redis") {
    const seen = new RecentIds({ ttlMs: DISCORD_TIMING.interactionTokenMs, limit: REMEMBERED_IDS });
    // Snowflakes are unique across Discord: the id alone names the delivery.
    return async (_tenant, id) => seen.firstSighting(id);
  }
  return (tenant, id, log) =>
    claimDelivery(
      store,
      log,
      { platform: "discord", tenant },
      id,
      DISCORD_TIMING.interactionTokenMs,
    );
}
