import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../../../src/core/messages.ts";
import type { Subcommand } from "./subcommand.ts";

const ACTIONS = ["on", "off", "status"] as const;

/** `/skills quiz-daily action:on|off|status [time] [timezone] [topic]`: the channel's daily question. */
export const quizDaily = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "quiz-daily",
    description: discordText.quizDaily,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "action",
        description: discordText.quizDailyAction,
        required: true,
        choices: ACTIONS.map((value) => ({ name: value, value })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "time",
        description: discordText.quizDailyTime,
        max_length: 5,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "timezone",
        description: discordText.quizDailyTimezone,
        max_length: 64,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: discordText.quizDailyTopic,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  parse: (options) => {
    const action = ACTIONS.find((a) => a === options.string("action")?.trim().toLowerCase());
    if (!action)
      return { correction: discordText.quizDailyInvalid(options.string("action") ?? "") };
    // The core reads "[HH:MM] [time zone] [topic]" and corrects each part itself.
    const rest = [options.string("time"), options.string("timezone"), options.string("topic")]
      .map((v) => v?.trim())
      .filter((v): v is string => Boolean(v))
      .join(" ");
    return { command: { name: "quiz-daily", action, ...(rest ? { options: rest } : {}) } };
  },
  autocomplete: { topic: ["skill", "area", "track"] },
} satisfies Subcommand;
