import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import type { Person } from "../core/events.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";
import { keys } from "../store/keys.ts";
import { forgetPersonalRounds } from "../store/personal-rounds.ts";
import { ROUND_TTL } from "../store/quiz-book.ts";
import { removeFromIndex } from "../store/team-index.ts";
import { askedAt, readAnswer } from "./confirmations.ts";
import { shiftDate } from "./daily/pick-daily.ts";
import { forgetReviews } from "./review/review.ts";

/**
 * How long the Delete button works: deleting everything should follow the question it answers,
 * not a button found in the chat days later, after the person has started over.
 */
const FORGET_OPEN_MS = 15 * 60 * 1000;

/** The Delete button's value when asked at `now`: also what `forget-me --yes` presses. */
export const forgetConfirmValue = (now: Date): string => askedAt("yes", now);

/** Asks first: deleting everything is one press away, never one typo away. */
export function confirmForget(now: Date): Reply {
  return privateReply([
    { kind: "text", text: text.forgetAsk },
    {
      kind: "buttons",
      buttons: [
        {
          action: ACTIONS.forgetConfirm,
          value: forgetConfirmValue(now),
          label: text.forgetConfirmLabel,
          style: "danger",
        },
        { action: ACTIONS.forgetCancel, value: "no", label: text.forgetCancelLabel },
      ],
    },
  ]);
}

/** A press of Delete: deletes everything while the question is open, nothing after. */
export async function forgetIfStillAsked(
  core: Core,
  asker: Asker,
  pressed: string,
): Promise<Reply> {
  if (!readAnswer(pressed, core.clock.now(), FORGET_OPEN_MS).open)
    return privateReply([{ kind: "text", text: text.forgetExpired }]);
  return forgetPerson(core, asker);
}

/**
 * Deletes all of a person's data in this tenant: ratings and history, mentor listing, quiz
 * answers and the questions shown to them alone (answered or not), review deck and reminders,
 * and their streaks in every channel's daily quiz.
 */
export async function forgetPerson(core: Core, asker: Asker): Promise<Reply> {
  await eraseAll(core, asker.person);
  // The bot takes one person's commands in turn only within a process: with several instances
  // on one store, a command of theirs that another instance was still running can write after
  // the first pass has gone by. The second pass deletes what such a command left.
  await eraseAll(core, asker.person);
  core.log.info(
    { person: `${asker.person.platform}:${asker.person.tenant}` },
    "forgot a person on request",
  );
  return privateReply([{ kind: "text", text: text.forgetDone }]);
}

async function eraseAll(core: Core, person: Person): Promise<void> {
  await core.quizzes.forget(person);
  await forgetPersonalRounds(core.store, person, core.clock.now(), ROUND_TTL);
  await forgetReviews(core, person);
  const { platform, tenant } = person;
  for (const channel of await core.channels.channelsOf(person)) {
    await core.channels.forget({ platform, tenant, channel }, person.user);
    // Only the channels forgotten leave the list: one an answer on another instance added
    // meanwhile stays listed for the second pass. Deleting the whole list lost it, and with it
    // the only way to the streak (and name) the answer then wrote there.
    await removeFromIndex(core.store, keys.quizChannels(person), channel);
  }
  // A daily quiz they set up keeps running, but no longer names them.
  for (const schedule of await core.schedules.inTenant(person)) {
    if (schedule.enabledBy === person.user)
      await core.schedules.change(schedule, (current) => ({ ...current, enabledBy: "" }));
  }
  await forgetDailyCounters(core, person);
  await core.people.forget(person);
}

/** Days back (UTC) a per-day record can still be there: they live two days, in any time zone. */
const DAILY_RECORD_DAYS = [-3, -2, -1, 0, 1];

/**
 * The per-day records that name the person (explanations used, review reminders sent): keyed
 * by date, so each day they could still exist for is deleted.
 */
async function forgetDailyCounters(core: Core, person: Person): Promise<void> {
  const today = core.clock.now().toISOString().slice(0, 10);
  const days = DAILY_RECORD_DAYS.map((offset) => shiftDate(today, offset));
  await Promise.all(
    days.flatMap((day) => [
      core.store.delete(keys.explainQuota(person, day)),
      core.store.delete(keys.reviewNudged(person, day)),
    ]),
  );
}
