import type { Logger } from "../../src/core/ports.ts";
import { keys } from "../../src/store/keys.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { DISCORD_TIMING } from "./limits.ts";

/**
 * True the first time an interaction or message id is seen, across every instance sharing the
 * store (an atomic claim): a gateway replay after RESUME, or two instances on one token, must
 * not answer or record a press twice. A store outage lets it through: better one duplicate
 * than silence.
 */
export async function firstDelivery(
  store: RecordStore,
  log: Logger,
  tenant: string,
  id: string,
): Promise<boolean> {
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
}
