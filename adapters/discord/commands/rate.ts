import { ApplicationCommandOptionType } from "discord.js";
import { levelWord } from "../../../src/core/messages.ts";
import { discordText } from "../messages.ts";
import { defined, type Subcommand } from "./subcommand.ts";

/** Discord lists these as the level's choices; it cannot show the rubric of a skill not yet picked. */
const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * `/skills rate skill:<autocomplete> [level:0–4]`. Without a level the adapter opens a modal
 * with the skill's rubric; Discord checks the level's choices, the core re-checks both values.
 */
export const rate = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "rate",
    description: discordText.rate,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "skill",
        description: discordText.rateSkill,
        required: true,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: "level",
        description: discordText.rateLevel,
        choices: LEVELS.map((level) => ({ name: `${level} — ${levelWord(level)}`, value: level })),
      },
    ],
  },
  parse: (options) => {
    const level = options.integer("level");
    return {
      command: {
        name: "rate",
        ...defined({
          skill: options.string("skill"),
          level: level === undefined ? undefined : String(level),
        }),
      },
    };
  },
  autocomplete: { skill: ["skill"] },
} satisfies Subcommand;
