import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import { defined, type Subcommand } from "./subcommand.ts";

/** `/skills quiz [topic]`: one question, one button per option. */
export const quiz = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "quiz",
    description: discordText.quiz,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: discordText.quizTopic,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  parse: (options) => ({
    command: { name: "quiz", ...defined({ topic: options.string("topic") }) },
  }),
  autocomplete: { topic: ["skill", "area", "track"] },
} satisfies Subcommand;
