import type { Adapter, Readiness } from "./core/adapter.ts";
import type { RecordStore } from "./store/record-store.ts";

export type ReadinessParts = {
  store: Pick<RecordStore, "ping">;
  /** Every adapter the process runs; read at each probe, so it may fill in while starting. */
  adapters: readonly Adapter[];
  /** Every adapter has started and the process is not stopping. */
  accepting: () => boolean;
};

/**
 * The process is ready when it accepts work, every adapter is connected to its platform and
 * the store answers: one platform down (Discord's gateway, say) takes the whole process out.
 */
export function processReadiness(parts: ReadinessParts): Readiness {
  return async () => {
    try {
      if (!parts.accepting()) return false;
      const connected = await Promise.all(parts.adapters.map((a) => a.ready?.() ?? true));
      if (!connected.every(Boolean)) return false;
      await parts.store.ping();
      return true;
    } catch {
      return false;
    }
  };
}
