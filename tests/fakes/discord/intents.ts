// What the gateway delivers depends on the intents the client identified with: message events
// need GuildMessages / DirectMessages, and without the privileged MessageContent intent a guild
// message's content is blank unless it mentions the bot. A bot with the wrong intents fails here
// as it would against Discord.
import { asRecord } from "./json-read.ts";

export const GatewayIntent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

const MESSAGE_EVENTS = new Set(["MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE"]);
const MEMBER_EVENTS = new Set(["GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE", "GUILD_MEMBER_REMOVE"]);

function has(intents: number, intent: number): boolean {
  return (intents & intent) === intent;
}

/** Whether Discord would send this event to a session with these intents. */
export function isDelivered(intents: number, event: string, data: unknown): boolean {
  if (MESSAGE_EVENTS.has(event)) {
    const inGuild = typeof asRecord(data).guild_id === "string";
    return has(intents, inGuild ? GatewayIntent.GuildMessages : GatewayIntent.DirectMessages);
  }
  if (MEMBER_EVENTS.has(event)) return has(intents, GatewayIntent.GuildMembers);
  return true;
}

/** The event as this session sees it: message content blanked where the intent is missing. */
export function asSeenWith(
  intents: number,
  event: string,
  data: unknown,
  botUserId: string,
): unknown {
  if (event !== "MESSAGE_CREATE" && event !== "MESSAGE_UPDATE") return data;
  if (has(intents, GatewayIntent.MessageContent)) return data;
  const message = asRecord(data);
  if (typeof message.guild_id !== "string") return data; // DMs keep their content
  if (asRecord(message.author).id === botUserId) return data;
  const mentions = Array.isArray(message.mentions) ? message.mentions : [];
  if (mentions.some((user) => asRecord(user).id === botUserId)) return data;
  const { poll: _poll, ...rest } = message;
  return { ...rest, content: "", embeds: [], attachments: [], components: [] };
}
