import { ApplicationCommandOptionType } from "discord.js";
import { discordText } from "../messages.ts";
import type { Subcommand } from "./subcommand.ts";

/** `/skills mentor-optin status:on|off`: join or leave the mentor list. */
export const mentorOptin = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "mentor-optin",
    description: discordText.mentorOptin,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "status",
        description: discordText.mentorOptinStatus,
        required: true,
        choices: [
          { name: discordText.mentorOptinOn, value: "on" },
          { name: discordText.mentorOptinOff, value: "off" },
        ],
      },
    ],
  },
  parse: (options) => {
    const status = options.string("status")?.trim().toLowerCase() ?? "";
    if (status === "on" || status === "off")
      return { command: { name: "mentor-optin", on: status === "on" } };
    return { correction: discordText.optinInvalid(options.string("status") ?? "") };
  },
} satisfies Subcommand;
