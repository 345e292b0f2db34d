import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import { ON_OFF, type Subcommand } from "./subcommand.ts";

/** `/skills leaderboard [period:week|all] [listed:on|off]`: the channel's board, or leaving it. */
export const leaderboard = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "leaderboard",
    description: discordText.leaderboard,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "period",
        description: discordText.leaderboardPeriod,
        choices: [
          { name: "this week", value: "week" },
          { name: "all time", value: "all" },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "listed",
        description: discordText.leaderboardListed,
        choices: ON_OFF,
      },
    ],
  },
  parse: (options) => {
    const period = options.string("period");
    const listed = options.string("listed");
    if (listed === "on" || listed === "off")
      return { command: { name: "quiz-leaderboard", listed: listed === "on" } };
    return {
      command: {
        name: "quiz-leaderboard",
        ...(period === "week" || period === "all" ? { period } : {}),
      },
    };
  },
} satisfies Subcommand;
