import { Cron } from "croner";
import type { DailySchedule } from "./schedule.ts";

/** A post more than this late (the bot was down) is skipped rather than posted out of context. */
export const CATCH_UP_MS = 2 * 60 * 60 * 1000;
/** When the answer is revealed, unless the next post comes first. */
export const REVEAL_AFTER_MS = 8 * 60 * 60 * 1000;

/** When a schedule posts: its time, in its time zone, on its days. */
type Timing = Pick<DailySchedule, "time" | "timezone"> & Partial<Pick<DailySchedule, "days">>;

/** The daily pattern, in the schedule's time zone; croner handles daylight-saving changes. */
function cronOf(schedule: Timing): Cron {
  const [hours, minutes] = schedule.time.split(":").map(Number);
  const weekdays = schedule.days === "weekdays" ? "1-5" : "*";
  return new Cron(`${minutes} ${hours} * * ${weekdays}`, { timezone: schedule.timezone });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant in a time zone. */
export function localDate(instant: Date, timezone: string): string {
  let format = dateFormats.get(timezone);
  if (!format) {
    // Building a formatter costs far more than using one; a fan-out asks thousands of times.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dateFormats.set(timezone, format);
  }
  return format.format(instant);
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone a platform gave for a person, when it is one (a platform may send anything). */
export const knownTimeZone = (zone: string | undefined): string | undefined =>
  zone && isTimeZone(zone) ? zone : undefined;

/** The most recent scheduled instant at or before `now`. */
export function lastScheduledAt(schedule: Timing, now: Date): Date | undefined {
  return cronOf(schedule).previousRuns(1, new Date(now.getTime() + 1))[0];
}

export function nextScheduledAt(schedule: Timing, now: Date): Date | undefined {
  return cronOf(schedule).nextRun(now) ?? undefined;
}

/**
 * When the next question comes: the next scheduled instant on a date not posted yet. Set up
 * again at 11:00 after the 09:00 post, that is tomorrow's 11:00, not today's (see postDecision).
 */
export function nextPostAt(
  schedule: Timing & Pick<DailySchedule, "lastPostDate">,
  now: Date,
): Date | undefined {
  const posted = schedule.lastPostDate;
  const runs = cronOf(schedule).nextRuns(2, now);
  return runs.find((run) => posted === undefined || localDate(run, schedule.timezone) > posted);
}

export type PostDecision =
  | { kind: "post"; date: string; scheduledAt: Date }
  | { kind: "too-late"; date: string; scheduledAt: Date }
  | { kind: "wait" };

/**
 * Whether a channel's question is due at `now`: its latest scheduled instant has passed, no post
 * was made for that local date, and it is under two hours late (else it is skipped, once).
 * Pure: the clock is passed in.
 */
export function postDecision(schedule: DailySchedule, now: Date): PostDecision {
  if (schedule.offAt) return { kind: "wait" };
  const scheduledAt = lastScheduledAt(schedule, now);
  if (!scheduledAt || scheduledAt.getTime() < Date.parse(schedule.enabledAt))
    return { kind: "wait" };
  const date = localDate(scheduledAt, schedule.timezone);
  if (schedule.lastPostDate !== undefined && schedule.lastPostDate >= date) return { kind: "wait" };
  if (now.getTime() - scheduledAt.getTime() >= CATCH_UP_MS) {
    return schedule.lastSkippedDate === date
      ? { kind: "wait" }
      : { kind: "too-late", date, scheduledAt };
  }
  return { kind: "post", date, scheduledAt };
}

/** The open question is revealed at its time, or as soon as the next post is due. */
export function revealDue(schedule: DailySchedule, now: Date): boolean {
  if (!schedule.open) return false;
  if (now.getTime() >= Date.parse(schedule.open.revealAt)) return true;
  return postDecision(schedule, now).kind === "post";
}
