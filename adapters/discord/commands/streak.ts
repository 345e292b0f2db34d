import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills streak`: your own streak in this channel, ephemeral. */
export const streak = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "streak",
    description: discordText.streak,
  },
  parse: () => ({ command: { name: "quiz-streak" } }),
} satisfies Subcommand;
