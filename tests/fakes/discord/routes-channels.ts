// Channels and the bot's own messages in them (`channel.send`, `message.edit`, `user.send`
// after `POST /users/@me/channels`).
import type { APIMessage } from "discord.js";
import {
  DiscordErrorCode,
  errorReply,
  invalidFormBody,
  type RestReply,
  unknownChannel,
  unknownMessage,
} from "./errors.ts";
import { asRecord } from "./json-read.ts";
import { contentFields, editMessage, storeMessage } from "./message-store.ts";
import { json, noContent, type Route, type RouteRequest } from "./router.ts";
import { isEmptyMessage, messageProblems } from "./validation.ts";
import type { World } from "./world.ts";

function channelMessage(world: World, request: RouteRequest): APIMessage | RestReply {
  const { channelId, messageId } = request.params;
  if (!world.channels.has(channelId ?? "")) return unknownChannel();
  const message = world.messages.get(messageId ?? "");
  return message && message.channel_id === channelId ? message : unknownMessage();
}

export function channelRoutes(world: World): Route[] {
  return [
    {
      method: "GET",
      pattern: "/channels/:channelId",
      auth: true,
      handle: ({ params }) => {
        const channel = world.channelObject(params.channelId ?? "");
        return channel ? json(channel) : unknownChannel();
      },
    },
    {
      method: "POST",
      pattern: "/channels/:channelId/messages",
      auth: true,
      handle: (request) => {
        const channelId = request.params.channelId ?? "";
        if (!world.channels.has(channelId)) return unknownChannel();
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalidFormBody(problems);
        if (isEmptyMessage(request.body, request.files.length)) {
          return errorReply(
            400,
            DiscordErrorCode.CannotSendEmptyMessage,
            "Cannot send an empty message",
          );
        }
        const reference = asRecord(asRecord(request.body).message_reference);
        const replyTo = typeof reference.message_id === "string" ? reference.message_id : undefined;
        const message = storeMessage(world, {
          ...contentFields(world, request.body, request.files, channelId),
          channelId,
          author: world.botUser,
          // 19 = REPLY: a message sent with a message_reference.
          type: replyTo ? 19 : 0,
          ...(replyTo
            ? { messageReference: { type: 0, message_id: replyTo, channel_id: channelId } }
            : {}),
        });
        return json(message);
      },
    },
    {
      method: "GET",
      pattern: "/channels/:channelId/messages/:messageId",
      auth: true,
      handle: (request) => {
        const found = channelMessage(world, request);
        return "status" in found ? found : json(found);
      },
    },
    {
      method: "PATCH",
      pattern: "/channels/:channelId/messages/:messageId",
      auth: true,
      handle: (request) => {
        const found = channelMessage(world, request);
        if ("status" in found) return found;
        if (found.author.id !== world.botUser.id) {
          return errorReply(
            403,
            DiscordErrorCode.CannotEditOtherUsersMessage,
            "Cannot edit a message authored by another user",
          );
        }
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalidFormBody(problems);
        return json(editMessage(world, found, request.body, request.files));
      },
    },
    {
      method: "DELETE",
      pattern: "/channels/:channelId/messages/:messageId",
      auth: true,
      handle: (request) => {
        const found = channelMessage(world, request);
        if ("status" in found) return found;
        world.messages.delete(found.id);
        return noContent();
      },
    },
    {
      method: "POST",
      pattern: "/channels/:channelId/typing",
      auth: true,
      handle: ({ params }) =>
        world.channels.has(params.channelId ?? "") ? noContent() : unknownChannel(),
    },
  ];
}
