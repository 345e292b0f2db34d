import { derivedOnce } from "../../src/core/deep-freeze.ts";
import type { Block, Reply } from "../../src/core/reply.ts";
import type { RichText, Span } from "../../src/core/rich-text.ts";
import { slashTip } from "./slash-form.ts";

/**
 * Text commands the core suggests (`mentor on`, `rate python 3`) as the `/skills` commands that
 * do the same, for the answer to an interaction: someone using /skills looks for a subcommand
 * there, and "mentor on" typed as `/skills mentor skill:on` finds no skill "on". Mentions and
 * DMs keep the text commands, which work there.
 */
export function withSlashTips(reply: Reply): Reply {
  // Shared replies (help) are translated once; frozen, so their pages are rendered once too.
  return derivedOnce(sharedTranslations, reply, translated);
}

const sharedTranslations = new WeakMap<Reply, Reply>();

function translated(reply: Reply): Reply {
  return {
    ...reply,
    blocks: reply.blocks.map(blockWithSlashTips),
    ...(reply.followUp ? { followUp: reply.followUp.then(withSlashTips) } : {}),
  };
}

/** Rich text whose code spans that are text commands read as their `/skills` commands. */
export function slashTipsIn(text: RichText): RichText {
  if (!text.some((span) => span.code)) return text;
  return text.map((span): Span => {
    const tip = span.code ? slashTip(span.text) : undefined;
    return tip ? { ...span, text: tip } : span;
  });
}

function blockWithSlashTips(block: Block): Block {
  switch (block.kind) {
    case "text":
    case "context":
      return { ...block, text: slashTipsIn(block.text) };
    case "fields":
      return { ...block, fields: block.fields.map((f) => ({ ...f, value: slashTipsIn(f.value) })) };
    case "skills":
      return {
        ...block,
        items: block.items.map((item) =>
          item.note ? { ...item, note: slashTipsIn(item.note) } : item,
        ),
      };
    default:
      return block;
  }
}
