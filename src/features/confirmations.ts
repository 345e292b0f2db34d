import { ACTIONS, type ActionId } from "../core/actions.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";
import type { RichText } from "../core/rich-text.ts";

// What a sentence seems to ask for ("I'm pretty good at SQL", "use the mlops track", "sign me
// up as a mentor") is asked back, privately, with one button that does exactly that: nothing
// is changed on a guess.

/**
 * How long a question asked back can be answered. A button stays in the chat for good, and
 * pressed a week later it would undo what the person did since (a newer rating, another track);
 * an hour is ample for a question answered while it is on screen.
 */
export const ASKED_BACK_OPEN_MS = 60 * 60 * 1000;

/** Between a button's own value and when its question was asked; never in an id or a level. */
const ASKED_AT = "~";

/**
 * A button's value with when its question was asked: `sql:3~tmnb2o`. Whole seconds in base 36
 * (six characters) keep a Discord custom_id, 100 characters with its action and server, short.
 */
export function askedAt(value: string, now: Date): string {
  return `${value}${ASKED_AT}${Math.floor(now.getTime() / 1000).toString(36)}`;
}

/**
 * What a pressed button says, and whether its question is still open `openMs` after it was
 * asked. A value without its time comes from before buttons carried one, so from before this
 * version started: it is taken as closed, since undoing a newer choice is worse than asking once
 * more.
 */
export function readAnswer(
  pressed: string,
  now: Date,
  openMs: number,
): { value: string; open: boolean } {
  const at = pressed.lastIndexOf(ASKED_AT);
  if (at < 0) return { value: pressed, open: false };
  const stamp = pressed.slice(at + ASKED_AT.length);
  const askedMs = /^[0-9a-z]{1,8}$/.test(stamp) ? Number.parseInt(stamp, 36) * 1000 : Number.NaN;
  return { value: pressed.slice(0, at), open: now.getTime() - askedMs <= openMs };
}

/** The answer to a press that came too late: nothing changed, and what to say instead. */
export function askedBackExpired(command: string): Reply {
  return privateReply([{ kind: "text", text: text.askedBackExpired(command) }]);
}

function askBack(
  question: RichText,
  action: ActionId,
  value: string,
  label: string,
  now: Date,
): Reply {
  return privateReply([
    { kind: "text", text: question },
    {
      kind: "buttons",
      buttons: [{ action, value: askedAt(value, now), label, style: "primary" }],
    },
  ]);
}

/** "Set SQL to 3 (practitioner)? [Save]" */
export function confirmRating(
  skill: { id: string; name: string },
  level: number,
  now: Date,
): Reply {
  return askBack(
    text.confirmRating(skill.name, level),
    ACTIONS.rateSet,
    `${skill.id}:${level}`,
    text.rateSave,
    now,
  );
}

/** "Switch your track to MLOps Engineer? [Switch]" */
export function confirmTrack(track: { id: string; name: string }, now: Date): Reply {
  return askBack(text.confirmTrack(track.name), ACTIONS.trackSet, track.id, text.trackSwitch, now);
}

/** "List you as a mentor? [List me]", or the way off the list: the same as `mentor on|off`. */
export function confirmMentorOptIn(on: boolean, now: Date): Reply {
  return on
    ? askBack(text.confirmMentorOn, ACTIONS.mentorSet, "on", text.mentorOnButton, now)
    : askBack(text.confirmMentorOff, ACTIONS.mentorSet, "off", text.mentorOffButton, now);
}
