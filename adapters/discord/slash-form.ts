import { commandFromText } from "../../src/core/command-text.ts";
import { isSkillbotError } from "../../src/core/errors.ts";
import type { Command } from "../../src/core/events.ts";
import { dailyOptionsOf } from "./commands/quiz-daily.ts";
import { SKILLS_COMMAND_NAME } from "./commands/skills.ts";
import { defined } from "./commands/subcommand.ts";

/** A `/skills` subcommand with its option values, by the names Discord registers. */
export type SlashCommand = { subcommand: string; options: Readonly<Record<string, string>> };

const slash = (
  subcommand: string,
  options: Record<string, string | undefined> = {},
): SlashCommand => ({ subcommand, options: defined(options) });

const onOff = (value: boolean | undefined) =>
  value === undefined ? undefined : value ? "on" : "off";

/**
 * The `/skills` subcommand that does what a core command does: the inverse of each subcommand's
 * `parse`. Undefined for what Discord has no subcommand for (a question; another track's profile).
 */
export function slashCommandOf(command: Command): SlashCommand | undefined {
  switch (command.name) {
    case "ask":
      return undefined;
    case "profile":
      return command.track ? undefined : slash("profile");
    case "path":
      return slash("path", { topic: command.topic });
    case "explain":
      return slash("explain", { skill: command.skill });
    case "rate":
      return slash("rate", { skill: command.skill, level: command.level });
    case "track":
      return slash("track", { track: command.track });
    case "mentor":
      return slash("mentor", { skill: command.skill });
    case "mentor-optin":
      return slash("mentor-optin", { status: onOff(command.on) });
    case "quiz":
      return slash("quiz", { topic: command.topic });
    case "forget-me":
      return slash("forget-me");
    case "quiz-daily":
      return slash("quiz-daily", {
        action: command.action,
        ...dailyOptionsOf(command.options ?? ""),
      });
    case "quiz-streak":
      return slash("streak");
    case "quiz-leaderboard":
      return slash("leaderboard", { period: command.period, listed: onOff(command.listed) });
    case "review":
      return slash("review", { reminders: onOff(command.nudge) });
    case "help":
      return slash("help");
  }
}

/** "/skills rate skill:python level:3"; a placeholder value ("[HH:MM]") as the bare option, "[time]". */
export function spellSlash({ subcommand, options }: SlashCommand): string {
  const spelled = Object.entries(options).map(([name, value]) =>
    /^\[.*\]$/.test(value) ? `[${name}]` : `${name}:${value}`,
  );
  return [`/${SKILLS_COMMAND_NAME}`, subcommand, ...spelled].join(" ");
}

/**
 * A text command the core suggests ("rate python 3", "mentor on", "quiz daily on 09:30") as the
 * `/skills` command Discord users can type instead, read by the core's own command reader.
 * Undefined for anything else: a value (`09:30`, `UTC`), a question, or a platform's own
 * command (`/skills help`, `/invite`). Words the reader refuses as short of an option
 * ("isn't an option of `review nudge`") read as the longest start of them it accepts.
 */
export function slashTip(typed: string): string | undefined {
  if (tips.has(typed)) return tips.get(typed);
  // The spans come from the core's message table, with skill and track ids: a few hundred at
  // most, and a profile carries several on every answer. Emptied, not evicted, past the bound.
  if (tips.size >= TIPS_KEPT) tips.clear();
  const tip = readSlashTip(typed);
  tips.set(typed, tip);
  return tip;
}

const TIPS_KEPT = 1000;
const tips = new Map<string, string | undefined>();

function readSlashTip(typed: string): string | undefined {
  if (typed.startsWith("/")) return undefined;
  const words = typed.split(" ");
  for (let count = words.length; count > 0; count--) {
    try {
      const found = slashCommandOf(commandFromText(words.slice(0, count).join(" ")));
      return found && spellSlash(found);
    } catch (error) {
      if (!isSkillbotError(error)) return undefined;
    }
  }
  return undefined;
}
