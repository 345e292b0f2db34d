import { DiscordAPIError } from "discord.js";
import { DISCORD_ERRORS } from "./limits.ts";

const hasCode = (error: unknown, code: number) =>
  error instanceof DiscordAPIError && error.code === code;

/** Discord forgot the interaction (we answered after 3 s, or another instance did): nothing to say. */
export const isExpired = (error: unknown) =>
  hasCode(error, DISCORD_ERRORS.unknownInteraction) ||
  hasCode(error, DISCORD_ERRORS.alreadyAcknowledged);

/** The person does not accept direct messages from the bot. */
export const isDmClosed = (error: unknown) => hasCode(error, DISCORD_ERRORS.cannotDmUser);
