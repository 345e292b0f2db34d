import type { Core } from "../../core/context.ts";
import { type Outbox, RateLimited, Undeliverable } from "../../core/outbox.ts";
import { type DailyAction, postDailyQuestion, type TeamLevels, teamLevels } from "./daily-post.ts";
import { pauseDailyQuiz } from "./pause.ts";
import { revealDaily } from "./reveal.ts";
import type { DailySchedule } from "./schedule.ts";
import { postDecision, revealDue } from "./schedule-time.ts";

/**
 * Channels worked on at once. Each post's claim is a lease (see SEND_LEASE_MS) taken when its
 * channel's turn comes: with every channel at once, thousands of claims would start together
 * and the last posts would wait out their leases in the fan-out's queue, for another instance
 * to post them again. Not above the fan-out's concurrency (Discord: 10), so a post barely queues.
 */
const CHANNELS_AT_ONCE = 10;

/**
 * Runs everything due at `now`, once: reveals first (the next question closes the previous
 * one), then the day's question. The scheduler calls it on every tick; `quiz run-due` calls it
 * once for external schedulers. Safe to run on several instances at once. Once `stopping`
 * aborts, no further channel is started.
 */
export async function runDue(
  core: Core,
  outbox: Outbox,
  now: Date = core.clock.now(),
  stopping?: AbortSignal,
): Promise<DailyAction[]> {
  // A paused quiz waits for a person: the platform refused its channel for good.
  const schedules = (await core.schedules.all()).filter((schedule) => !schedule.pausedAt);
  const team = teamLevels(core);
  // A channel is judged, and its lease starts, when its turn comes: `now` plus the time taken.
  const startedAt = core.clock.now().getTime();
  const turnNow = () => new Date(now.getTime() + core.clock.now().getTime() - startedAt);
  const results: DailyAction[][] = [];
  const turns = schedules.entries(); // shared: each worker takes the next channel
  const worker = async () => {
    for (const [i, schedule] of turns) {
      if (stopping?.aborted) return;
      results[i] = await runOne(core, outbox, schedule, turnNow(), team, stopping);
    }
  };
  await Promise.all(Array.from({ length: CHANNELS_AT_ONCE }, worker));
  return results.flat();
}

async function runOne(
  core: Core,
  outbox: Outbox,
  schedule: DailySchedule,
  now: Date,
  team: TeamLevels,
  stopping: AbortSignal | undefined,
): Promise<DailyAction[]> {
  const actions: DailyAction[] = [];
  const log = core.log.child({ tenant: schedule.tenant, channel: schedule.channel });
  try {
    if (revealDue(schedule, now)) {
      const revealed = await revealDaily(core, outbox, schedule, now);
      if (revealed) actions.push(revealed);
    }
    const current = (await core.schedules.get(schedule)) ?? schedule;
    // Turned off with a question open: once that is revealed (or closed), the quiz goes.
    if (current.offAt) {
      if (!current.open) await core.schedules.remove(current);
      return actions;
    }
    const decision = postDecision(current, now);
    if (decision.kind === "too-late") {
      log.warn(
        { date: decision.date, scheduledAt: decision.scheduledAt.toISOString() },
        "daily quiz skipped: more than 2 hours late",
      );
      await core.schedules.change(current, (s) => ({ ...s, lastSkippedDate: decision.date }));
    } else if (decision.kind === "post") {
      const posted = await postDailyQuestion(core, outbox, current, decision.date, now, team);
      if (posted) actions.push(posted);
    }
  } catch (error) {
    // Not sent, and its claim freed: the platform asked for a wait past the send's deadline, or
    // the bot is stopping. A later tick, on any instance, sends it.
    const sentLater =
      error instanceof RateLimited ||
      (stopping?.aborted && error instanceof Error && error.name === "AbortError");
    if (sentLater) log.warn({ err: error }, "daily quiz: not sent now, a later tick sends it");
    else if (!(error instanceof Undeliverable)) log.error({ err: error }, "daily quiz run failed");
    else
      await pauseDailyQuiz(core, outbox, schedule, now, log).catch((pauseError: unknown) =>
        log.error({ err: pauseError }, "daily quiz: could not pause a refused channel"),
      );
  }
  return actions;
}
