import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { discordText } from "../messages.ts";
import { ask } from "./ask.ts";
import { explain } from "./explain.ts";
import { forgetMe } from "./forget-me.ts";
import { help } from "./help.ts";
import { leaderboard } from "./leaderboard.ts";
import { mentor } from "./mentor.ts";
import { mentorOptin } from "./mentor-optin.ts";
import { path } from "./path.ts";
import { profile } from "./profile.ts";
import { quiz } from "./quiz.ts";
import { quizDaily } from "./quiz-daily.ts";
import { rate } from "./rate.ts";
import { review } from "./review.ts";
import { streak } from "./streak.ts";
import type { Subcommand } from "./subcommand.ts";
import { track } from "./track.ts";

/** Every subcommand of `/skills`, by the name Discord sends back. */
export const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = Object.fromEntries(
  [
    ask,
    path,
    explain,
    rate,
    profile,
    track,
    mentor,
    mentorOptin,
    quiz,
    quizDaily,
    streak,
    leaderboard,
    review,
    forgetMe,
    help,
  ].map((s) => [s.definition.name, s]),
);

export const SKILLS_COMMAND_NAME = "skills";

/** `/skills`, usable in servers and in the bot's DMs. */
export const skillsCommand = {
  type: ApplicationCommandType.ChatInput,
  name: SKILLS_COMMAND_NAME,
  description: discordText.command,
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: Object.values(SUBCOMMANDS).map((s) => s.definition),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What `discord register` sends: the whole set, so Discord's copy matches the code. */
export const COMMAND_DEFINITIONS: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  skillsCommand,
];
