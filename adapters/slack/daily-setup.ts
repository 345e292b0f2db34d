import type { webApi } from "@slack/bolt";
import { commandFromText } from "../../src/core/command-text.ts";
import { text } from "../../src/core/messages.ts";
import type { RichText } from "../../src/core/rich-text.ts";
import { isDirectMessage } from "./destination.ts";
import type { Asking } from "./parse.ts";
import type { SlackDeps } from "./requests.ts";
import { slackErrorCode } from "./web-api.ts";

export type DailySetup = {
  asking: Asking;
  channel: string;
  /** What the person typed, bot mention removed. */
  words: string;
  /** The slash command as typed ("/skills"), for the command to run again. */
  command: string;
  botUserId: string | undefined;
  /** The ask came from inside the channel (a mention): the bot is in it. */
  botIsMember: boolean;
};

/**
 * What only Slack can tell before `quiz daily on|off` changes anything, said in one line: that
 * the person's admin role could not be read just now (rather than "you're not allowed"), or
 * that the bot is not in the channel (with chat:write alone it only posts where it was
 * invited), which would turn the quiz on and fail at the first question. Undefined: ask the
 * core. The Discord adapter refuses the same way from the channel's permissions
 * (adapters/discord/commands/quiz-daily.ts).
 */
export async function dailySetupRefusal(
  deps: SlackDeps,
  client: webApi.WebClient,
  setup: DailySetup,
): Promise<RichText | undefined> {
  const { asking, channel } = setup;
  if (isDirectMessage(channel)) return undefined;
  const command = commandFromText(setup.words);
  if (command.name !== "quiz-daily" || command.action === "status") return undefined;
  if (asking.adminUnknown) return text.slackRolesUnknown;
  // Someone who may not change it hears so from the core; no need to ask Slack more.
  if (command.action !== "on" || !asking.canManageChannel || setup.botIsMember) return undefined;
  return (await botMissingFrom(deps, client, channel))
    ? text.slackInviteFirst(setup.botUserId, setup.command)
    : undefined;
}

/** True when Slack says the bot is not in the channel; an install without channels:read cannot tell. */
async function botMissingFrom(
  deps: SlackDeps,
  client: webApi.WebClient,
  channel: string,
): Promise<boolean> {
  try {
    const info = await deps.calls.call("conversations.info", "idempotent", () =>
      client.conversations.info({ channel }),
    );
    return info.channel?.is_member === false;
  } catch (error) {
    // A private channel the bot is not in does not exist for its token.
    if (slackErrorCode(error) === "channel_not_found") return true;
    deps.log.warn(
      { err: error, channel },
      "conversations.info failed; turning the daily quiz on without knowing the bot is in the channel",
    );
    return false;
  }
}
