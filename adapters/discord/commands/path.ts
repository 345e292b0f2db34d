import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import { defined, type Subcommand } from "./subcommand.ts";

/** `/skills path [topic]`: next steps in a track or area (or skill), the person's track by default. */
export const path = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "path",
    description: discordText.path,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: discordText.pathTopic,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  parse: (options) => ({
    command: { name: "path", ...defined({ topic: options.string("topic") }) },
  }),
  autocomplete: { topic: ["track", "area", "skill"] },
} satisfies Subcommand;
