import type {
  APIApplicationCommandOptionChoice,
  APIApplicationCommandSubcommandOption,
  PermissionsBitField,
} from "discord.js";
import type { Command } from "../../../src/core/events.ts";
import type { RichText } from "../../../src/core/rich-text.ts";
import type { EntityKind } from "../../../src/knowledge/matrix-index.ts";

/** The values a person submitted, read by name and trimmed; absent or blank options are undefined. */
export type OptionValues = {
  string(name: string): string | undefined;
  integer(name: string): number | undefined;
};

/** Where a subcommand was run, for what only Discord knows there. */
export type Origin = {
  /** In a server's channel, not the bot's DMs. */
  inGuild: boolean;
  inThread: boolean;
  /** What the bot itself may do in that channel, as Discord computed it for the interaction. */
  appPermissions: Readonly<PermissionsBitField>;
};

/** A neutral command, or what to tell the person when a value cannot become one. */
export type ParsedCommand = { command: Command } | { correction: RichText };

/** The daily quiz's default topic, the team's weakest skills, as the core reads it. */
export const WEAKEST = "weakest";

/** What an autocompleted option offers: matrix entries of a kind, or the daily quiz's "weakest". */
export type Offer = EntityKind | typeof WEAKEST;

/** One `/skills` subcommand: its definition for Discord and its translation to the core. */
export type Subcommand = {
  definition: APIApplicationCommandSubcommandOption;
  parse(options: OptionValues, origin: Origin): ParsedCommand;
  /** Options that autocomplete from the matrix, and what each offers. */
  autocomplete?: Readonly<Record<string, readonly Offer[]>>;
};

/** Leaves out unset options, as the core's command shapes want (exact optional properties). */
export function defined<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  const set: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) set[key] = fields[key];
  return set as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** The plain on/off switch several subcommands take (leaderboard listing, review reminders). */
export const ON_OFF: APIApplicationCommandOptionChoice<string>[] = [
  { name: "on", value: "on" },
  { name: "off", value: "off" },
];
