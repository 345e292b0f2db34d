import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { privateReply, publicReply, type Reply } from "../core/reply.ts";

export function showHelp(core: Core, asker: Asker): Reply {
  const blocks = [
    { kind: "heading" as const, text: text.helpHeading },
    { kind: "text" as const, text: text.helpIntro },
    {
      kind: "fields" as const,
      fields: text.helpCommands.map(([command, what]) => ({
        label: command,
        value: [{ text: what }],
      })),
    },
    {
      kind: "context" as const,
      text: core.explanationsEnabled ? text.helpExplainOn : text.helpExplainOff,
    },
    { kind: "context" as const, text: text.helpPrivacy },
  ];
  return asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
}
