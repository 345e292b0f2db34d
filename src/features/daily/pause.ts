import type { Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import type { Outbox } from "../../core/outbox.ts";
import type { Logger } from "../../core/ports.ts";
import { privateReply } from "../../core/reply.ts";
import { channelRef } from "../../core/rich-text.ts";
import { type DailySchedule, scheduleTarget } from "./schedule.ts";

/**
 * The platform refused a post or a reveal in the channel for good (it is gone or archived, the
 * bot was removed or may not write there). Trying again every tick would only fill the log, so
 * the quiz stops: its open question closes (its buttons stop taking answers), and whoever set
 * it up hears once, by DM, how to start it again.
 */
export async function pauseDailyQuiz(
  core: Core,
  outbox: Outbox,
  schedule: DailySchedule,
  now: Date,
  log: Logger,
): Promise<void> {
  const target = scheduleTarget(schedule);
  let open: DailySchedule["open"];
  let newlyPaused = false;
  const pausedNow = await core.schedules.change(target, (current) => {
    // Run again after a lost compare-and-set: what counts is the attempt that was written.
    newlyPaused = !current.pausedAt;
    open = current.open;
    return current.pausedAt
      ? current
      : { ...current, pausedAt: now.toISOString(), open: undefined };
  });
  if (!newlyPaused || !pausedNow) return;
  log.warn({}, "daily quiz paused: the platform refuses posts in this channel");
  if (open) await core.quizzes.markRevealed(target, open.roundId);
  // Whoever set it up may have asked to be forgotten since (their id is then blank).
  if (!pausedNow.enabledBy) return;
  const person = {
    platform: schedule.platform,
    tenant: schedule.tenant,
    user: pausedNow.enabledBy,
  };
  await outbox
    .dm(
      person,
      privateReply([{ kind: "text", text: dailyText.pausedDm(channelRef(target.channel)) }]),
    )
    .catch((error: unknown) =>
      log.info({ err: error }, "could not tell whoever set up the daily quiz that it stopped"),
    );
}
