import { Client, GatewayIntentBits, Options, Partials } from "discord.js";
import type { Config } from "../../src/config.ts";
import { NO_PINGS } from "./deliver.ts";
import { fillInteractionDefaults } from "./interaction-defaults.ts";

/** Members of each server kept: the people active at the moment, not everyone ever seen. */
const RECENT_MEMBERS = 200;

/**
 * The discord.js client: slash commands and components need only `Guilds`; mentions and DMs
 * carry their content without the privileged Message Content intent. DM channels are not
 * cached, hence the Channel partial. `DISCORD_API_BASE` points REST (and, through
 * `GET /gateway/bot`, the gateway) elsewhere, as the tests do.
 */
export function createDiscordClient(config: Pick<Config, "DISCORD_API_BASE">): Client {
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    // Who asked and where come with each interaction and message: caching every person who
    // ever pressed a button (or their messages) would only grow memory and garbage collection
    // on a busy server. The bot's own user and member stay. Members are kept for a while: a
    // message finds its author's member (roles, so Manage Channels) only through the cache.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: {
        maxSize: RECENT_MEMBERS,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
    }),
    // Every message, even one sent without options, notifies nobody.
    allowedMentions: NO_PINGS,
    // A reply to a message deleted meanwhile (by its author, AutoMod, a moderator) goes out as a
    // plain message instead of failing with "Unknown message".
    failIfNotExists: false,
    ...(config.DISCORD_API_BASE ? { rest: { api: config.DISCORD_API_BASE } } : {}),
  });
  fillInteractionDefaults(client);
  return client;
}
