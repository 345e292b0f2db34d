import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills forget-me`: asks to confirm, then deletes the person's data in this server. */
export const forgetMe = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "forget-me",
    description: discordText.forgetMe,
  },
  parse: () => ({ command: { name: "forget-me" } }),
} satisfies Subcommand;
