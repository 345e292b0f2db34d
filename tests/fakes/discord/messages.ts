// MESSAGE_CREATE payloads for what people type: a message mentioning the bot in a guild channel,
// a plain guild message, and a DM to the bot. Guild messages carry guild_id and the author's
// member (without user); mentioned users carry their member too, as the gateway sends them.
import type { APIUser, GatewayMessageCreateDispatchData } from "discord.js";
import { memberObject, messageObject } from "./objects.ts";
import { type Place, placeChannelId, resolvePlace, type Where } from "./place.ts";
import type { World } from "./world.ts";

export interface MessageSpec extends Where {
  content: string;
  /** Users mentioned (already written into `content` by the caller). */
  mentions?: APIUser[];
  /** Roles mentioned (already written into `content` by the caller). */
  mentionRoles?: string[];
}

export function messageCreatePayload(
  place: Place,
  message: {
    id: string;
    content: string;
    timestamp: string;
    mentions: APIUser[];
    mentionRoles?: string[];
  },
): GatewayMessageCreateDispatchData {
  const base = messageObject({
    id: message.id,
    channelId: placeChannelId(place),
    author: place.user,
    content: message.content,
    timestamp: message.timestamp,
    ...(message.mentionRoles ? { mentionRoles: message.mentionRoles } : {}),
  });
  if (place.kind === "dm") {
    return { ...base, mentions: message.mentions, channel_type: 1 };
  }
  const { user: _user, ...member } = memberObject(place.user, message.timestamp);
  const memberOf = (user: APIUser) => {
    const { user: _mentioned, ...rest } = memberObject(user, message.timestamp);
    return rest;
  };
  return {
    ...base,
    guild_id: place.guild.id,
    member: { ...member, roles: place.roles, joined_at: message.timestamp },
    mentions: message.mentions.map((user) => ({ ...user, member: memberOf(user) })),
    channel_type: 0,
  };
}

export interface MessageBuilders {
  /** `<@bot> text` in a guild channel (content arrives even without MessageContent). */
  mention(
    spec: Omit<MessageSpec, "content" | "dm"> & { text: string },
  ): GatewayMessageCreateDispatchData;
  /** `<@&bot's role> text` in a guild channel: the mention picker's other "@Skillbot". */
  roleMention(
    spec: Omit<MessageSpec, "content" | "dm" | "mentionRoles"> & { text: string },
  ): GatewayMessageCreateDispatchData;
  /** A DM to the bot. */
  dm(spec: Omit<MessageSpec, "dm" | "mentions">): GatewayMessageCreateDispatchData;
  /** Any message where `spec` says (a guild channel by default). */
  message(spec: MessageSpec): GatewayMessageCreateDispatchData;
}

export function createMessageBuilders(world: World): MessageBuilders {
  const build = (spec: MessageSpec) =>
    messageCreatePayload(resolvePlace(world, spec), {
      id: world.nextId(),
      content: spec.content,
      timestamp: world.timestamp(),
      mentions: spec.mentions ?? [],
      ...(spec.mentionRoles ? { mentionRoles: spec.mentionRoles } : {}),
    });
  return {
    mention: ({ text, mentions = [], ...where }) =>
      build({
        ...where,
        content: `<@${world.botUser.id}> ${text}`,
        mentions: [world.botUser, ...mentions],
      }),
    roleMention: ({ text, ...where }) => {
      const place = resolvePlace(world, where);
      const role = place.kind === "guild" ? place.guild.botRoleId : "";
      return build({ ...where, content: `<@&${role}> ${text}`, mentionRoles: [role] });
    },
    dm: (spec) => build({ ...spec, dm: true }),
    message: build,
  };
}
