import { type Message, PermissionFlagsBits } from "discord.js";
import type { Bot } from "../../src/core/bot.ts";
import type { Logger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { withFormOpener } from "../../src/core/reply.ts";
import type { FirstDelivery } from "./dedupe.ts";
import {
  applyFollowUp,
  editOptions,
  expectFollowUp,
  replyToMessage,
  sendOptions,
  textPage,
} from "./deliver.ts";
import { isDmClosed, isRefusedForGood } from "./errors.ts";
import { discordText } from "./messages.ts";
import { parseMessage, serverOf } from "./parse.ts";
import { renderReply } from "./render.ts";

export type MessageDeps = {
  bot: Bot;
  log: Logger;
  firstDelivery: FirstDelivery;
  track(work: Promise<unknown>): void;
};

/**
 * A DM or a mention of the bot, answered in place. A private answer to a mention in a channel
 * goes to the person's DMs, with a short public pointer: personal data is never posted publicly.
 */
export async function handleMessage(
  deps: MessageDeps,
  message: Message,
  botId: string,
): Promise<void> {
  const log = deps.log.child({ message: message.id });
  try {
    const event = parseMessage(message, botId);
    if (!event) return;
    if (!mayAnswerIn(message)) {
      log.info({ channel: message.channelId }, "mentioned where the bot may not reply; ignored");
      return;
    }
    if (!(await deps.firstDelivery(event.person.tenant, `m${message.id}`, log))) return;
    const reply = expectFollowUp(await deps.bot.handle(event));
    const byDm = reply.visibility === "private" && event.where.audience === "public";
    // Pressed in the DM, its buttons must still act on this server's records.
    const server = byDm ? serverOf(event.person) : undefined;
    const sent = byDm
      ? await sendPrivately(message, reply, server, log)
      : await replyToMessage(message, renderReply(withFormOpener(reply)));
    if (sent && reply.followUp)
      deps.track(
        applyFollowUp(reply, (page) => sent.edit(editOptions(page)), log, server).catch(
          (error: unknown) => log.warn({ err: error }, "follow-up edit failed"),
        ),
      );
  } catch (error) {
    // Refused for good (no permission, the channel gone): an apology there would be refused too.
    if (isRefusedForGood(error)) {
      log.info({ code: codeOf(error) }, "discord refused the answer to a message");
      return;
    }
    log.error({ err: error }, "discord message failed");
    await apologise(message).catch((apologyError: unknown) =>
      log.warn({ err: apologyError }, "could not apologise for a failed message"),
    );
  } finally {
    log.debug({}, "message done");
  }
}

/**
 * Whether the bot may reply in the message's channel: Send Messages (Send Messages in Threads in a
 * thread) and Read Message History, which a reply needs. Asking Discord instead costs a refused
 * request, and refusals count towards its invalid-request limit. Permissions it cannot work out
 * (a channel it has not cached) let the answer go and Discord decide.
 */
function mayAnswerIn(message: Message): boolean {
  if (!message.inGuild()) return true;
  const me = message.guild.members.me;
  const permissions = me ? message.channel.permissionsFor(me) : null;
  if (!permissions) return true;
  const send = message.channel.isThread()
    ? PermissionFlagsBits.SendMessagesInThreads
    : PermissionFlagsBits.SendMessages;
  return permissions.has([send, PermissionFlagsBits.ReadMessageHistory]);
}

/** A plain message, not a reply: it must not depend on the message that led to the failure. */
async function apologise(message: Message): Promise<void> {
  if (message.channel.isSendable())
    await message.channel.send(sendOptions(textPage(discordText.apology)));
}

const codeOf = (error: unknown) => (error as { code?: unknown }).code;

/** DMs the answer; returns the first DM sent (for a follow-up edit), after a pointer in the channel. */
async function sendPrivately(
  message: Message,
  reply: Reply,
  server: string | undefined,
  log: Logger,
): Promise<Message | undefined> {
  let first: Message | undefined;
  try {
    for (const page of renderReply(withFormOpener(reply), server)) {
      const sent = await message.author.send(sendOptions(page));
      first ??= sent;
    }
  } catch (error) {
    if (!isDmClosed(error)) throw error;
    await replyToMessage(message, [textPage(discordText.dmClosed)]);
    return undefined;
  }
  // The answer has arrived: a pointer that fails costs nothing worth an error or an apology.
  await replyToMessage(message, [textPage(discordText.sentByDm)]).catch((error: unknown) =>
    log.info({ code: codeOf(error) }, "could not point to the DM in the channel"),
  );
  return first;
}
