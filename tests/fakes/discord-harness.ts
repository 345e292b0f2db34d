// Shared setup for the tests that drive the fake Discord with the real discord.js 14: a fake
// with one guild, and a client logged into it, fresh for each test.
import { once } from "node:events";
import { Client, Events, GatewayIntentBits, type Interaction, Partials } from "discord.js";
import { afterEach, beforeEach } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "./discord/index.ts";

export const GUILD_ID = "1100000000000000001";
export const CHANNEL_ID = "1100000000000000002";

/** The running test's fake and client. Live bindings: each test gets new ones. */
export let fake: FakeDiscord;
export let client: Client;

async function connectedClient(): Promise<Client> {
  const bot = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
  });
  const ready = once(bot, Events.ClientReady);
  await bot.login("fake-token");
  await ready;
  return bot;
}

/** Dispatches an interaction and hands back what discord.js made of it. */
export async function deliver<T extends Interaction>(payload: { id: string }): Promise<T> {
  const arrived = new Promise<T>((resolve) => {
    const listener = (interaction: Interaction) => {
      if (interaction.id !== payload.id) return;
      client.off(Events.InteractionCreate, listener);
      resolve(interaction as T);
    };
    client.on(Events.InteractionCreate, listener);
  });
  fake.dispatch("INTERACTION_CREATE", payload);
  return arrived;
}

/** Before each test, a fake with one guild and a client logged into it; after it, both closed. */
export function useFakeDiscord(): void {
  beforeEach(async () => {
    fake = await startFakeDiscord({
      applicationId: "1000000000000000001",
      botUserId: "1000000000000000001",
      guilds: [
        { id: GUILD_ID, name: "Skill Team", channels: [{ id: CHANNEL_ID, name: "general" }] },
      ],
    });
    client = await connectedClient();
  });

  afterEach(async () => {
    await client.destroy();
    await fake.close();
  });
}

/** Points `fake` and `client` at a new guildless fake and a client logged into it; the old ones
 * are the caller's to close. */
export async function startBareFakeDiscord(): Promise<void> {
  fake = await startFakeDiscord();
  client = await connectedClient();
}
