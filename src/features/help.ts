import type { Asker, Core } from "../core/context.ts";
import { deepFreeze } from "../core/deep-freeze.ts";
import type { Person } from "../core/events.ts";
import { discordText, text } from "../core/messages.ts";
import { type Block, privateReply, publicReply, type Reply } from "../core/reply.ts";

type Replies = { private: Reply; public: Reply };
/** Built once per core and platform and shared: help asks nothing of the store and never changes. */
const helpReplies = new WeakMap<Core, Map<Person["platform"], Replies>>();

/**
 * The command list, as the person's platform spells the commands: on Discord `/skills` has
 * subcommands of its own (`mentor-optin`, `forget-me`); elsewhere commands are words. The
 * reply is frozen, which tells adapters it is shared between answers (they may render it once)
 * and makes any attempt to change it in place fail loudly.
 */
export function showHelp(core: Core, asker: Asker): Reply {
  let byPlatform = helpReplies.get(core);
  if (!byPlatform) {
    byPlatform = new Map();
    helpReplies.set(core, byPlatform);
  }
  const platform = asker.person.platform;
  let replies = byPlatform.get(platform);
  if (!replies) {
    const blocks = helpBlocks(core, platform);
    replies = {
      private: deepFreeze(privateReply(blocks)),
      public: deepFreeze(publicReply(blocks)),
    };
    byPlatform.set(platform, replies);
  }
  return asker.where.audience === "private" ? replies.private : replies.public;
}

function helpBlocks(core: Core, platform: Person["platform"]): Block[] {
  const commands = platform === "discord" ? discordText.helpCommands : text.helpCommands;
  return [
    { kind: "heading", text: text.helpHeading },
    { kind: "text", text: text.helpIntro },
    {
      kind: "fields",
      fields: commands.map(([command, what]) => ({
        label: command,
        value: [{ text: what }],
      })),
    },
    {
      kind: "context",
      text: core.explanationsEnabled ? text.helpExplainOn : text.helpExplainOff,
    },
    { kind: "context", text: text.helpPrivacy },
  ];
}
