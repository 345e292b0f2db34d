import { DiscordAPIError } from "discord.js";
import { DISCORD_ERRORS } from "./limits.ts";

const hasCode = (error: unknown, code: number) =>
  error instanceof DiscordAPIError && error.code === code;

/** Discord forgot the interaction (we answered after 3 s, or another instance did): nothing to say. */
export const isExpired = (error: unknown) =>
  hasCode(error, DISCORD_ERRORS.unknownInteraction) ||
  hasCode(error, DISCORD_ERRORS.alreadyAcknowledged);

/** Something, here or in another instance, already sent this interaction's first response. */
export const isAlreadyAcknowledged = (error: unknown) =>
  hasCode(error, DISCORD_ERRORS.alreadyAcknowledged);

/** The person does not accept direct messages from the bot. */
export const isDmClosed = (error: unknown) => hasCode(error, DISCORD_ERRORS.cannotDmUser);

/** Codes after which posting there again cannot work until someone acts. */
const REFUSED_FOR_GOOD: ReadonlySet<number> = new Set([
  DISCORD_ERRORS.unknownChannel,
  DISCORD_ERRORS.unknownGuild,
  DISCORD_ERRORS.unknownMessage,
  DISCORD_ERRORS.unknownUser,
  DISCORD_ERRORS.missingAccess,
  DISCORD_ERRORS.missingPermissions,
  DISCORD_ERRORS.cannotDmUser,
]);

/**
 * The channel or message is gone, or the bot may no longer see or write there (removed from the
 * server, its role changed), or its token was revoked (401).
 */
export const isRefusedForGood = (error: unknown) =>
  error instanceof DiscordAPIError &&
  (error.status === 401 || (typeof error.code === "number" && REFUSED_FOR_GOOD.has(error.code)));
