import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills help`: what the bot can do. */
export const help = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "help",
    description: discordText.help,
  },
  parse: () => ({ command: { name: "help" } }),
} satisfies Subcommand;
