import {
  type Message,
  type MessageCreateOptions,
  type MessageEditOptions,
  MessageFlags,
  type MessageMentionOptions,
  MessagePayload,
  type MessageTarget,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import type { RichText } from "../../src/core/rich-text.ts";
import { DISCORD_LIMITS } from "./limits.ts";
import { markdown, truncate } from "./markdown.ts";
import { type DiscordPage, renderReply } from "./render.ts";

/** Nothing Skillbot sends may notify anyone: not @everyone/@here, roles, users, nor the replied-to author. */
export const NO_PINGS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

const body = (page: DiscordPage) => ({
  content: page.content,
  embeds: page.embeds,
  components: page.components,
  allowedMentions: NO_PINGS,
});

export const sendOptions = (page: DiscordPage): MessageCreateOptions => body(page);
export const editOptions = (page: DiscordPage): MessageEditOptions => body(page);

/** A rendered page as Discord's REST API takes it, never able to ping anyone. */
export function restBody(page: DiscordPage) {
  return {
    content: page.content,
    embeds: page.embeds,
    components: page.components,
    allowed_mentions: { parse: NO_PINGS.parse, replied_user: NO_PINGS.repliedUser },
  };
}

/**
 * A page as a payload whose body is already set. Pages are Discord's API JSON, so discord.js
 * has nothing to convert; given plain options it would walk every embed and component to turn
 * camelCase into snake_case, the largest cost of an answer on a busy server.
 */
export function apiPayload(target: MessageTarget, page: DiscordPage, ephemeral = false) {
  const payload = new MessagePayload(target, {});
  payload.body = { ...restBody(page), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
  return payload;
}

/** A short message of the adapter's own (a correction, an apology), within Discord's limit. */
export const textPage = (text: RichText): DiscordPage => ({
  content: truncate(markdown(text), DISCORD_LIMITS.content),
  embeds: [],
  components: [],
});

/**
 * Answers an interaction with a rendered reply: the first page as the response (or the edit of a
 * deferred one), the rest as follow-ups. Private replies are ephemeral; once a response was
 * deferred ephemerally everything stays ephemeral, the safe direction for personal data.
 */
export async function answerInteraction(
  interaction: RepliableInteraction,
  pages: readonly DiscordPage[],
  ephemeral: boolean,
): Promise<void> {
  const [first, ...rest] = pages;
  if (!first) return;
  const stayPrivate = ephemeral || (interaction.deferred && interaction.ephemeral === true);
  if (interaction.deferred && !interaction.replied)
    await interaction.editReply(apiPayload(interaction.webhook, first));
  else await interaction.reply(apiPayload(interaction, first, stayPrivate));
  for (const page of rest)
    await interaction.followUp(apiPayload(interaction.webhook, page, stayPrivate));
}

/** The short ephemeral apology for a failure, as whichever response is still possible. */
export async function apologise(interaction: RepliableInteraction, text: RichText): Promise<void> {
  const page = textPage(text);
  if (interaction.deferred && !interaction.replied)
    await interaction.editReply(apiPayload(interaction.webhook, page));
  else if (interaction.replied)
    await interaction.followUp(apiPayload(interaction.webhook, page, true));
  else await interaction.reply(apiPayload(interaction, page, true));
}

/** A follow-up may fail before anyone awaits it: mark it handled as soon as the reply arrives. */
export function expectFollowUp(reply: Reply): Reply {
  reply.followUp?.catch(() => undefined);
  return reply;
}

/**
 * When a reply promises a better version (an LLM explanation), swaps it in once it arrives;
 * a failure keeps the first answer. `edit` replaces the first message sent; `server` as for
 * renderReply.
 */
export async function applyFollowUp(
  reply: Reply,
  edit: (page: DiscordPage) => Promise<unknown>,
  log: Logger,
  server?: string,
): Promise<void> {
  if (!reply.followUp) return;
  let better: Reply;
  try {
    better = await reply.followUp;
  } catch (error) {
    log.debug({ err: error }, "follow-up failed; keeping the first answer");
    return;
  }
  const [first] = renderReply(better, server);
  if (first) await edit(first);
}

/** Sends pages as a reply to a message (the first) and in its channel (the rest). */
export async function replyToMessage(
  message: Message,
  pages: readonly DiscordPage[],
): Promise<Message | undefined> {
  const [first, ...rest] = pages;
  if (!first) return undefined;
  const sent = await message.reply(sendOptions(first));
  for (const page of rest) {
    if (message.channel.isSendable()) await message.channel.send(sendOptions(page));
  }
  return sent;
}
