// Discord permission bits (as on the wire: a decimal string of a 64-bit field), and the sets a
// test usually wants: a plain member, a member who may manage channels, and the bot itself.

export const Permission = {
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export function permissionString(...bits: readonly bigint[]): string {
  return bits.reduce((field, bit) => field | bit, 0n).toString();
}

export function hasPermission(field: string, bit: bigint): boolean {
  return (BigInt(field) & bit) === bit;
}

const MEMBER_BITS = [
  Permission.ViewChannel,
  Permission.SendMessages,
  Permission.ReadMessageHistory,
  Permission.AddReactions,
  Permission.EmbedLinks,
  Permission.AttachFiles,
  Permission.UseExternalEmojis,
  Permission.UseApplicationCommands,
  Permission.CreatePublicThreads,
  Permission.SendMessagesInThreads,
] as const;

/** What @everyone gets in a fresh guild: no Manage Channels. */
export const MEMBER_PERMISSIONS = permissionString(...MEMBER_BITS);

/** A member who may manage channels (e.g. a team lead configuring the bot). */
export const MANAGER_PERMISSIONS = permissionString(
  ...MEMBER_BITS,
  Permission.ManageChannels,
  Permission.ManageMessages,
);

/** The bot's own permissions in a guild channel (`app_permissions`). */
export const BOT_PERMISSIONS = permissionString(...MEMBER_BITS, Permission.ManageMessages);
