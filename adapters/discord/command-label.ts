import { ApplicationCommandOptionType } from "discord.js";
import type { Command } from "../../src/core/events.ts";
import { SKILLS_COMMAND_NAME, SUBCOMMANDS } from "./commands/skills.ts";

/** Choices short enough to spell out in a label ("status:on|off"); level's five are not. */
const SPELLED_CHOICES = 3;

/**
 * How Discord users type a core command: `/skills` and its subcommand with the options it
 * takes, from the subcommand's own definition ("/skills rate skill [level]",
 * "/skills mentor-optin status:on|off"). Undefined for a command Discord has no subcommand for.
 */
export function commandLabel(command: Command["name"]): string | undefined {
  const subcommand = SUBCOMMANDS[command]?.definition;
  if (!subcommand) return undefined;
  const options = (subcommand.options ?? []).map((option) => {
    const choices =
      option.type === ApplicationCommandOptionType.String && option.choices?.length
        ? option.choices
        : undefined;
    const spelled =
      choices && choices.length <= SPELLED_CHOICES
        ? `${option.name}:${choices.map((c) => c.value).join("|")}`
        : option.name;
    return option.required ? spelled : `[${spelled}]`;
  });
  return [`/${SKILLS_COMMAND_NAME}`, subcommand.name, ...options].join(" ");
}
