// The fake Discord's in-memory state, shared by the REST routes, the gateway and the payload
// builders: who the bot is, its guilds and channels, the messages and commands it made, and the
// interactions the gateway handed out (so callbacks can be checked against them).
import type { APIApplicationCommand, APIMessage, APIUser } from "discord.js";
import { asRecord } from "./json-read.ts";
import {
  dmChannelObject,
  type FakeChannel,
  type FakeGuild,
  type FakeUser,
  textChannelObject,
  userObject,
} from "./objects.ts";
import { MEMBER_PERMISSIONS } from "./permissions.ts";
import { createSnowflakeFactory, type SnowflakeFactory } from "./snowflake.ts";

export interface ChannelInit {
  id?: string;
  name: string;
  topic?: string;
}

export interface GuildInit {
  id: string;
  name: string;
  /** Text channels; one called "general" by default. */
  channels?: ChannelInit[];
  /** Humans in the guild; the fake's test user by default. */
  members?: FakeUser[];
  /** Reported member_count; members + the bot by default. */
  memberCount?: number;
  locale?: string;
  everyonePermissions?: string;
  ownerId?: string;
}

export interface FakeDiscordOptions {
  applicationId?: string;
  /** The bot user's id; the application id by default, as for every app made since 2019. */
  botUserId?: string;
  botUsername?: string;
  /** READY's application.flags (e.g. 1 << 19 for the Message Content intent, unverified). */
  applicationFlags?: number;
  guilds?: GuildInit[];
  /** The human who clicks and types in tests; "tester" by default. */
  testUser?: FakeUser;
  /** When set, REST and IDENTIFY accept only this token (others get 401 / close 4004). */
  token?: string;
  /** The clock for timestamps; injected so tests can pin it. */
  now?: () => Date;
  /** HELLO's heartbeat_interval; Discord's 41250 ms by default, shorter to see heartbeats. */
  heartbeatIntervalMs?: number;
}

export interface ChannelRecord {
  id: string;
  guildId: string | null;
  name: string | null;
  topic: string | null;
  /** For a DM channel: the human on the other side. */
  recipient: APIUser | null;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  channelId: string | null;
  guildId: string | null;
  user: APIUser;
  /** For component interactions: the message the component is on. */
  sourceMessageId: string | null;
  /** The callback type the bot answered with (4, 5, 6, 7, 8, 9); null until it answers. */
  responseType: number | null;
  /** What `@original` points at: the message the response made, or the component's message. */
  originalMessageId: string | null;
  followUpIds: Set<string>;
}

/** The bot's commands: "global" or a guild id -> the list, kept across registrations. */
export type CommandStore = Map<string, APIApplicationCommand[]>;

export interface World {
  nextId: SnowflakeFactory;
  timestamp(): string;
  token: string | undefined;
  application: { id: string; name: string; flags: number };
  botUser: APIUser;
  testUser: APIUser;
  guilds: FakeGuild[];
  channels: Map<string, ChannelRecord>;
  users: Map<string, APIUser>;
  messages: Map<string, APIMessage>;
  interactions: Map<string, InteractionRecord>;
  /** Modals the bot opened (callback type 9), by custom_id, so a submit can mirror them. */
  modals: Map<string, unknown>;
  commands: CommandStore;
  dmChannelFor(user: APIUser): ChannelRecord;
  channelObject(id: string): unknown;
  rememberInteraction(payload: unknown): void;
  /** Keeps a dispatched MESSAGE_CREATE so the bot can fetch it or reply to it. */
  rememberMessage(payload: unknown): void;
  /** Forgets interactions, messages and the users they brought: guilds, channels and commands stay. */
  forgetHistory(): void;
}

function resolveGuild(init: GuildInit, world: Pick<World, "nextId" | "testUser">): FakeGuild {
  const channels: FakeChannel[] = (init.channels ?? [{ name: "general" }]).map((channel) => ({
    id: channel.id ?? world.nextId(),
    name: channel.name,
    topic: channel.topic ?? null,
  }));
  const members = (
    init.members ?? [{ id: world.testUser.id, username: world.testUser.username }]
  ).map(userObject);
  return {
    id: init.id,
    name: init.name,
    ownerId: init.ownerId ?? members[0]?.id ?? world.testUser.id,
    locale: init.locale ?? "en-US",
    everyonePermissions: init.everyonePermissions ?? MEMBER_PERMISSIONS,
    botRoleId: world.nextId(),
    channels,
    members,
    memberCount: init.memberCount ?? members.length + 1,
  };
}

function readString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === "string" ? value : null;
}

function isUser(value: unknown): value is APIUser {
  const record = asRecord(value);
  return typeof record.id === "string" && typeof record.username === "string";
}

export function createWorld(options: FakeDiscordOptions): World {
  const nextId = createSnowflakeFactory();
  const now = options.now ?? (() => new Date());
  const applicationId = options.applicationId ?? nextId();
  const botUser = userObject({
    id: options.botUserId ?? applicationId,
    username: options.botUsername ?? "skillbot",
    bot: true,
  });
  const testUser = userObject(
    options.testUser ?? { id: nextId(), username: "tester", globalName: "Tester" },
  );
  const users = new Map<string, APIUser>([
    [botUser.id, botUser],
    [testUser.id, testUser],
  ]);
  const guildInits = options.guilds ?? [{ id: nextId(), name: "Test Guild" }];
  const guilds = guildInits.map((init) => resolveGuild(init, { nextId, testUser }));
  const channels = new Map<string, ChannelRecord>();
  for (const guild of guilds) {
    for (const member of guild.members) users.set(member.id, member);
    for (const channel of guild.channels) {
      channels.set(channel.id, { ...channel, guildId: guild.id, recipient: null });
    }
  }
  const dmByUser = new Map<string, ChannelRecord>();
  const interactions = new Map<string, InteractionRecord>();
  const initialUsers = new Map(users);

  const world: World = {
    nextId,
    timestamp: () => now().toISOString(),
    token: options.token,
    application: {
      id: applicationId,
      name: botUser.username,
      flags: options.applicationFlags ?? 0,
    },
    botUser,
    testUser,
    guilds,
    channels,
    users,
    messages: new Map(),
    interactions,
    modals: new Map(),
    commands: new Map(),
    dmChannelFor(user) {
      users.set(user.id, user);
      const existing = dmByUser.get(user.id);
      if (existing) return existing;
      const channel: ChannelRecord = {
        id: nextId(),
        guildId: null,
        name: null,
        topic: null,
        recipient: user,
      };
      dmByUser.set(user.id, channel);
      channels.set(channel.id, channel);
      return channel;
    },
    channelObject(id) {
      const channel = channels.get(id);
      if (!channel) return undefined;
      if (channel.recipient) return dmChannelObject(channel.id, channel.recipient);
      const guild = guilds.find((candidate) => candidate.id === channel.guildId);
      const position = guild?.channels.findIndex((candidate) => candidate.id === id) ?? 0;
      return textChannelObject(
        { id, name: channel.name ?? "", topic: channel.topic },
        channel.guildId ?? "",
        position,
      );
    },
    rememberInteraction(payload) {
      const data = asRecord(payload);
      const id = readString(data, "id");
      const token = readString(data, "token");
      if (!id || !token) return;
      const author = asRecord(data.member).user ?? data.user;
      const user = isUser(author) ? author : testUser;
      users.set(user.id, user);
      const message = asRecord(data.message);
      interactions.set(id, {
        id,
        token,
        type: typeof data.type === "number" ? data.type : 0,
        channelId: readString(data, "channel_id"),
        guildId: readString(data, "guild_id"),
        user,
        sourceMessageId: readString(message, "id"),
        responseType: null,
        originalMessageId: null,
        followUpIds: new Set(),
      });
    },
    forgetHistory() {
      interactions.clear();
      world.messages.clear();
      world.modals.clear();
      users.clear();
      for (const [id, user] of initialUsers) users.set(id, user);
      for (const { recipient } of dmByUser.values())
        if (recipient) users.set(recipient.id, recipient);
    },
    rememberMessage(payload) {
      const data = asRecord(payload);
      if (typeof data.id !== "string" || typeof data.channel_id !== "string") return;
      if (!channels.has(data.channel_id)) return;
      // The gateway's superset (guild_id, member) is harmless in a stored message.
      world.messages.set(data.id, data as unknown as APIMessage);
    },
  };
  return world;
}

export function findInteractionByToken(world: World, token: string): InteractionRecord | undefined {
  for (const interaction of world.interactions.values()) {
    if (interaction.token === token) return interaction;
  }
  return undefined;
}
