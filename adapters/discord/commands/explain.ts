import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills explain skill:<autocomplete>`: what a skill is, why it matters, its rubric. */
export const explain = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "explain",
    description: discordText.explain,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "skill",
        description: discordText.explainSkill,
        required: true,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  parse: (options) => {
    // Required, so only a forged or blank value is missing: there is nothing to look up.
    const skill = options.string("skill");
    return skill
      ? { command: { name: "explain", skill } }
      : { correction: discordText.explainWhich };
  },
  autocomplete: { skill: ["skill"] },
} satisfies Subcommand;
