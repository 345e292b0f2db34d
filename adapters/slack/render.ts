import type { types } from "@slack/bolt";
import { skillLevelText, text } from "../../src/core/messages.ts";
import type { Block, Button, Reply, SkillLine } from "../../src/core/reply.ts";
import { actionIdFor } from "./action-ids.ts";
import { SLACK_LIMITS as L } from "./limits.ts";
import { escapeMrkdwn, fitMrkdwn, fitPlain, type MentionStyle, mrkdwn } from "./mrkdwn.ts";

type KnownBlock = types.KnownBlock;

/** Where the blocks are shown: messages allow 50 blocks, modals and the App Home 100. */
export type Surface = "message" | "view";
export type RenderOptions = { surface: Surface; mentions: MentionStyle };

/** A Slack message: Block Kit plus the escaped `text` Slack shows in notifications and fallbacks. */
export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** `verbatim` stops Slack from auto-linking names and `@here` in text we did not write. */
const md = (text: string) => ({ type: "mrkdwn" as const, text, verbatim: true });
export const section = (text: string): KnownBlock => ({ type: "section", text: md(text) });

export function renderMessage(reply: Reply, mentions: MentionStyle): SlackMessage {
  return {
    text: fallbackText(reply.summary),
    blocks: renderBlocks(reply.blocks, { surface: "message", mentions }),
  };
}

/** The summary is core text with user words in it: escaped like everything else Slack parses. */
export function fallbackText(summary: string): string {
  return fitMrkdwn(escapeMrkdwn(summary.trim() || "Skillbot"), L.fallbackText);
}

export function renderBlocks(blocks: readonly Block[], options: RenderOptions): KnownBlock[] {
  const rendered = blocks.map((b) => renderBlock(b, options.mentions));
  // Closing buttons (quiz options, "Save"), with the list their numbers refer to, survive a cut.
  const last = blocks.at(-1)?.kind === "buttons" ? rendered.pop() : undefined;
  const max = options.surface === "message" ? L.messageBlocks : L.viewBlocks;
  return capBlocks(rendered.flat(), max, last);
}

function renderBlock(block: Block, mentions: MentionStyle): KnownBlock[] {
  switch (block.kind) {
    case "heading":
      return [
        { type: "header", text: { type: "plain_text", text: fitPlain(block.text, L.headerText) } },
      ];
    case "text":
      return splitLines(mrkdwn(block.text, mentions), L.sectionText).map(section);
    case "context":
      return [
        { type: "context", elements: [md(fitMrkdwn(mrkdwn(block.text, mentions), L.contextText))] },
      ];
    case "divider":
      return [{ type: "divider" }];
    case "skills":
      return splitLines(
        block.items.map((i) => skillLine(i, mentions)).join("\n"),
        L.sectionText,
      ).map(section);
    case "fields":
      return chunk(block.fields, L.sectionFields).map((fields) => ({
        type: "section",
        fields: fields.map((f) =>
          md(fitMrkdwn(`*${escapeMrkdwn(f.label)}*\n${mrkdwn(f.value, mentions)}`, L.fieldText)),
        ),
      }));
    case "buttons":
      return buttonRows(block.buttons.filter(fitsValue));
  }
}

/**
 * Rows of buttons. A cut label could hide the very answer a quiz asks for: when any label is
 * too long for a button, the full labels are listed, numbered, and the buttons carry the numbers.
 */
function buttonRows(buttons: readonly Button[]): KnownBlock[] {
  const numbered = buttons.some((b) => [...b.label.trim()].length > L.buttonText);
  const list = numbered
    ? splitLines(
        buttons.map((b, i) => `*${i + 1}.* ${escapeMrkdwn(b.label.trim())}`).join("\n"),
        L.sectionText,
      ).map(section)
    : [];
  const rows = chunk(buttons, L.actionsElements).map(
    (row, r): KnownBlock => ({
      type: "actions",
      elements: row.map((b, i) => {
        const position = r * L.actionsElements + i;
        return button(b, position, numbered ? String(position + 1) : undefined);
      }),
    }),
  );
  return [...list, ...rows];
}

function skillLine(item: SkillLine, mentions: MentionStyle): string {
  const level = skillLevelText(item.level, item.target);
  const note = item.note ? `\n      ${mrkdwn(item.note, mentions)}` : "";
  const resource = item.resource
    ? `\n      ${mrkdwn([{ text: item.resource.title, link: item.resource.url }], mentions)}`
    : "";
  return `• *${escapeMrkdwn(item.name)}*${level}${note}${resource}`;
}

/** Room left in an action_id for the `#<position>` suffix. */
const SUFFIX_ROOM = 8;
/** A value or id we cannot send whole would come back as another: such a button is left out. */
const fitsValue = (b: Button) =>
  b.value.length <= L.buttonValue && b.action.length <= L.actionId - SUFFIX_ROOM;

/** `number`: the label's number in the list above, shown instead of the label (read aloud as the label). */
function button(b: Button, position: number, number?: string): types.Button {
  const label = fitPlain(b.label.trim() || "…", L.buttonText);
  return {
    type: "button",
    action_id: actionIdFor(b.action, position),
    text: { type: "plain_text", text: number ?? label },
    ...(number ? { accessibility_label: label } : {}),
    value: b.value,
    ...(b.style ? { style: b.style } : {}),
  };
}

/** Splits long mrkdwn at line breaks into pieces of at most `max`; a single overlong line is cut. */
export function splitLines(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const fitted = fitMrkdwn(line, max);
    if (current && current.length + 1 + fitted.length > max) {
      pieces.push(current);
      current = fitted;
    } else current = current ? `${current}\n${fitted}` : fitted;
  }
  if (current.trim()) pieces.push(current);
  return pieces;
}

/**
 * Keeps a reply inside the block limit: the first blocks stay, a note says how many were left
 * out, and the `closing` blocks (every row of the last buttons and their list) always survive.
 */
export function capBlocks(
  blocks: KnownBlock[],
  max: number,
  closing: readonly KnownBlock[] = [],
): KnownBlock[] {
  if (blocks.length + closing.length <= max) return [...blocks, ...closing];
  const kept = closing.slice(0, max - 1);
  const head = blocks.slice(0, max - 1 - kept.length);
  const omitted = blocks.length + closing.length - head.length - kept.length;
  const note: KnownBlock = {
    type: "context",
    elements: [md(mrkdwn(text.slackMoreNotShown(omitted), "name"))],
  };
  return [...head, note, ...kept];
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
