import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import { defined, type Subcommand } from "./subcommand.ts";

/** `/skills mentor skill:<autocomplete>`: opted-in teammates at level 3+ in a skill or area. */
export const mentor = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "mentor",
    description: discordText.mentor,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "skill",
        description: discordText.mentorSkill,
        required: true,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  parse: (options) => ({
    command: { name: "mentor", ...defined({ skill: options.string("skill") }) },
  }),
  autocomplete: { skill: ["skill", "area"] },
} satisfies Subcommand;
