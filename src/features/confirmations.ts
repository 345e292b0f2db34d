import { ACTIONS, type ActionId } from "../core/actions.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";
import type { RichText } from "../core/rich-text.ts";

// What a sentence seems to ask for ("I'm pretty good at SQL", "use the mlops track", "sign me
// up as a mentor") is asked back, privately, with one button that does exactly that: nothing
// is changed on a guess.

function askBack(question: RichText, action: ActionId, value: string, label: string): Reply {
  return privateReply([
    { kind: "text", text: question },
    { kind: "buttons", buttons: [{ action, value, label, style: "primary" }] },
  ]);
}

/** "Set SQL to 3 (practitioner)? [Save]" */
export function confirmRating(skill: { id: string; name: string }, level: number): Reply {
  return askBack(
    text.confirmRating(skill.name, level),
    ACTIONS.rateSet,
    `${skill.id}:${level}`,
    text.rateSave,
  );
}

/** "Switch your track to MLOps Engineer? [Switch]" */
export function confirmTrack(track: { id: string; name: string }): Reply {
  return askBack(text.confirmTrack(track.name), ACTIONS.trackSet, track.id, text.trackSwitch);
}

/** "List you as a mentor? [List me]", or the way off the list: the same as `mentor on|off`. */
export function confirmMentorOptIn(on: boolean): Reply {
  return on
    ? askBack(text.confirmMentorOn, ACTIONS.mentorSet, "on", text.mentorOnButton)
    : askBack(text.confirmMentorOff, ACTIONS.mentorSet, "off", text.mentorOffButton);
}
