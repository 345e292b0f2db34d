import type { Config } from "../config.ts";
import type { RecordStore } from "../store/record-store.ts";
import type { Bot } from "./bot.ts";
import type { Core } from "./context.ts";
import type { Person, Platform } from "./events.ts";
import type { Logger } from "./ports.ts";
import type { Reply } from "./reply.ts";

/** What a platform adapter gets: the bot to ask, and the shared store for its own bookkeeping. */
export type AdapterContext = {
  bot: Bot;
  core: Core;
  config: Config;
  store: RecordStore;
  log: Logger;
};

/** A channel in a tenant, as the adapter that owns it names it. */
export type ChannelTarget = { platform: Platform; tenant: string; channel: string };

/** A front end (Slack, Discord, console): translates platform traffic to events and replies back. */
export type Adapter = {
  readonly name: string;
  start(): Promise<void>;
  /** Finishes in-flight work, then disconnects. */
  stop(): Promise<void>;
  /**
   * Posts a public message in a channel (daily quiz, reveal); resolves to the platform's message
   * id. `idempotencyKey` is the same on every retry of one message: deduplicate on it if the
   * platform can (Discord's nonce). Throw RateLimited (src/core/outbox.ts) on a 429, and
   * DeliveryUnknown when the message may have been posted despite the error.
   */
  post?(
    target: ChannelTarget,
    reply: Reply,
    idempotencyKey?: string,
  ): Promise<{ messageId: string }>;
  /** Replaces a message this adapter posted (closing a quiz's buttons at the reveal). */
  update?(target: ChannelTarget, messageId: string, reply: Reply): Promise<void>;
  /** Sends a private message to one person (review reminders). */
  dm?(person: Person, reply: Reply): Promise<void>;
};

/**
 * Each adapter's `index.ts` exports `createAdapter`. main.ts loads adapters by name at run time,
 * so nothing under src/ depends on a chat platform's SDK.
 */
export type AdapterModule = { createAdapter(context: AdapterContext): Adapter | Promise<Adapter> };
