import { ACTIONS } from "../core/actions.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";

/**
 * "Sign me up as a mentor", "stop listing me as a mentor": asked back with a button that does
 * exactly `mentor on` or `mentor off`, as a rating said in a sentence is asked back with Save.
 */
export function confirmMentorOptIn(on: boolean): Reply {
  return privateReply([
    { kind: "text", text: on ? text.confirmMentorOn : text.confirmMentorOff },
    {
      kind: "buttons",
      buttons: [
        {
          action: ACTIONS.mentorSet,
          value: on ? "on" : "off",
          label: on ? text.mentorOnButton : text.mentorOffButton,
          style: "primary",
        },
      ],
    },
  ]);
}
