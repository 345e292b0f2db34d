// chat.*, conversations.open and conversations.info, answered the way Slack answers them.
import {
  type ApiResponse,
  failure,
  type MethodHandler,
  type MethodRequest,
  param,
} from "./api-request.ts";

/** Posting to a user ID lands in the app's DM with that user, and Slack answers with the D channel. */
function resolveChannel(request: MethodRequest, channel: string): string {
  return /^[UW]/.test(channel) ? request.workspace.dmChannelFor(channel).id : channel;
}

function hasContent(body: Record<string, unknown>): boolean {
  return (
    param(body, "text") !== undefined ||
    param(body, "markdown_text") !== undefined ||
    Array.isArray(body.blocks) ||
    Array.isArray(body.attachments)
  );
}

/** The message object Slack echoes back: what was sent, authored by the bot. */
function botMessage(request: MethodRequest, ts: string): Record<string, unknown> {
  const { body, workspace } = request;
  const { bot, team } = workspace;
  const message: Record<string, unknown> = {
    type: "message",
    text: param(body, "text") ?? "",
    user: bot.userId,
    bot_id: bot.botId,
    app_id: bot.appId,
    team: team.id,
    ts,
    bot_profile: {
      id: bot.botId,
      app_id: bot.appId,
      name: bot.name,
      team_id: team.id,
      deleted: false,
    },
  };
  for (const key of ["blocks", "attachments", "metadata"] as const) {
    if (body[key] !== undefined) message[key] = body[key];
  }
  const threadTs = param(body, "thread_ts");
  if (threadTs !== undefined) message.thread_ts = threadTs;
  return message;
}

const postMessage: MethodHandler = (request) => {
  const channel = param(request.body, "channel");
  if (channel === undefined) return failure("channel_not_found");
  if (!hasContent(request.body)) return failure("no_text");
  if (request.workspace.channelsWithoutBot.has(channel))
    return failure(channel.startsWith("G") ? "channel_not_found" : "not_in_channel");
  const ts = request.workspace.nextTs();
  return {
    ok: true,
    channel: resolveChannel(request, channel),
    ts,
    message: botMessage(request, ts),
  };
};

const postEphemeral: MethodHandler = (request) => {
  const channel = param(request.body, "channel");
  if (channel === undefined) return failure("channel_not_found");
  if (param(request.body, "user") === undefined) return failure("user_not_in_channel");
  if (!hasContent(request.body)) return failure("no_text");
  return { ok: true, message_ts: request.workspace.nextTs() };
};

const update: MethodHandler = (request) => {
  const channel = param(request.body, "channel");
  const ts = param(request.body, "ts");
  if (channel === undefined) return failure("channel_not_found");
  if (ts === undefined) return failure("message_not_found");
  if (!hasContent(request.body)) return failure("no_text");
  const message = botMessage(request, ts);
  return { ok: true, channel, ts, text: message.text, message };
};

const conversationsOpen: MethodHandler = (request): ApiResponse => {
  const channel = param(request.body, "channel");
  if (channel !== undefined)
    return { ok: true, no_op: true, already_open: true, channel: { id: channel } };
  const users = param(request.body, "users")
    ?.split(",")
    .map((id) => id.trim());
  if (users === undefined || users.length === 0) return failure("users_list_not_supplied");
  // Group DMs (several users) are not something the bot needs; say so rather than pretend.
  if (users.length > 1) return failure("fake_slack_unsupported_mpim");
  const [user] = users;
  if (user === undefined) return failure("users_list_not_supplied");
  const dm = request.workspace.dmChannelFor(user);
  return dm.alreadyOpen
    ? { ok: true, no_op: true, already_open: true, channel: { id: dm.id } }
    : { ok: true, channel: { id: dm.id } };
};

/** Whether the bot is in a channel; only the fields the bot reads, as Slack names them. */
const conversationsInfo: MethodHandler = (request): ApiResponse => {
  const channel = param(request.body, "channel");
  if (channel === undefined) return failure("channel_not_found");
  const isMember = !request.workspace.channelsWithoutBot.has(channel);
  const isPrivate = channel.startsWith("G");
  // A private channel the bot is not in does not exist for its token.
  if (isPrivate && !isMember) return failure("channel_not_found");
  const isIm = channel.startsWith("D");
  return {
    ok: true,
    channel: {
      id: channel,
      ...(isIm ? { is_im: true } : { name: channel.toLowerCase(), is_channel: !isPrivate }),
      is_private: isPrivate || isIm,
      is_archived: false,
      is_member: isMember,
    },
  };
};

export const CHAT_METHODS: Record<string, MethodHandler> = {
  "chat.postMessage": postMessage,
  "chat.postEphemeral": postEphemeral,
  "chat.update": update,
  "conversations.open": conversationsOpen,
  "conversations.info": conversationsInfo,
};
