import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  ApplicationCommandType,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord.js";
import type { Config } from "../../src/config.ts";
import { type Logger, silentLogger } from "../../src/core/ports.ts";
import { COMMAND_DEFINITIONS } from "./commands/skills.ts";

type Definition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * Registers the commands defined in code, as one bulk overwrite: to `DISCORD_GUILD_ID` when set
 * (instant, for development), else globally. Returns one line per command saying what changed,
 * judged by Discord's own `version`, which changes only when a definition does.
 */
export async function registerCommands(
  config: Pick<
    Config,
    "DISCORD_TOKEN" | "DISCORD_APPLICATION_ID" | "DISCORD_GUILD_ID" | "DISCORD_API_BASE"
  >,
  log: Logger = silentLogger,
): Promise<string[]> {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: app, DISCORD_GUILD_ID: guild } = config;
  if (!token || !app)
    throw new Error("set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register commands");
  const rest = new REST(config.DISCORD_API_BASE ? { api: config.DISCORD_API_BASE } : {}).setToken(
    token,
  );
  const route = guild
    ? Routes.applicationGuildCommands(app, guild)
    : Routes.applicationCommands(app);
  const before = (await rest.get(route)) as APIApplicationCommand[];
  const after = (await rest.put(route, { body: COMMAND_DEFINITIONS })) as APIApplicationCommand[];
  const lines = [
    guild
      ? `Commands in guild ${guild}:`
      : "Global commands (Discord may take up to an hour to show changes):",
    ...describeChanges(before, after, COMMAND_DEFINITIONS),
  ];
  log.info({ guild: guild ?? "global", lines }, "registered Discord commands");
  return lines;
}

/** What a registration changed, command by command, and for a changed one, subcommand by subcommand. */
export function describeChanges(
  before: readonly APIApplicationCommand[],
  after: readonly APIApplicationCommand[],
  definitions: readonly Definition[],
): string[] {
  const lines: string[] = [];
  for (const command of after) {
    const old = before.find((c) => c.name === command.name && c.type === command.type);
    const definition = definitions.find((d) => d.name === command.name);
    const name = commandName(command);
    if (!old) lines.push(`${name}: added${subcommandCount(definition)}`);
    else if (old.version === command.version) lines.push(`${name}: unchanged`);
    else
      lines.push(
        `${name}: updated${subcommandChanges(old.options ?? [], definition?.options ?? [])}`,
      );
  }
  for (const old of before) {
    if (!after.some((c) => c.name === old.name && c.type === old.type))
      lines.push(`${commandName(old)}: removed`);
  }
  return lines;
}

/** A command as people invoke it: a slash command by its slash, a context-menu one by its menu. */
function commandName(command: Pick<APIApplicationCommand, "name" | "type">): string {
  switch (command.type) {
    case ApplicationCommandType.User:
      return `User command "${command.name}"`;
    case ApplicationCommandType.Message:
      return `Message command "${command.name}"`;
    case ApplicationCommandType.PrimaryEntryPoint:
      return `Activity entry point "${command.name}"`;
    default:
      return `/${command.name}`;
  }
}

function subcommandCount(definition: Definition | undefined): string {
  const count = definition?.options?.length ?? 0;
  return count > 0 ? ` (${count} subcommands)` : "";
}

/**
 * A comparable shape of an option, from the fields Skillbot defines only: Discord echoes
 * definitions with its defaults and extra keys filled in (name_localizations: null on choices).
 */
function shape(option: APIApplicationCommandOption): string {
  const o = option as APIApplicationCommandOption & Record<string, unknown>;
  const nested = Array.isArray(o.options)
    ? (o.options as APIApplicationCommandOption[]).map(shape)
    : [];
  return JSON.stringify([
    o.type,
    o.name,
    o.description,
    o.required === true,
    o.autocomplete === true,
    Array.isArray(o.choices)
      ? (o.choices as { name: string; value: string | number }[]).map((c) => [c.name, c.value])
      : [],
    o.min_length ?? null,
    o.max_length ?? null,
    nested,
  ]);
}

function subcommandChanges(
  old: readonly APIApplicationCommandOption[],
  next: readonly APIApplicationCommandOption[],
): string {
  const names = (options: readonly APIApplicationCommandOption[]) => options.map((o) => o.name);
  const added = names(next).filter((n) => !names(old).includes(n));
  const removed = names(old).filter((n) => !names(next).includes(n));
  const changed = next
    .filter((o) => {
      const previous = old.find((p) => p.name === o.name);
      return previous !== undefined && shape(previous) !== shape(o);
    })
    .map((o) => o.name);
  const parts = [
    added.length > 0 ? `added ${added.join(", ")}` : "",
    removed.length > 0 ? `removed ${removed.join(", ")}` : "",
    changed.length > 0 ? `changed ${changed.join(", ")}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
