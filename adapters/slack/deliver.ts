import type { webApi } from "@slack/bolt";
import { text } from "../../src/core/messages.ts";
import type { Logger } from "../../src/core/ports.ts";
import { privateReply, type Reply } from "../../src/core/reply.ts";
import { type Destination, isDirectMessage } from "./destination.ts";
import { renderMessage } from "./render.ts";
import { SlackCallFailed, type SlackCalls } from "./web-api.ts";

/** Where a reply went, so a follow-up can replace it. */
export type Sent =
  | { via: "response"; url: string; inChannel: boolean; replaceable: boolean }
  | { via: "message"; channel: string; ts: string }
  | { via: "ephemeral"; channel: string; user: string; thread?: string | undefined };

/** Link previews would turn one answer into a wall of cards: off for everything we send. */
const NO_UNFURLS = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Sends replies where Slack users expect them. A private reply is only ever ephemeral, in the
 * person's DM with the app, or a view of their own; only a mention in a channel gets a public one.
 */
export class Delivery {
  readonly #calls: SlackCalls;
  readonly #log: Logger;
  readonly #track: (work: Promise<unknown>) => void;

  constructor(calls: SlackCalls, log: Logger, track: (work: Promise<unknown>) => void) {
    this.#calls = calls;
    this.#log = log;
    this.#track = track;
  }

  async send(client: webApi.WebClient, reply: Reply, to: Destination): Promise<Sent> {
    // Handled at once: a follow-up that fails while the first answer is on its way is no crash.
    const better = reply.followUp?.then(
      (next): Reply | undefined => next,
      () => undefined, // a failed follow-up keeps the first answer
    );
    const sent = await this.#send(client, reply, to);
    if (better)
      this.#track(
        better.then((next) =>
          next
            ? this.#replace(client, sent, next, to).catch((error: unknown) =>
                this.#log.warn({ err: error }, "could not replace a reply with its follow-up"),
              )
            : undefined,
        ),
      );
    return sent;
  }

  /** The short apology for a failure anywhere; its own failure is only logged. */
  async apologize(client: webApi.WebClient, to: Destination): Promise<void> {
    try {
      // The question stays: pressed again, it may work this time.
      const { replacesPressed: _kept, ...answering } = to;
      await this.#send(
        client,
        privateReply([{ kind: "text", text: text.slackApology }]),
        answering,
      );
    } catch (error) {
      this.#log.error({ err: error }, "could not even apologise on Slack");
    }
  }

  async #send(client: webApi.WebClient, reply: Reply, to: Destination): Promise<Sent> {
    const inChannel = reply.visibility === "public" && to.publicOk;
    if (to.responseUrl) {
      try {
        await this.#calls.respond(to.responseUrl, {
          ...renderMessage(reply, inChannel ? "name" : "mention"),
          // A replaced message keeps where it is and who sees it.
          ...(to.replacesPressed
            ? { replace_original: true }
            : { response_type: inChannel ? "in_channel" : "ephemeral", replace_original: false }),
          ...NO_UNFURLS,
        });
      } catch (error) {
        // Refused (expired after 30 minutes, used up after 5 answers): the answer still
        // reaches the person, in their DM with the app, never in a channel. After a timeout
        // or a 5xx it may have been shown already, and a second copy is worse than none.
        if (!(error instanceof SlackCallFailed && error.refused)) throw error;
        this.#log.warn({ err: error }, "response_url refused the answer: sending it by DM");
        return this.#send(client, reply, { user: to.user, publicOk: false });
      }
      const replaceable = !to.pressed || to.replacesPressed === true;
      return { via: "response", url: to.responseUrl, inChannel, replaceable };
    }
    if (to.channel && !isDirectMessage(to.channel) && !inChannel) {
      const { channel, user } = to;
      const thread = to.inThread ? to.thread : undefined;
      const message = renderMessage(reply, "mention");
      await this.#calls.call("chat.postEphemeral", "once", () =>
        client.chat.postEphemeral({
          channel,
          user,
          ...message,
          ...(thread ? { thread_ts: thread } : {}),
        }),
      );
      return { via: "ephemeral", channel, user, thread };
    }
    // A public reply in its thread, or anything in the person's DM with the app.
    const channel = to.channel ?? to.user;
    const message = renderMessage(reply, "name");
    const posted = await this.#calls.call("chat.postMessage", "once", () =>
      client.chat.postMessage({
        channel,
        ...message,
        ...(to.thread ? { thread_ts: to.thread } : {}),
        ...NO_UNFURLS,
      }),
    );
    return { via: "message", channel: posted.channel ?? channel, ts: posted.ts ?? "" };
  }

  async #replace(client: webApi.WebClient, sent: Sent, reply: Reply, to: Destination) {
    switch (sent.via) {
      case "response":
        // After a button press the original is the message with the button: the better
        // answer follows ours instead of replacing that message.
        return this.#calls.respond(sent.url, {
          ...renderMessage(reply, sent.inChannel ? "name" : "mention"),
          response_type: sent.inChannel ? "in_channel" : "ephemeral",
          replace_original: sent.replaceable,
          ...NO_UNFURLS,
        });
      case "message":
        await this.#calls.call("chat.update", "idempotent", () =>
          client.chat.update({
            channel: sent.channel,
            ts: sent.ts,
            ...renderMessage(reply, "name"),
          }),
        );
        return;
      case "ephemeral":
        // Slack cannot edit an ephemeral message by API: the better answer follows it.
        await this.#send(client, { ...reply, visibility: "private" }, to);
        return;
    }
  }
}
