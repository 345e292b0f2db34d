// Events API payloads, shaped like the `event_callback` envelopes Slack POSTs (and wraps in
// `events_api` Socket Mode envelopes).
import type { EnvelopedEvent, types } from "@slack/bolt";
import { nextMessageTs, nextSequence } from "./sequence.ts";
import {
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_DM_CHANNEL,
  FAKE_TEAM,
  FAKE_USER,
  FAKE_VERIFICATION_TOKEN,
} from "./workspace.ts";

/** How a message mentioning the default fake bot starts: `${BOT_MENTION} skills`. */
export const BOT_MENTION = `<@${FAKE_BOT.userId}>`;

export interface EventEnvelopeOptions {
  eventId?: string;
  eventTime?: number;
  teamId?: string;
  apiAppId?: string;
  /** The bot user the event is delivered to (`authorizations[0].user_id`). */
  botUserId?: string;
}

export function eventCallback<E extends { type: string }>(
  event: E,
  options: EventEnvelopeOptions = {},
): EnvelopedEvent<E> {
  const teamId = options.teamId ?? FAKE_TEAM.id;
  const seq = nextSequence();
  return {
    token: FAKE_VERIFICATION_TOKEN,
    team_id: teamId,
    api_app_id: options.apiAppId ?? FAKE_BOT.appId,
    event,
    type: "event_callback",
    event_id: options.eventId ?? `Ev${String(seq).padStart(10, "0")}`,
    event_time: options.eventTime ?? 1_700_000_000 + seq,
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: options.botUserId ?? FAKE_BOT.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-fake-event-context-${seq}`,
  };
}

export interface MessageEventOptions {
  /** The full text as Slack sends it, mentions included (see BOT_MENTION). */
  text: string;
  user?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
}

/** `app_mention`: someone wrote `<@bot> …` in a channel. */
export function appMention(options: MessageEventOptions): types.AppMentionEvent {
  const ts = options.ts ?? nextMessageTs();
  return {
    type: "app_mention",
    user: options.user ?? FAKE_USER.id,
    text: options.text,
    ts,
    channel: options.channel ?? FAKE_CHANNEL.id,
    event_ts: ts,
    team: FAKE_TEAM.id,
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
  };
}

/** `message.im`: someone wrote to the bot in its DM. */
export function directMessage(options: MessageEventOptions): types.GenericMessageEvent {
  const ts = options.ts ?? nextMessageTs();
  return {
    type: "message",
    subtype: undefined,
    user: options.user ?? FAKE_USER.id,
    text: options.text,
    ts,
    channel: options.channel ?? FAKE_DM_CHANNEL,
    channel_type: "im",
    event_ts: ts,
    team: FAKE_TEAM.id,
    client_msg_id: `00000000-0000-4000-8000-${String(nextSequence()).padStart(12, "0")}`,
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
  };
}

export interface AppHomeOpenedOptions {
  user?: string;
  channel?: string;
  tab?: "home" | "messages";
}

/** `app_home_opened`: someone opened the bot's App Home (the cue to views.publish it). */
export function appHomeOpened(options: AppHomeOpenedOptions = {}): types.AppHomeOpenedEvent {
  return {
    type: "app_home_opened",
    user: options.user ?? FAKE_USER.id,
    channel: options.channel ?? FAKE_DM_CHANNEL,
    tab: options.tab ?? "home",
    event_ts: nextMessageTs(),
  };
}
