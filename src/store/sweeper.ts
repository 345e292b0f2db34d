import type { Logger } from "../core/ports.ts";
import type { RecordStore } from "./record-store.ts";

const HOUR = 60 * 60 * 1000;

/**
 * Deletes expired records at start and then every `everyMs`: claims, quiz rounds and cached
 * answers have a time to live, and SQLite keeps rows until someone deletes them. A failed sweep
 * is logged and tried again next time; it never stops the bot.
 */
export function startSweeper(
  store: RecordStore,
  log: Logger,
  everyMs = HOUR,
): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = running.then(async () => {
      try {
        const removed = await store.sweepExpired();
        if (removed > 0) log.info({ removed }, "expired records deleted");
      } catch (error) {
        log.warn({ err: error }, "could not delete expired records; will try again");
      }
    });
  };
  sweep();
  const timer = setInterval(sweep, everyMs);
  // Housekeeping alone must not keep the process alive.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
