import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import { ON_OFF, type Subcommand } from "./subcommand.ts";

/** `/skills review [reminders:on|off]`: the next due question, or the daily reminder setting. */
export const review = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "review",
    description: discordText.review,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "reminders",
        description: discordText.reviewReminders,
        choices: ON_OFF,
      },
    ],
  },
  parse: (options) => {
    const reminders = options.string("reminders");
    return {
      command:
        reminders === "on" || reminders === "off"
          ? { name: "review", nudge: reminders === "on" }
          : { name: "review" },
    };
  },
} satisfies Subcommand;
