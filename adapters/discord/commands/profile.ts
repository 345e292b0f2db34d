import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills profile`: the person's ratings and gaps, always ephemeral. */
export const profile = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "profile",
    description: discordText.profile,
  },
  parse: () => ({ command: { name: "profile" } }),
} satisfies Subcommand;
