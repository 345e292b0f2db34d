import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";
import { keys } from "../store/keys.ts";
import { forgetReviews } from "./review/review.ts";

/** Asks first: deleting everything is one press away, never one typo away. */
export function confirmForget(): Reply {
  return privateReply([
    { kind: "text", text: text.forgetAsk },
    {
      kind: "buttons",
      buttons: [
        {
          action: ACTIONS.forgetConfirm,
          value: "yes",
          label: text.forgetConfirmLabel,
          style: "danger",
        },
        { action: ACTIONS.forgetCancel, value: "no", label: text.forgetCancelLabel },
      ],
    },
  ]);
}

/**
 * Deletes all of a person's data in this tenant: ratings and history, mentor listing, quiz
 * answers, review deck and reminders, and their streaks in every channel's daily quiz.
 */
export async function forgetPerson(core: Core, asker: Asker): Promise<Reply> {
  await core.quizzes.forget(asker.person);
  await forgetReviews(core, asker.person);
  const { platform, tenant } = asker.person;
  for (const channel of await core.channels.channelsOf(asker.person)) {
    await core.channels.forget({ platform, tenant, channel }, asker.person.user);
  }
  await core.store.delete(keys.quizChannels(asker.person));
  await core.people.forget(asker.person);
  core.log.info(
    { person: `${asker.person.platform}:${asker.person.tenant}` },
    "forgot a person on request",
  );
  return privateReply([{ kind: "text", text: text.forgetDone }]);
}
