import { Cron } from "croner";
import type { Core } from "../../core/context.ts";
import type { Outbox } from "../../core/outbox.ts";
import { sendReviewNudges } from "../review/review.ts";
import { runDue } from "./run-due.ts";

/**
 * Keeps daily quizzes running while the bot is up: at start (catching up on a post missed
 * while the bot was down, if under two hours late) and then at the top of every minute,
 * croner runs everything due. Schedules live in the store, so a restart resumes them and
 * several instances can share them (each post is claimed once).
 *
 * `outboxFor` builds the outbox it sends through, whose waits (a Retry-After) must end when
 * `stopping` aborts: stop() then returns once sends in flight settle, not after the waits.
 */
export function startDailyScheduler(
  core: Core,
  outboxFor: (stopping: AbortSignal) => Outbox,
): { stop(): Promise<void> } {
  const stopping = new AbortController();
  const outbox = outboxFor(stopping.signal);
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      await runDue(core, outbox, core.clock.now(), stopping.signal);
      if (stopping.signal.aborted) return;
      await sendReviewNudges(core, outbox, core.clock.now());
    })().catch((error: unknown) => core.log.error({ err: error }, "daily scheduler tick failed"));
  };
  tick();
  // protect: a slow tick (many channels) is never overlapped by the next one.
  const job = new Cron("0 * * * * *", { protect: true, name: "skillbot-daily" }, async () => {
    tick();
    await running;
  });
  return {
    async stop() {
      job.stop();
      stopping.abort();
      await running;
    },
  };
}
