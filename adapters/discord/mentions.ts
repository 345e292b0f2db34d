import type { Message } from "discord.js";
import type { Bot } from "../../src/core/bot.ts";
import { discordText } from "../../src/core/messages.ts";
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
import { isDmClosed } from "./errors.ts";
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
    if (!(await deps.firstDelivery(event.person.tenant, `m${message.id}`, log))) return;
    const reply = expectFollowUp(await deps.bot.handle(event));
    const byDm = reply.visibility === "private" && event.where.audience === "public";
    // Pressed in the DM, its buttons must still act on this server's records.
    const server = byDm ? serverOf(event.person) : undefined;
    const sent = byDm
      ? await sendPrivately(message, reply, server)
      : await replyToMessage(message, renderReply(withFormOpener(reply)));
    if (sent && reply.followUp)
      deps.track(
        applyFollowUp(reply, (page) => sent.edit(editOptions(page)), log, server).catch(
          (error: unknown) => log.warn({ err: error }, "follow-up edit failed"),
        ),
      );
  } catch (error) {
    log.error({ err: error }, "discord message failed");
    await replyToMessage(message, [textPage(discordText.apology)]).catch((apologyError: unknown) =>
      log.warn({ err: apologyError }, "could not apologise for a failed message"),
    );
  } finally {
    log.debug({}, "message done");
  }
}

/** DMs the answer; returns the first DM sent (for a follow-up edit), after a pointer in the channel. */
async function sendPrivately(
  message: Message,
  reply: Reply,
  server: string | undefined,
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
  await replyToMessage(message, [textPage(discordText.sentByDm)]);
  return first;
}
