import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { deepFreeze } from "../../src/core/deep-freeze.ts";
import { skillLevelText } from "../../src/core/messages.ts";
import type { Block, Button, Reply, SkillLine } from "../../src/core/reply.ts";
import { buttonCustomId } from "./custom-id.ts";
import { embedPages, embedSize, type Section } from "./embeds.ts";
import { DISCORD_LIMITS as L } from "./limits.ts";
import { escapeMarkdown, markdown, truncate } from "./markdown.ts";
import { splitText } from "./split-text.ts";

/** One Discord message: what a reply becomes, before flags and allowed mentions are added. */
export type DiscordPage = {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
};

type ButtonRow = APIButtonComponentWithCustomId[];

const CUT_NOTE = "…";
const STYLE = { primary: ButtonStyle.Primary, danger: ButtonStyle.Danger } as const;

/** Pages of frozen replies, which the core shares between answers (help): rendered once. */
const sharedPages = new WeakMap<Reply, readonly DiscordPage[]>();

/**
 * A neutral reply as Discord messages. Plain answers (text, context, buttons) become message
 * content; anything with a heading, fields or a skill list becomes embeds. Whatever exceeds
 * Discord's limits is split across pages (at most `maxPages`) or cut with an ellipsis.
 */
export function renderReply(reply: Reply): readonly DiscordPage[] {
  if (!Object.isFrozen(reply)) return render(reply);
  let pages = sharedPages.get(reply);
  if (!pages) {
    pages = deepFreeze(render(reply));
    sharedPages.set(reply, pages);
  }
  return pages;
}

function render(reply: Reply): DiscordPage[] {
  const structured = reply.blocks.some(
    (b) => b.kind === "heading" || b.kind === "fields" || b.kind === "skills",
  );
  const { sections, rows } = layout(reply.blocks);
  const textPages = structured ? embedPages(sections) : contentPages(sections, reply.summary);
  const buttonPages = chunk(rows, L.actionRows).slice(0, L.maxPages - 1);
  const kept = textPages.slice(0, Math.max(1, L.maxPages - Math.max(0, buttonPages.length - 1)));
  if (kept.length < textPages.length) markCut(kept);
  const [firstRows, ...moreRows] = buttonPages;
  const last = kept.at(-1);
  if (last && firstRows) last.components = firstRows.map(actionRow);
  return [
    ...kept,
    ...moreRows.map((rowsOfPage) => ({
      content: "",
      embeds: [],
      components: rowsOfPage.map(actionRow),
    })),
  ];
}

function layout(blocks: readonly Block[]): { sections: Section[]; rows: ButtonRow[] } {
  const sections: Section[] = [];
  let current: Section = { paragraphs: [], fields: [] };
  const startSection = () => {
    if (current.title !== undefined || current.paragraphs.length > 0 || current.fields.length > 0)
      sections.push(current);
    current = { paragraphs: [], fields: [] };
  };
  const rows: ButtonRow[] = [];
  const taken = new Set<string>();
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        startSection();
        current.title = truncate(escapeMarkdown(block.text), L.embedTitle);
        break;
      case "text":
        current.paragraphs.push(markdown(block.text));
        break;
      case "context":
        current.paragraphs.push(subtext(markdown(block.text)));
        break;
      case "skills":
        current.paragraphs.push(block.items.map(skillLine).join("\n"));
        break;
      case "fields":
        current.fields.push(
          ...block.fields.map((f) => ({
            name: truncate(escapeMarkdown(f.label), L.embedFieldName) || "\u200b",
            value: truncate(markdown(f.value), L.embedFieldValue) || "\u200b",
          })),
        );
        break;
      case "divider":
        startSection();
        break;
      case "buttons": {
        const long = block.buttons.some((b) => b.label.length > L.buttonLabel);
        // A cut label could hide the very answer a quiz asks for: list the full texts as well.
        if (long)
          current.paragraphs.push(
            block.buttons.map((b, i) => `**${i + 1}.** ${escapeMarkdown(b.label)}`).join("\n"),
          );
        const buttons: ButtonRow = [];
        for (const [i, b] of block.buttons.entries()) {
          const made = button(b, long ? i + 1 : undefined, taken);
          if (made) buttons.push(made);
        }
        rows.push(...chunk(buttons, L.buttonsPerRow));
        break;
      }
    }
  }
  startSection();
  return { sections, rows };
}

function button(
  b: Button,
  number: number | undefined,
  taken: Set<string>,
): APIButtonComponentWithCustomId | undefined {
  const customId = buttonCustomId(b.action, b.value, taken);
  // An id Discord cannot carry would be a button that does nothing: leave it out.
  if (!customId) return undefined;
  const label = number === undefined ? b.label : `${number}. ${b.label}`;
  return {
    type: ComponentType.Button,
    style: b.style ? STYLE[b.style] : ButtonStyle.Secondary,
    label: truncate(label.trim() || "…", L.buttonLabel),
    custom_id: customId,
  };
}

const actionRow = (buttons: ButtonRow): DiscordPage["components"][number] => ({
  type: ComponentType.ActionRow,
  components: buttons,
});

const subtextLine = (line: string) => (line.trim() ? `-# ${line}` : line);
const subtext = (text: string) =>
  text.includes("\n") ? text.split("\n").map(subtextLine).join("\n") : subtextLine(text);

function skillLine(item: SkillLine): string {
  let line = `• **${escapeMarkdown(item.name)}**${skillLevelText(item.level, item.target)}`;
  if (item.note) line += `\n   ${markdown(item.note)}`;
  if (item.resource?.url.startsWith("https://"))
    line += `\n   → [${escapeMarkdown(item.resource.title)}](<${item.resource.url}>)`;
  return line;
}

function contentPages(sections: readonly Section[], summary: string): DiscordPage[] {
  const text = sections.flatMap((s) => s.paragraphs).join("\n\n") || escapeMarkdown(summary);
  return splitText(text, L.content).map((content) => ({ content, embeds: [], components: [] }));
}

/** Marks the last kept page as cut short, within its own limits. */
function markCut(pages: DiscordPage[]): void {
  const last = pages.at(-1);
  const embed = last?.embeds.at(-1);
  if (!last) return;
  if (!embed) {
    last.content = truncate(`${last.content}\n${CUT_NOTE}`, L.content);
    return;
  }
  const description = embed.description ?? "";
  const others = last.embeds.reduce((n, e) => n + embedSize(e), 0) - description.length;
  const room = Math.min(L.embedDescription, L.embedTotal - others);
  embed.description = truncate(`${description}\n${CUT_NOTE}`, Math.max(1, room));
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
