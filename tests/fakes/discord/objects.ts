// Discord-shaped objects built from the fake's small records. Typed against discord-api-types
// (re-exported by discord.js) so a missing required field fails `npm run typecheck`.
import type {
  APIDMChannel,
  APIGuildMember,
  APIMessage,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
} from "discord.js";

// Bit-flag enums have no member for 0, yet Discord sends 0 for "no flags set".
function noFlags<Flags extends number>(): Flags {
  return 0 as Flags;
}

export interface FakeUser {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  topic: string | null;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  /** Permissions of @everyone (the role's id is the guild's id). */
  everyonePermissions: string;
  /**
   * The role Discord makes for a bot added with permissions: managed, tagged with the bot's id,
   * and what the mention picker often inserts for "@Skillbot".
   */
  botRoleId: string;
  channels: FakeChannel[];
  /** Humans in the guild; the bot is added to GUILD_CREATE's members on top. */
  members: APIUser[];
  memberCount: number;
}

export function userObject(user: FakeUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: "0",
    global_name: user.globalName ?? null,
    avatar: null,
    ...(user.bot ? { bot: true } : {}),
    public_flags: noFlags(),
  };
}

export function everyoneRole(guild: FakeGuild): APIRole {
  return {
    id: guild.id,
    name: "@everyone",
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: guild.everyonePermissions,
    managed: false,
    mentionable: false,
    flags: noFlags(),
  };
}

export function botRole(guild: FakeGuild, bot: APIUser): APIRole {
  return {
    ...everyoneRole(guild),
    id: guild.botRoleId,
    name: bot.username,
    position: 1,
    permissions: "0",
    managed: true,
    tags: { bot_id: bot.id },
  };
}

export function memberObject(user: APIUser, joinedAt: string): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: noFlags(),
    pending: false,
    communication_disabled_until: null,
  };
}

export function textChannelObject(channel: FakeChannel, guildId: string, position: number) {
  return {
    id: channel.id,
    type: 0,
    guild_id: guildId,
    name: channel.name,
    position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: channel.topic,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: noFlags(),
  } satisfies APITextChannel;
}

export function dmChannelObject(id: string, recipient: APIUser): APIDMChannel {
  return {
    id,
    type: 1,
    name: null,
    last_message_id: null,
    flags: noFlags(),
    recipients: [recipient],
  };
}

export function guildCreatePayload(
  guild: FakeGuild,
  bot: APIUser,
  joinedAt: string,
): GatewayGuildCreateDispatchData {
  const firstChannel = guild.channels[0];
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [everyoneRole(guild), botRole(guild, bot)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: firstChannel?.id ?? null,
    system_channel_flags: noFlags(),
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: guild.locale as GatewayGuildCreateDispatchData["preferred_locale"],
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: guild.memberCount,
    voice_states: [],
    // Without the GuildMembers intent Discord sends only the bot's own member (and voice users).
    members: [{ ...memberObject(bot, joinedAt), roles: [guild.botRoleId] }],
    channels: guild.channels.map((channel, index) => textChannelObject(channel, guild.id, index)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The fields of a message body the bot sends that Discord echoes back on the message. */
export interface MessageContentFields {
  content?: string;
  embeds?: APIMessage["embeds"];
  components?: NonNullable<APIMessage["components"]>;
  attachments?: APIMessage["attachments"];
  flags?: number;
}

export interface MessageInit extends MessageContentFields {
  id: string;
  channelId: string;
  author: APIUser;
  timestamp: string;
  type?: number;
  mentions?: APIUser[];
  mentionRoles?: string[];
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessage["interaction_metadata"];
  messageReference?: APIMessage["message_reference"];
}

export function messageObject(init: MessageInit): APIMessage {
  return {
    id: init.id,
    channel_id: init.channelId,
    author: init.author,
    content: init.content ?? "",
    timestamp: init.timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: init.mentions ?? [],
    mention_roles: init.mentionRoles ?? [],
    attachments: init.attachments ?? [],
    embeds: init.embeds ?? [],
    components: init.components ?? [],
    pinned: false,
    type: init.type ?? 0,
    flags: init.flags ?? 0,
    ...(init.webhookId === undefined ? {} : { webhook_id: init.webhookId }),
    ...(init.applicationId === undefined ? {} : { application_id: init.applicationId }),
    ...(init.interactionMetadata === undefined
      ? {}
      : { interaction_metadata: init.interactionMetadata }),
    ...(init.messageReference === undefined ? {} : { message_reference: init.messageReference }),
  };
}
