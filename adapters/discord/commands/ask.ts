import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills ask text:…`: a question in plain words, answered like a DM or a mention. */
export const ask = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "ask",
    description: discordText.ask,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "text",
        description: discordText.askText,
        required: true,
        max_length: 4000,
      },
    ],
  },
  parse: (options) => {
    const text = options.string("text");
    // Nothing asked: what the bot can do, as for an empty mention or DM.
    return { command: text ? { name: "ask", text } : { name: "help" } };
  },
} satisfies Subcommand;
