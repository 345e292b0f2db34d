// Slash command and interactive payloads as Slack sends them to an app, and their HTTP encodings
// (form body for commands, `payload=<json>` form for interactions, JSON for events).
import type {
  BlockAction,
  ButtonAction,
  SlashCommand,
  ViewOutput,
  ViewResponseUrl,
  ViewStateValue,
  ViewSubmitAction,
} from "@slack/bolt";
import { nextMessageTs, nextSequence, nextTriggerId } from "./sequence.ts";
import {
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_TEAM,
  FAKE_USER,
  FAKE_VERIFICATION_TOKEN,
} from "./workspace.ts";

/** A request body and its content type, ready to sign and POST to a Bolt HTTP endpoint. */
export interface SlackDelivery {
  body: string;
  contentType: string;
}

export interface SlashCommandOptions {
  /** Where Bolt's respond() posts; use the fake's `responseUrl()` so nothing leaves 127.0.0.1. */
  responseUrl: string;
  command?: string;
  text?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  triggerId?: string;
}

export function slashCommand(options: SlashCommandOptions): SlashCommand {
  return {
    token: FAKE_VERIFICATION_TOKEN,
    team_id: FAKE_TEAM.id,
    team_domain: FAKE_TEAM.domain,
    channel_id: options.channelId ?? FAKE_CHANNEL.id,
    channel_name: options.channelName ?? FAKE_CHANNEL.name,
    user_id: options.userId ?? FAKE_USER.id,
    user_name: options.userName ?? FAKE_USER.name,
    command: options.command ?? "/skills",
    text: options.text ?? "",
    api_app_id: FAKE_BOT.appId,
    is_enterprise_install: "false",
    response_url: options.responseUrl,
    trigger_id: options.triggerId ?? nextTriggerId(),
  };
}

export type ViewStateValues = Record<string, Record<string, ViewStateValue>>;

export function plainTextValue(value: string): ViewStateValue {
  return { type: "plain_text_input", value };
}

export function staticSelectValue(value: string, text: string = value): ViewStateValue {
  return { type: "static_select", selected_option: { text: { type: "plain_text", text }, value } };
}

export interface ModalViewOptions {
  callbackId: string;
  values?: ViewStateValues;
  privateMetadata?: string;
  viewId?: string;
  title?: string;
  /** `home` for a button in the App Home. */
  type?: "modal" | "home";
}

/** A view as it comes back inside interaction payloads (state filled in by the user). */
export function viewOutput(options: ModalViewOptions): ViewOutput {
  const id = options.viewId ?? `V${String(nextSequence()).padStart(10, "0")}`;
  const isModal = (options.type ?? "modal") === "modal";
  return {
    id,
    team_id: FAKE_TEAM.id,
    app_installed_team_id: FAKE_TEAM.id,
    type: options.type ?? "modal",
    blocks: [],
    private_metadata: options.privateMetadata ?? "",
    callback_id: options.callbackId,
    state: { values: options.values ?? {} },
    hash: `1700000000.${id}`,
    title: { type: "plain_text", text: options.title ?? "Skillbot", emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: isModal ? { type: "plain_text", text: "Cancel", emoji: true } : null,
    submit: isModal ? { type: "plain_text", text: "Submit", emoji: true } : null,
    previous_view_id: null,
    root_view_id: id,
    app_id: FAKE_BOT.appId,
    external_id: "",
    bot_id: FAKE_BOT.botId,
  };
}

export interface ButtonPressOptions {
  actionId: string;
  value?: string;
  blockId?: string;
  text?: string;
  userId?: string;
  userName?: string;
  /** For a link button: Slack opens the link and still sends the press. */
  url?: string;
  /** For a button in a message (the default): Bolt's respond() posts here. */
  responseUrl?: string;
  channelId?: string;
  messageTs?: string;
  /** For a button in a modal or the App Home; Slack then sends no channel, message or response_url. */
  view?: ViewOutput;
  triggerId?: string;
}

/** `block_actions` for one button click. */
export function buttonPress(options: ButtonPressOptions): BlockAction<ButtonAction> {
  const userId = options.userId ?? FAKE_USER.id;
  const userName = options.userName ?? FAKE_USER.name;
  const action: ButtonAction = {
    type: "button",
    action_id: options.actionId,
    block_id: options.blockId ?? "actions",
    text: { type: "plain_text", text: options.text ?? options.actionId, emoji: true },
    action_ts: `${1_700_000_000 + nextSequence()}.000000`,
    ...(options.value === undefined ? {} : { value: options.value }),
    ...(options.url === undefined ? {} : { url: options.url }),
  };
  const common = {
    type: "block_actions" as const,
    user: { id: userId, username: userName, name: userName, team_id: FAKE_TEAM.id },
    api_app_id: FAKE_BOT.appId,
    token: FAKE_VERIFICATION_TOKEN,
    trigger_id: options.triggerId ?? nextTriggerId(),
    team: { id: FAKE_TEAM.id, domain: FAKE_TEAM.domain },
    is_enterprise_install: false,
    actions: [action],
  };
  if (options.view !== undefined) {
    return {
      ...common,
      container: { type: "view", view_id: options.view.id },
      view: options.view,
      state: { values: options.view.state.values },
      // Absent in Slack's payload for views; empty keeps Bolt from offering respond().
      response_url: "",
    };
  }
  const channelId = options.channelId ?? FAKE_CHANNEL.id;
  const messageTs = options.messageTs ?? nextMessageTs();
  return {
    ...common,
    container: {
      type: "message",
      message_ts: messageTs,
      channel_id: channelId,
      is_ephemeral: false,
    },
    channel: { id: channelId, name: channelId === FAKE_CHANNEL.id ? FAKE_CHANNEL.name : channelId },
    message: {
      type: "message",
      user: FAKE_BOT.userId,
      bot_id: FAKE_BOT.botId,
      ts: messageTs,
      text: "",
    },
    state: { values: {} },
    response_url: options.responseUrl ?? "",
  };
}

export interface ViewSubmissionOptions extends ModalViewOptions {
  userId?: string;
  userName?: string;
  triggerId?: string;
  /** Present when the modal has `response_url_enabled` inputs. */
  responseUrls?: ViewResponseUrl[];
}

/** `view_submission`: the user pressed Submit on a modal. */
export function viewSubmission(options: ViewSubmissionOptions): ViewSubmitAction {
  const userName = options.userName ?? FAKE_USER.name;
  return {
    type: "view_submission",
    team: { id: FAKE_TEAM.id, domain: FAKE_TEAM.domain },
    user: {
      id: options.userId ?? FAKE_USER.id,
      name: userName,
      team_id: FAKE_TEAM.id,
    },
    api_app_id: FAKE_BOT.appId,
    token: FAKE_VERIFICATION_TOKEN,
    trigger_id: options.triggerId ?? nextTriggerId(),
    view: viewOutput(options),
    response_urls: options.responseUrls ?? [],
    is_enterprise_install: false,
  };
}

/** A slash command as Slack POSTs it: `application/x-www-form-urlencoded` fields. */
export function slashCommandDelivery(command: SlashCommand): SlackDelivery {
  const fields = Object.entries(command).map(([key, value]): [string, string] => [
    key,
    String(value),
  ]);
  return {
    body: new URLSearchParams(fields).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

/** An interaction as Slack POSTs it: one form field, `payload`, holding the JSON. */
export function interactionDelivery(payload: object): SlackDelivery {
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: "application/x-www-form-urlencoded",
  };
}

/** An Events API envelope as Slack POSTs it: plain JSON. */
export function eventDelivery(envelope: object): SlackDelivery {
  return { body: JSON.stringify(envelope), contentType: "application/json" };
}
