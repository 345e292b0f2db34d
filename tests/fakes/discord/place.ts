// Where a test's user acts: a guild text channel (as a member with some permissions) or the
// bot's DM. Defaults: the fake's test user, in the first guild's first channel, as a plain member.
import type { APIUser } from "discord.js";
import type { FakeChannel, FakeGuild } from "./objects.ts";
import { MEMBER_PERMISSIONS } from "./permissions.ts";
import type { World } from "./world.ts";

export interface Where {
  /** In the bot's DM with the user: no guild, no member. */
  dm?: boolean;
  guildId?: string;
  channelId?: string;
  user?: APIUser;
  /** The member's permissions in the channel (e.g. MANAGER_PERMISSIONS); guild only. */
  permissions?: string;
  roles?: string[];
  /** The user's client locale. */
  locale?: string;
}

export type Place =
  | {
      kind: "guild";
      user: APIUser;
      guild: FakeGuild;
      channel: FakeChannel;
      permissions: string;
      roles: string[];
      locale: string;
    }
  | { kind: "dm"; user: APIUser; channelId: string; locale: string };

export function resolvePlace(world: World, where: Where = {}): Place {
  const user = where.user ?? world.testUser;
  world.users.set(user.id, user);
  const locale = where.locale ?? "en-US";
  if (where.dm) return { kind: "dm", user, channelId: world.dmChannelFor(user).id, locale };
  const guild =
    where.guildId === undefined
      ? world.guilds[0]
      : world.guilds.find((candidate) => candidate.id === where.guildId);
  if (!guild)
    throw new Error(`The fake Discord has no guild ${where.guildId ?? "(none configured)"}`);
  const channel =
    where.channelId === undefined
      ? guild.channels[0]
      : guild.channels.find((candidate) => candidate.id === where.channelId);
  if (!channel) throw new Error(`Guild ${guild.id} has no channel ${where.channelId ?? "(none)"}`);
  return {
    kind: "guild",
    user,
    guild,
    channel,
    permissions: where.permissions ?? MEMBER_PERMISSIONS,
    roles: where.roles ?? [],
    locale,
  };
}

export function placeChannelId(place: Place): string {
  return place.kind === "dm" ? place.channelId : place.channel.id;
}
