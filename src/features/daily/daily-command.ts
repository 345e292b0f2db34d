import { z } from "zod";
import type { ChannelTarget } from "../../core/adapter.ts";
import type { Asker, Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import { SkillbotError } from "../../core/errors.ts";
import { privateReply, type Reply, replyAsAsked } from "../../core/reply.ts";
import type { RichText, Span } from "../../core/rich-text.ts";
import { keys } from "../../store/keys.ts";
import { nameOf, resolveTopic } from "../resolve.ts";
import { topicQuestions } from "./pick-daily.ts";
import type { DailySchedule, DailyTopic } from "./schedule.ts";
import { isTimeZone, knownTimeZone, localDate, nextPostAt } from "./schedule-time.ts";

export const DEFAULT_TIME = "09:30";

/** Who may change a channel's daily quiz: the platform's own managers, configured admins, and anyone on the console. */
export function mayManage(core: Core, asker: Asker): boolean {
  return (
    asker.person.platform === "console" ||
    asker.canManageChannel === true ||
    core.admins.includes(asker.person.user)
  );
}

export const targetOf = (asker: Asker): ChannelTarget => ({
  platform: asker.person.platform,
  tenant: asker.person.tenant,
  channel: asker.where.channel,
});

type Parsed =
  | { ok: true; time: string; timezone: string; days: Days; topic: DailyTopic }
  | { ok: false; problem: RichText };
type Days = NonNullable<DailySchedule["days"]>;

/**
 * Monday to Friday as admins say it: "weekdays", "every weekday", "weekdays only", "mon-fri",
 * "monday to friday". No skill is called any of these, so they are read anywhere in the options.
 */
const WEEKDAYS =
  /(?:^|\s)(?:(?:every|on)\s+)?(?:week\s?days?(?:\s+only)?|mon(?:day)?\s*(?:-|–|—|to|through|thru|until)\s*fri(?:day)?)(?=\s|$)/gi;

/**
 * `[HH:MM] [time zone] [weekdays] [topic|track|weakest]`, each optional, in that order
 * (`weekdays`, in any of its wordings, is also read after the topic).
 */
export function parseDailyOptions(core: Core, raw: string, fallbackZone: string): Parsed {
  const withoutDays = raw.replace(WEEKDAYS, " ");
  const days: Days = withoutDays === raw ? "every" : "weekdays";
  const words = withoutDays.trim().split(/\s+/).filter(Boolean);
  let time = DEFAULT_TIME;
  let timezone = fallbackZone;
  const first = words[0];
  if (first && /^\d{1,2}[:.h]\d{2}$/.test(first)) {
    const [hours = 99, minutes = 99] = first.split(/[:.h]/).map(Number);
    if (hours > 23 || minutes > 59) return { ok: false, problem: dailyText.badTime(first) };
    time = `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
    words.shift();
  } else if (first && /^\d{1,2}(:\d+)?\s*(am|pm)?$/i.test(first)) {
    return { ok: false, problem: dailyText.badTime(first) };
  }
  const zone = words[0];
  if (zone && /^(utc|gmt)$/i.test(zone)) {
    timezone = "UTC";
    words.shift();
  } else if (zone?.includes("/") && isTimeZone(zone)) {
    // In any case and with digits: "europe/berlin", "Etc/GMT+2".
    timezone = zoneSpelling(zone);
    words.shift();
  }
  const rest = words.join(" ");
  if (!rest || rest.toLowerCase() === "weakest")
    return { ok: true, time, timezone, days, topic: "weakest" };
  try {
    return { ok: true, time, timezone, days, topic: resolveTopic(core, rest) };
  } catch (error) {
    // "ci/cd" is a topic; "Mars/Olympus", no topic either, was meant as a time zone.
    if (words[0]?.includes("/") && error instanceof SkillbotError)
      return { ok: false, problem: dailyText.badTimeZone(words[0]) };
    throw error;
  }
}

/** A zone as typed, with the case Intl knows it by: "europe/berlin" is shown as "Europe/Berlin". */
function zoneSpelling(typed: string): string {
  const known = new Intl.DateTimeFormat("en", { timeZone: typed }).resolvedOptions().timeZone;
  return known.toLowerCase() === typed.toLowerCase() ? known : typed;
}

const topicName = (core: Core, topic: DailyTopic) =>
  topic === "weakest" ? dailyText.weakest : nameOf(core, topic);

const whenFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Fri 27 Nov, 09:30" in the schedule's own time zone, carrying the instant so that Slack and
 * Discord show it in each reader's zone: a teammate in another zone read the admin's time as
 * their own, an hour or more off.
 */
export function whenText(instant: Date | undefined, timezone: string): Span {
  if (!instant) return { text: "soon" };
  let format = whenFormats.get(timezone);
  if (!format) {
    const options = {
      timeZone: timezone,
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    } as const;
    format = new Intl.DateTimeFormat("en-GB", options);
    whenFormats.set(timezone, format);
  }
  return { text: format.format(instant), at: instant.toISOString() };
}

/** `quiz daily on|off|status`: changing it needs the right to manage the channel. */
export async function dailyCommand(
  core: Core,
  asker: Asker,
  action: "on" | "off" | "status",
  options: string | undefined,
): Promise<Reply> {
  const reply = (text: RichText) => replyAsAsked(asker.where.audience, [{ kind: "text", text }]);
  if (asker.where.kind === "dm")
    return privateReply([{ kind: "text", text: dailyText.onlyInChannels }]);
  const target = targetOf(asker);
  const current = await core.schedules.get(target);
  if (action === "status") {
    if (!current)
      return reply(
        (await core.schedules.damaged(target)) ? dailyText.damagedStatus : dailyText.notScheduled,
      );
    const days = current.days ?? "every";
    if (current.offAt && current.open)
      return reply(
        dailyText.offStatus(whenText(new Date(current.open.revealAt), current.timezone)),
      );
    if (current.pausedAt)
      return reply(dailyText.pausedStatus(days, current.time, current.timezone));
    // Scheduled before the matrix lost its questions: promise no question that cannot come.
    if (core.kb.questions.length === 0)
      return reply(dailyText.statusWithoutQuestions(days, current.time, current.timezone));
    const next = whenText(nextPostAt(current, core.clock.now()), current.timezone);
    return reply(
      dailyText.status(days, current.time, current.timezone, topicName(core, current.topic), next),
    );
  }
  if (!mayManage(core, asker)) return privateReply([{ kind: "text", text: dailyText.notAllowed }]);
  if (action === "off") return turnOff(core, target, current, reply);
  // A schedule that could never post would only warn in the log while status promises more.
  if (core.kb.questions.length === 0)
    return privateReply([{ kind: "text", text: dailyText.noQuestions }]);
  const parsed = parseDailyOptions(core, options ?? "", knownTimeZone(asker.timezone) ?? "UTC");
  if (!parsed.ok) return privateReply([{ kind: "text", text: parsed.problem }]);
  // The matrix has questions (above), so `weakest` always has some.
  const questions = topicQuestions(core.kb, parsed.topic).length;
  if (questions === 0)
    return privateReply([
      { kind: "text", text: dailyText.topicWithoutQuestions(topicName(core, parsed.topic)) },
    ]);
  const now = core.clock.now();
  const damaged = current ? undefined : await core.schedules.damaged(target);
  if (damaged) {
    // Set up again by someone who can: the new settings replace what no version can read.
    core.log.error(
      { channel: target.channel, damaged },
      "daily quiz: replacing a damaged schedule",
    );
    await core.schedules.remove(target);
  }
  const schedule = await core.schedules.setUp({
    ...target,
    time: parsed.time,
    timezone: parsed.timezone,
    days: parsed.days,
    topic: parsed.topic,
    enabledBy: asker.person.user,
    enabledAt: now.toISOString(),
  });
  const next = whenText(await firstPostAt(core, schedule, now), schedule.timezone);
  const topic = topicName(core, schedule.topic);
  const enabled = dailyText.enabled(parsed.days, schedule.time, schedule.timezone, topic, next);
  return reply(
    questions < FEW_QUESTIONS
      ? [...enabled, { text: " " }, ...dailyText.fewQuestions(topic, questions)]
      : enabled,
  );
}

/** Under this many questions, a topic comes round again within a fortnight: said at set-up. */
const FEW_QUESTIONS = 10;

/**
 * When the first question comes. A date already posted is skipped: one the schedule records, or
 * one whose post was claimed (the quiz was turned off and on again the same day, and the new
 * schedule knows nothing of that post): the scheduler would find that claim taken and post
 * nothing. The schedule then records that date, so it stops trying.
 */
async function firstPostAt(
  core: Core,
  schedule: DailySchedule,
  now: Date,
): Promise<Date | undefined> {
  const next = nextPostAt(schedule, now);
  if (!next) return undefined;
  const date = localDate(next, schedule.timezone);
  const claimed = await core.store.get(
    keys.dailyPosted(schedule, schedule.channel, date),
    z.unknown(),
  );
  if (claimed === undefined) return next;
  const marked = await core.schedules.change(schedule, (s) =>
    s.lastPostDate !== undefined && s.lastPostDate >= date ? s : { ...s, lastPostDate: date },
  );
  return marked && nextPostAt(marked, now);
}

/**
 * Stops new questions. An open question keeps taking answers until its reveal, at its time, as
 * the channel was promised (the scheduler then removes the schedule): closing it unrevealed
 * left everyone who answered without the answer.
 */
async function turnOff(
  core: Core,
  target: ChannelTarget,
  current: DailySchedule | undefined,
  reply: (text: RichText) => Reply,
): Promise<Reply> {
  const open = current?.pausedAt ? undefined : current?.open;
  if (!open) {
    // A paused quiz's question gets no reveal: answers to it must stop counting.
    if (current?.open) await core.quizzes.markRevealed(target, current.open.roundId);
    await core.schedules.remove(target);
    return reply(dailyText.disabled);
  }
  const offAt = core.clock.now().toISOString();
  await core.schedules.change(target, (s) => ({ ...s, offAt: s.offAt ?? offAt }));
  return reply(
    dailyText.disabledAfterReveal(whenText(new Date(open.revealAt), current?.timezone ?? "UTC")),
  );
}
