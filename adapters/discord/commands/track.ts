import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import { defined, type Subcommand } from "./subcommand.ts";

/** `/skills track [track]`: the track the person measures themselves against; the list without one. */
export const track = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "track",
    description: discordText.track,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "track",
        description: discordText.trackName,
        autocomplete: true,
        max_length: 100,
      },
    ],
  },
  parse: (options) => ({
    command: { name: "track", ...defined({ track: options.string("track") }) },
  }),
  autocomplete: { track: ["track"] },
} satisfies Subcommand;
