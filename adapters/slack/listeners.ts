import type { App, KnownEventFromType, types, webApi } from "@slack/bolt";
import { FORM_IDS, FORMS } from "../../src/core/actions.ts";
import { text as say } from "../../src/core/messages.ts";
import { privateReply } from "../../src/core/reply.ts";
import type { RichText } from "../../src/core/rich-text.ts";
import { ACTION_ID_PATTERN, answersItsMessage } from "./action-ids.ts";
import { dailySetupRefusal } from "./daily-setup.ts";
import { isFirstDelivery } from "./dedup.ts";
import { type Destination, decodeModalState, isDirectMessage } from "./destination.ts";
import { textFromSlack } from "./mrkdwn.ts";
import {
  actionEvent,
  formEvent,
  isActionlessBlockActions,
  tenantOf,
  textEvent,
  whereFor,
} from "./parse.ts";
import { refreshForm } from "./refresh-form.ts";
import { answer, identify, publishHome, type SlackDeps, work } from "./requests.ts";
import { ANY_SLASH_COMMAND, SLASH_COMMAND } from "./settings.ts";

/**
 * Every Slack entry point. Each acknowledges first (Slack wants an answer within 3 s), then
 * works and answers through the response_url or the Web API. Events are acknowledged by Bolt
 * before listeners run; their ids are claimed so a redelivery is answered once.
 */
export function registerListeners(app: App, deps: SlackDeps): void {
  // Bolt would answer an actionless block_actions with a 404 after 3 s (no listener matches it),
  // which Slack shows the person as an error: it is acknowledged here, and goes no further.
  app.use(async (args) => {
    if (!isActionlessBlockActions(args.body)) return args.next();
    if ("ack" in args && args.ack) await args.ack();
    deps.log.debug({ kind: "block_actions" }, "Slack block_actions with no action: ignored");
  });

  app.command(ANY_SLASH_COMMAND, async ({ ack, command, context, client }) => {
    await ack();
    const to: Destination = {
      user: command.user_id,
      channel: command.channel_id,
      responseUrl: command.response_url,
      publicOk: false,
    };
    await work(deps, client, to, async () => {
      const asking = await identify(deps, client, context, command.user_id);
      // Slack has been seen to leave `text` out, not empty, for a bare command: that is help.
      const words = textFromSlack(command.text ?? "");
      const refusal = await dailySetupRefusal(deps, client, {
        asking,
        channel: command.channel_id,
        words,
        command: command.command,
        botUserId: context.botUserId,
        botIsMember: false,
      });
      if (refusal) return refuse(deps, client, to, refusal);
      const where = whereFor(command.channel_id, "private");
      await answer(deps, client, to, textEvent(asking, where, words), command.trigger_id);
    });
  });

  app.event("app_mention", async ({ event, body, context, client }) => {
    // A mention in the app's own DM also arrives as a DM message, answered there: once.
    if (!event.user || event.bot_id || isDirectMessage(event.channel)) return;
    // Each edit of a message that mentions the bot comes again as a mention (with a new event
    // id): the message was answered already, and, as in the DM, an edit is no new question.
    if (event.edited) return;
    const tenant = tenantOf(context) ?? "";
    if (!(await isFirstDelivery(deps.store, deps.log, tenant, body.event_id))) return;
    const thread = event.thread_ts ?? event.ts;
    const to: Destination = {
      user: event.user,
      channel: event.channel,
      thread,
      inThread: event.thread_ts !== undefined,
      publicOk: true,
    };
    await work(deps, client, to, async () => {
      const asking = await identify(deps, client, context, to.user);
      const words = text(event.text, context);
      const refusal = await dailySetupRefusal(deps, client, {
        asking,
        channel: event.channel,
        words,
        command: SLASH_COMMAND,
        botUserId: context.botUserId,
        botIsMember: true,
      });
      if (refusal) return refuse(deps, client, to, refusal);
      const where = whereFor(event.channel, "public", thread);
      await answer(deps, client, to, textEvent(asking, where, words));
    });
  });

  app.message(async ({ message, body, context, client }) => {
    // Only what a person writes to the app in its DM; edits, joins and bots are not questions.
    if (message.channel_type !== "im" || !writtenByPerson(message)) return;
    if (!(await isFirstDelivery(deps.store, deps.log, tenantOf(context) ?? "", body.event_id)))
      return;
    const thread = message.thread_ts ?? message.ts;
    const to: Destination = {
      user: message.user,
      channel: message.channel,
      thread,
      publicOk: false,
    };
    const words = text(message.text ?? "", context);
    await work(deps, client, to, async () => {
      // A file without a word: the whole help text would not say what went wrong.
      if (!words && message.subtype === "file_share") {
        await deps.delivery.send(
          client,
          privateReply([{ kind: "text", text: say.slackWordsOnly }]),
          to,
        );
        return;
      }
      const asking = await identify(deps, client, context, to.user);
      const where = whereFor(message.channel, "private", thread);
      await answer(deps, client, to, textEvent(asking, where, words));
    });
  });

  app.event("app_home_opened", async ({ event, body, context, client }) => {
    if (event.tab !== "home") return;
    if (!(await isFirstDelivery(deps.store, deps.log, tenantOf(context) ?? "", body.event_id)))
      return;
    const to: Destination = { user: event.user, publicOk: false };
    await work(
      deps,
      client,
      to,
      async () => {
        const asking = await identify(deps, client, context, event.user);
        await publishHome(deps, client, asking, event.channel);
      },
      { failure: "Slack Home tab could not be published" },
    );
  });

  // Every action, ours or not: one Slack gets no answer to fails for the person after 3 s.
  app.action(/.*/, async ({ ack, body, action, context, client }) => {
    await ack();
    // A skill picked in the rating modal: its rubric replaces the one shown.
    if (
      body.type === "block_actions" &&
      action.type === "static_select" &&
      body.view?.type === "modal"
    )
      return refreshForm(
        deps,
        client,
        context,
        body.user.id,
        body.view,
        action.selected_option.value,
      );
    if (body.type !== "block_actions" || action.type !== "button" || !("action_id" in action))
      return;
    // A link button: Slack has opened the link, there is nothing to answer.
    if (action.url) return;
    const fromHome = body.view?.type === "home";
    const channel = body.channel?.id;
    const to: Destination = {
      user: body.user.id,
      ...(channel ? { channel } : {}),
      ...(body.message?.thread_ts
        ? { thread: String(body.message.thread_ts), inThread: true }
        : {}),
      ...(body.response_url ? { responseUrl: body.response_url, pressed: true } : {}),
      ...(body.response_url && answersItsMessage(action.action_id) && seenByPresserOnly(body)
        ? { replacesPressed: true }
        : {}),
      publicOk: false,
      ...(fromHome ? { home: true } : {}),
    };
    await work(deps, client, to, async () => {
      const asking = await identify(deps, client, context, body.user.id);
      const where = whereFor(channel, "private", to.thread);
      const event = ACTION_ID_PATTERN.test(action.action_id)
        ? actionEvent(asking, where, action.action_id, action.value ?? "")
        : undefined;
      if (!event) {
        // A button from an older version, or another app's: say so rather than nothing.
        deps.log.warn({ actionId: action.action_id }, "unknown Slack action");
        await deps.delivery.send(
          client,
          privateReply([{ kind: "text", text: say.buttonGone }]),
          to,
        );
        return;
      }
      await answer(deps, client, to, event, body.trigger_id);
      if (fromHome) await publishHome(deps, client, asking, undefined);
    });
  });

  // A shortcut the manifest never declared (added by hand in the app's settings): Slack shows
  // an error for one left unacknowledged. On a message, the person is told what does work.
  app.shortcut(/.*/, async ({ ack, shortcut, client }) => {
    await ack();
    deps.log.warn({ callbackId: shortcut.callback_id }, "unknown Slack shortcut");
    if (shortcut.type !== "message_action") return;
    const to: Destination = {
      user: shortcut.user.id,
      responseUrl: shortcut.response_url,
      publicOk: false,
    };
    await work(deps, client, to, () =>
      refuse(deps, client, to, say.slackShortcutUnknown(SLASH_COMMAND)),
    );
  });

  // A modal Skillbot does not know (an older version's): closed, rather than left hanging.
  app.view({ callback_id: NOT_OUR_FORM, type: "view_submission" }, async ({ ack }) => {
    await ack();
  });

  app.view(FORMS.rate, async ({ ack, view, body, context, client }) => {
    await ack();
    const state = decodeModalState(view.private_metadata);
    // The answer goes where the form was asked for, and only ever to the person who submitted it.
    const to: Destination = { ...(state?.to ?? { publicOk: false }), user: body.user.id };
    await work(deps, client, to, async () => {
      const asking = await identify(deps, client, context, body.user.id);
      const where = whereFor(to.channel, "private", to.thread);
      await answer(deps, client, to, formEvent(asking, where, view, state?.context));
      if (to.home) await publishHome(deps, client, asking, undefined);
    });
  });
}

/** Any callback_id but the forms Skillbot opens. */
const NOT_OUR_FORM = new RegExp(
  `^(?!(?:${[...FORM_IDS].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$)`,
);

type PersonsMessage =
  | types.GenericMessageEvent
  | types.FileShareMessageEvent
  | types.ThreadBroadcastMessageEvent;
/** A person's own words: a plain message, one with a file, a thread reply also sent to the DM. */
const PEOPLES_MESSAGES: ReadonlySet<string | undefined> = new Set([
  undefined,
  "file_share",
  "thread_broadcast",
]);
const writtenByPerson = (message: KnownEventFromType<"message">): message is PersonsMessage =>
  PEOPLES_MESSAGES.has(message.subtype) && !("bot_id" in message && message.bot_id);

/** Says, only to the person, why the adapter did not pass their words on. */
async function refuse(
  deps: SlackDeps,
  client: webApi.WebClient,
  to: Destination,
  why: RichText,
): Promise<void> {
  await deps.delivery.send(client, privateReply([{ kind: "text", text: why }]), to);
}

/** A message only the person who pressed its button sees: ephemeral, or in their DM with the app. */
const seenByPresserOnly = (body: {
  container?: { is_ephemeral?: boolean };
  channel?: { id: string };
}) => body.container?.is_ephemeral === true || isDirectMessage(body.channel?.id);

/** The words of a message, without the bot's own mention. */
function text(encoded: string, context: { botUserId?: string | undefined }): string {
  return textFromSlack(encoded, context.botUserId);
}
