// Messages the bot creates or edits (channel messages, interaction responses, follow-ups): the
// body it sent becomes the stored message, as Discord echoes it back with ids and timestamps.
import type { APIAttachment, APIMessage } from "discord.js";
import type { RecordedFile } from "./calls.ts";
import { asRecord } from "./json-read.ts";
import { type MessageContentFields, type MessageInit, messageObject } from "./objects.ts";
import type { World } from "./world.ts";

export const MessageFlag = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  IsComponentsV2: 1 << 15,
} as const;

/** Flags a bot may set or clear on send/edit; Ephemeral and Loading are Discord's to manage. */
const SETTABLE_FLAGS = MessageFlag.SuppressEmbeds | MessageFlag.IsComponentsV2;

function described(body: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(body.attachments) ? body.attachments.map(asRecord) : [];
}

/** Uploaded files become attachments; `attachments[].id` in the body is the file's index. */
function uploadsFrom(
  world: World,
  descriptions: readonly Record<string, unknown>[],
  files: readonly RecordedFile[],
  channelId: string,
): APIAttachment[] {
  return files.map((file, index) => {
    const id = world.nextId();
    const description = descriptions.find((entry) => String(entry.id) === String(index));
    const filename = typeof description?.filename === "string" ? description.filename : file.name;
    const url = `https://cdn.discordapp.com/attachments/${channelId}/${id}/${filename}`;
    return {
      id,
      filename,
      size: file.size,
      url,
      proxy_url: url,
      content_type: file.contentType,
    } satisfies APIAttachment;
  });
}

/** The content fields of a send body, echoed as sent (the fake trusts the SDK's JSON). */
export function contentFields(
  world: World,
  body: unknown,
  files: readonly RecordedFile[],
  channelId: string,
): MessageContentFields {
  const fields = asRecord(body);
  return {
    content: typeof fields.content === "string" ? fields.content : "",
    embeds: Array.isArray(fields.embeds) ? (fields.embeds as APIMessage["embeds"]) : [],
    components: Array.isArray(fields.components)
      ? (fields.components as NonNullable<APIMessage["components"]>)
      : [],
    attachments: uploadsFrom(world, described(fields), files, channelId),
    flags:
      (typeof fields.flags === "number" ? fields.flags : 0) &
      (SETTABLE_FLAGS | MessageFlag.Ephemeral),
  };
}

export function storeMessage(
  world: World,
  init: Omit<MessageInit, "id" | "timestamp">,
): APIMessage {
  const message = messageObject({ ...init, id: world.nextId(), timestamp: world.timestamp() });
  world.messages.set(message.id, message);
  return message;
}

/** Applies an edit body: only the fields present change; a deferred reply stops loading. */
export function editMessage(
  world: World,
  message: APIMessage,
  body: unknown,
  files: readonly RecordedFile[],
): APIMessage {
  const fields = asRecord(body);
  const flags = message.flags ?? 0;
  const edited: APIMessage = {
    ...message,
    edited_timestamp: world.timestamp(),
    flags:
      (flags & MessageFlag.Ephemeral) |
      (typeof fields.flags === "number" ? fields.flags & SETTABLE_FLAGS : flags & SETTABLE_FLAGS),
  };
  if ("content" in fields)
    edited.content = typeof fields.content === "string" ? fields.content : "";
  if ("embeds" in fields) {
    edited.embeds = Array.isArray(fields.embeds) ? (fields.embeds as APIMessage["embeds"]) : [];
  }
  if ("components" in fields) {
    edited.components = Array.isArray(fields.components)
      ? (fields.components as NonNullable<APIMessage["components"]>)
      : [];
  }
  if ("attachments" in fields || files.length > 0) {
    // On edit, `attachments` lists the existing attachments to keep, by id.
    const descriptions = described(fields);
    const kept =
      "attachments" in fields
        ? message.attachments.filter((old) => descriptions.some((d) => String(d.id) === old.id))
        : message.attachments;
    edited.attachments = [...kept, ...uploadsFrom(world, descriptions, files, message.channel_id)];
  }
  world.messages.set(edited.id, edited);
  return edited;
}
