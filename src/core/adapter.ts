import type { Config } from "../config.ts";
import type { RecordStore } from "../store/record-store.ts";
import type { Bot } from "./bot.ts";
import type { Core } from "./context.ts";
import type { Person, Platform } from "./events.ts";
import type { Logger } from "./ports.ts";
import type { Reply } from "./reply.ts";

/** Whether the process should get traffic; never throws (a failed check is `false`). */
export type Readiness = () => Promise<boolean>;

/** What a platform adapter gets: the bot to ask, and the shared store for its own bookkeeping. */
export type AdapterContext = {
  bot: Bot;
  core: Core;
  config: Config;
  store: RecordStore;
  log: Logger;
  /**
   * The whole process's readiness (the store and every adapter), for an adapter that answers
   * health probes itself (`servesHealth`). Unset when the adapter runs alone, as in tests.
   */
  readiness?: Readiness;
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
   * Connected to its platform and taking traffic: false before start, while reconnecting and
   * once stopping. Left out by an adapter with no connection to lose (the console chat).
   */
  ready?(): Promise<boolean>;
  /**
   * It already runs an HTTP server on PORT and answers `/healthz` and `/readyz` there with the
   * context's readiness, so the process starts no health server of its own (one port, one server).
   */
  readonly servesHealth?: boolean;
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
