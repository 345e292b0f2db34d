import type { APIUser } from "discord.js";
import type { Deadline } from "../../adapters/discord/deadline.ts";
import { createAdapter } from "../../adapters/discord/index.ts";
import { type Booted, bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import type { Adapter } from "../../src/core/adapter.ts";
import { Bot } from "../../src/core/bot.ts";
import type { IncomingEvent } from "../../src/core/events.ts";
import type { Reply } from "../../src/core/reply.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import {
  type FakeDiscord,
  type OptionInput,
  type RecordedCall,
  startFakeDiscord,
  type Where,
} from "../fakes/discord/index.ts";
import { FakeClock } from "../helpers/core.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { buttonsOf, messageText, type SentMessage, sentMessage } from "./seen.ts";

export const GUILD_ID = "1100000000000000001";
export const CHANNEL_ID = "1100000000000000002";
export const CALLBACK = "POST /interactions/:interactionId/:token/callback";
export const EDIT_ORIGINAL = "PATCH /webhooks/:applicationId/:token/messages/:messageId";
export const FOLLOW_UP = "POST /webhooks/:applicationId/:token";
export const CHANNEL_MESSAGE = "POST /channels/:channelId/messages";

/** The bot's core, recording every neutral event the adapter hands it. */
class RecordingBot extends Bot {
  readonly events: IncomingEvent[] = [];
  decorate: (reply: Reply) => Reply = (reply) => reply;
  override async handle(event: IncomingEvent): Promise<Reply> {
    this.events.push(event);
    return this.decorate(await super.handle(event));
  }
}

/** What one interaction or message led the bot to send, in order. */
export type Exchange = {
  calls: RecordedCall[];
  /** Messages sent (callback data, follow-ups, edits, channel messages), in order. */
  messages: SentMessage[];
  /** The callback type (4 reply, 5 deferred, 8 choices, 9 modal), for interactions. */
  callbackType: number | undefined;
  callbackData: Record<string, unknown>;
  /** Everything sent, as a person reads it. */
  text: string;
  buttons: { label: string; customId: string }[];
};

export type DiscordHarness = {
  fake: FakeDiscord;
  /** The core's clock, starting 2026-11-26T09:00Z. */
  clock: FakeClock;
  booted: Booted;
  bot: RecordingBot;
  store: RecordStore;
  adapter: Adapter;
  log: RecordingLogger;
  /** Display names by user id, to read mentions as Discord's client shows them. */
  names: Map<string, string>;
  /** A person with a snowflake id; the name is how mentions of them read. */
  user(name: string): APIUser;
  slash(
    subcommand: string,
    options?: Record<string, OptionInput>,
    where?: Where,
  ): Promise<Exchange>;
  press(customId: string, where?: Where): Promise<Exchange>;
  submitModal(customId: string, fields: Record<string, string>, where?: Where): Promise<Exchange>;
  /** Dispatches any interaction payload and waits until the adapter is done with it. */
  interact(payload: { id: string; token: string }): Promise<Exchange>;
  dm(user: APIUser, text: string): Promise<Exchange>;
  mention(user: APIUser, text: string): Promise<Exchange>;
  /** A mention of the bot's managed role in the server, `<@&role> text`. */
  roleMention(user: APIUser, text: string): Promise<Exchange>;
  close(): Promise<void>;
};

export type HarnessOptions = { deadline?: Deadline; store?: RecordStore };

let nextUserId = 2_000_000_000_000_000_001n;

export async function openDiscord(options: HarnessOptions = {}): Promise<DiscordHarness> {
  const fake = await startFakeDiscord({
    applicationId: "1000000000000000001",
    guilds: [{ id: GUILD_ID, name: "Skill Team", channels: [{ id: CHANNEL_ID, name: "general" }] }],
  });
  const log = recordingLogger();
  const read = readConfig({
    STORE_URL: "memory://",
    DISCORD_TOKEN: "fake-token",
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_BASE: fake.apiBase,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const store = options.store ?? (await openStore("memory://", log));
  // The core's time is the test's: a schedule made "now" must not depend on the day it runs.
  const clock = new FakeClock();
  const booted = await bootCore({ config: read.config, log, store, clock });
  const bot = new RecordingBot(booted.core);
  const adapter = createAdapter(
    { bot, core: booted.core, config: read.config, store, log },
    options.deadline ? { deadline: options.deadline } : {},
  );
  await adapter.start();
  const names = new Map<string, string>([[fake.testUser.id, fake.testUser.username]]);

  const exchange = async (
    dispatch: () => void,
    done: string,
    id: string,
    belongs: (call: RecordedCall) => boolean,
  ): Promise<Exchange> => {
    const from = fake.calls.length;
    const finished = log.waitFor(
      (e) => e.msg === done && (e.obj.interaction === id || e.obj.message === id),
    );
    dispatch();
    await finished;
    const calls = fake.calls.slice(from).filter(belongs);
    const messages = calls.flatMap((call) => sentMessage(call) ?? []);
    const callback = calls.find((call) => call.route === CALLBACK)?.body as
      | { type?: number; data?: Record<string, unknown> }
      | undefined;
    return {
      calls,
      messages,
      callbackType: callback?.type,
      callbackData: callback?.data ?? {},
      text: messages.map((m) => messageText(m, names)).join("\n"),
      buttons: messages
        .flatMap(buttonsOf)
        .map((b) => ({ label: b.label ?? "", customId: b.custom_id ?? "" })),
    };
  };
  const interact = (payload: { id: string; token: string }) =>
    exchange(
      () => fake.dispatch("INTERACTION_CREATE", payload),
      "interaction done",
      payload.id,
      (call) => call.path.includes(payload.token),
    );
  // Sequential tests: every channel message between the dispatch and "done" is this exchange's.
  const message = (payload: { id: string }) =>
    exchange(
      () => fake.dispatch("MESSAGE_CREATE", payload),
      "message done",
      payload.id,
      (call) =>
        call.route === CHANNEL_MESSAGE ||
        call.route === "PATCH /channels/:channelId/messages/:messageId" ||
        call.route === "POST /users/@me/channels",
    );

  return {
    fake,
    clock,
    booted,
    bot,
    store,
    adapter,
    log,
    names,
    user(name) {
      const id = String(nextUserId++);
      names.set(id, name);
      return { id, username: name, discriminator: "0", global_name: null, avatar: null };
    },
    slash: (subcommand, options = {}, where = {}) =>
      interact(fake.interactions.chatInput({ command: "skills", subcommand, options, ...where })),
    press: (customId, where = {}) => interact(fake.interactions.button({ customId, ...where })),
    submitModal: (customId, fields, where = {}) =>
      interact(fake.interactions.modalSubmit({ customId, fields, ...where })),
    interact,
    dm: (user, text) => message(fake.messages.dm({ content: text, user })),
    mention: (user, text) => message(fake.messages.mention({ text, user })),
    roleMention: (user, text) => message(fake.messages.roleMention({ text, user })),
    async close() {
      await adapter.stop();
      await fake.close();
      await booted.close();
    },
  };
}
