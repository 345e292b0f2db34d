import { type Client, Events } from "discord.js";
import type { Adapter, AdapterContext, ChannelTarget } from "../../src/core/adapter.ts";
import type { Person } from "../../src/core/events.ts";
import type { Reply } from "../../src/core/reply.ts";
import { createDiscordClient } from "./client.ts";
import { type Deadline, deferDeadline } from "./deadline.ts";
import { editOptions, sendOptions } from "./deliver.ts";
import { handleInteraction } from "./interactions.ts";
import { handleMessage } from "./mentions.ts";
import { renderReply } from "./render.ts";

export type DiscordAdapterOptions = {
  /** When to defer an answer that is not ready; tests fire it by hand. */
  deadline?: Deadline;
};

/** Skillbot on Discord: `/skills` with its subcommands, buttons, modals, mentions and DMs. */
export function createAdapter(
  context: AdapterContext,
  options: DiscordAdapterOptions = {},
): Adapter {
  const { bot, core, store, config } = context;
  const log = context.log.child({ adapter: "discord" });
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  let client: Client | undefined;
  let accepting = false;
  const connected = (): Client => {
    if (!client?.isReady()) throw new Error("the Discord adapter is not started");
    return client;
  };

  return {
    name: "discord",
    async start() {
      const token = config.DISCORD_TOKEN;
      if (!token) throw new Error("DISCORD_TOKEN is not set");
      const created = createDiscordClient(config);
      client = created;
      const deps = { bot, core, store, log, deadline: options.deadline ?? deferDeadline, track };
      created.on(Events.InteractionCreate, (interaction) => {
        if (accepting) track(handleInteraction(deps, interaction));
      });
      created.on(Events.MessageCreate, (message) => {
        if (accepting && created.user) track(handleMessage(deps, message, created.user.id));
      });
      created.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
      const ready = new Promise<void>((resolve) =>
        created.once(Events.ClientReady, () => resolve()),
      );
      try {
        await created.login(token);
        await ready;
      } catch (error) {
        await created.destroy();
        throw error;
      }
      accepting = true;
      log.info(
        { user: created.user?.id, guilds: created.guilds.cache.size },
        "connected to Discord",
      );
    },
    async stop() {
      accepting = false;
      await Promise.allSettled([...inFlight]);
      await client?.destroy();
    },
    async post(target: ChannelTarget, reply: Reply) {
      // Personal data never goes into a channel, whoever asks.
      if (reply.visibility === "private")
        throw new Error("a private reply cannot be posted in a channel");
      const channel = await connected().channels.fetch(target.channel);
      if (!channel?.isSendable()) throw new Error(`cannot send to channel ${target.channel}`);
      let first: string | undefined;
      for (const page of renderReply(reply)) first ??= (await channel.send(sendOptions(page))).id;
      return { messageId: first ?? "" };
    },
    async update(target: ChannelTarget, messageId: string, reply: Reply) {
      if (reply.visibility === "private")
        throw new Error("a private reply cannot be posted in a channel");
      const channel = await connected().channels.fetch(target.channel);
      if (!channel?.isTextBased()) throw new Error(`cannot edit in channel ${target.channel}`);
      const [first] = renderReply(reply);
      if (first) await channel.messages.edit(messageId, editOptions(first));
    },
    async dm(person: Person, reply: Reply) {
      // Opening the DM channel directly saves fetching the user first.
      const channel = await connected().users.createDM(person.user);
      for (const page of renderReply(reply)) await channel.send(sendOptions(page));
    },
  };
}
