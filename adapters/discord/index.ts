import { createHash } from "node:crypto";
import { type Client, Events, type REST, Routes, Status } from "discord.js";
import type { Adapter, AdapterContext, ChannelTarget } from "../../src/core/adapter.ts";
import type { Person } from "../../src/core/events.ts";
import { InFlight } from "../../src/core/in-flight.ts";
import { Undeliverable } from "../../src/core/outbox.ts";
import type { Reply } from "../../src/core/reply.ts";
import { createDiscordClient } from "./client.ts";
import { type Deadline, deferDeadline } from "./deadline.ts";
import { firstDeliveryCheck } from "./dedupe.ts";
import { restBody } from "./deliver.ts";
import { isRefusedForGood } from "./errors.ts";
import { handleInteraction } from "./interactions.ts";
import { handleMessage } from "./mentions.ts";
import { serverOf } from "./parse.ts";
import { type DiscordPage, renderReply } from "./render.ts";

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
  const firstDelivery = firstDeliveryCheck(store);
  const inFlight = new InFlight();
  const track = (work: Promise<unknown>) => inFlight.track(work);
  let client: Client | undefined;
  let sender: Client | undefined;
  let accepting = false;
  // Posting needs only REST: `quiz run-due` sends without opening a gateway session.
  const connected = (): Client => {
    if (client?.isReady()) return client;
    const token = config.DISCORD_TOKEN;
    if (!token) throw new Error("DISCORD_TOKEN is not set");
    if (!sender) {
      sender = createDiscordClient(config);
      sender.token = token;
      sender.rest.setToken(token);
    }
    return sender;
  };

  return {
    name: "discord",
    async start() {
      const token = config.DISCORD_TOKEN;
      if (!token) throw new Error("DISCORD_TOKEN is not set");
      const created = createDiscordClient(config);
      client = created;
      const deps = {
        bot,
        core,
        log,
        firstDelivery,
        deadline: options.deadline ?? deferDeadline,
        track,
      };
      created.on(Events.InteractionCreate, (interaction) => {
        if (accepting) track(handleInteraction(deps, interaction));
      });
      created.on(Events.MessageCreate, (message) => {
        if (accepting && created.user) track(handleMessage(deps, message, created.user.id));
      });
      created.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
      // Readiness follows the gateway connection; these say why /readyz turned 503, and back
      // (not when stop() closes it on purpose).
      created.on(
        Events.ShardReconnecting,
        () => accepting && log.warn({}, "Discord connection lost; reconnecting"),
      );
      // A session resumed, or a new one after Discord refused to resume (ShardReady also fires
      // during start, before the bot accepts anything).
      const back = () => accepting && log.info({}, "Discord connection is back");
      created.on(Events.ShardResume, back);
      created.on(Events.ShardReady, back);
      created.on(Events.ShardDisconnect, (event) =>
        log.error({ code: event.code }, "Discord closed the connection for good"),
      );
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
    async ready() {
      return accepting && client !== undefined && gatewayConnected(client);
    },
    async stop() {
      accepting = false;
      await inFlight.drained();
      await client?.destroy();
      await sender?.destroy();
    },
    // Posts go straight to REST: no channel objects to fetch or cache, and a one-shot
    // `quiz run-due` needs no gateway session.
    async post(target: ChannelTarget, reply: Reply, idempotencyKey?: string) {
      // Personal data never goes into a channel, whoever asks.
      if (reply.visibility === "private")
        throw new Error("a private reply cannot be posted in a channel");
      const ids = await outboxTerms(() =>
        sendPages(connected().rest, target.channel, renderReply(reply), idempotencyKey),
      );
      return { messageId: ids[0] ?? "" };
    },
    async update(target: ChannelTarget, messageId: string, reply: Reply) {
      if (reply.visibility === "private")
        throw new Error("a private reply cannot be posted in a channel");
      const [first] = renderReply(reply);
      if (first)
        await outboxTerms(() =>
          connected().rest.patch(Routes.channelMessage(target.channel, messageId), {
            body: restBody(first),
          }),
        );
    },
    async dm(person: Person, reply: Reply) {
      const rest = connected().rest;
      await outboxTerms(async () => {
        const channel = (await rest.post(Routes.userChannels(), {
          body: { recipient_id: person.user },
        })) as { id: string };
        // Its buttons, pressed in the DM, act on the records of the person's server.
        await sendPages(rest, channel.id, renderReply(reply, serverOf(person)), undefined);
      });
    },
  };
}

/**
 * Every gateway shard holds a live session. The client's own status stays Ready after a drop
 * (discord.js 14 sets it once); each shard's turns to Connecting, Resuming or Disconnected.
 */
function gatewayConnected(client: Client): boolean {
  return client.isReady() && client.ws.shards.every((shard) => shard.status === Status.Ready);
}

/** Discord's refusals as the outbox reads them: one that retrying cannot fix is Undeliverable. */
async function outboxTerms<R>(send: () => Promise<R>): Promise<R> {
  try {
    return await send();
  } catch (error) {
    if (isRefusedForGood(error))
      throw new Undeliverable("Discord refused the message for good", { cause: error });
    throw error;
  }
}

/**
 * Sends each page; the first carries a nonce derived from the idempotency key with
 * enforce_nonce, so Discord drops a retry of a message it already created.
 */
async function sendPages(
  rest: REST,
  channel: string,
  pages: readonly DiscordPage[],
  key: string | undefined,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, page] of pages.entries()) {
    const nonce =
      key && i === 0
        ? {
            nonce: createHash("sha256").update(key).digest("hex").slice(0, 25),
            enforce_nonce: true,
          }
        : {};
    const message = (await rest.post(Routes.channelMessages(channel), {
      body: { ...restBody(page), ...nonce },
    })) as { id: string };
    ids.push(message.id);
  }
  return ids;
}
