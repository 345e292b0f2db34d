import type { Config } from "../config.ts";
import type { RecordStore } from "../store/record-store.ts";
import type { Bot } from "./bot.ts";
import type { Core } from "./context.ts";
import type { Logger } from "./ports.ts";

/** What a platform adapter gets: the bot to ask, and the shared store for its own bookkeeping. */
export type AdapterContext = {
  bot: Bot;
  core: Core;
  config: Config;
  store: RecordStore;
  log: Logger;
};

/** A front end (Slack, Discord, console): translates platform traffic to events and replies back. */
export type Adapter = {
  readonly name: string;
  start(): Promise<void>;
  /** Finishes in-flight work, then disconnects. */
  stop(): Promise<void>;
};

/**
 * Each adapter's `index.ts` exports `createAdapter`. main.ts loads adapters by name at run time,
 * so nothing under src/ depends on a chat platform's SDK.
 */
export type AdapterModule = { createAdapter(context: AdapterContext): Adapter | Promise<Adapter> };
