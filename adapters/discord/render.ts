import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import { derivedOnce } from "../../src/core/deep-freeze.ts";
import { skillLevelText } from "../../src/core/messages.ts";
import type { Block, Button, Reply, SkillLine } from "../../src/core/reply.ts";
import { commandLabel } from "./command-label.ts";
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
 * `server`: the guild a page sent by DM acts for (its buttons carry it, see custom-id.ts).
 */
export function renderReply(reply: Reply, server?: string): readonly DiscordPage[] {
  if (server) return render(reply, server);
  return derivedOnce<Reply, readonly DiscordPage[]>(sharedPages, reply, render);
}

function render(reply: Reply, server?: string): DiscordPage[] {
  const { sections, rows, structured } = layout(reply.blocks, server);
  const textPages = structured ? embedPages(sections) : contentPages(sections, reply.summary);
  // Nearly every reply is one page with at most five rows of buttons: no copies for that case.
  const buttonPageCount = Math.min(Math.ceil(rows.length / L.actionRows), L.maxPages - 1);
  const keep = Math.max(1, L.maxPages - Math.max(0, buttonPageCount - 1));
  const pages = textPages.length > keep ? textPages.slice(0, keep) : textPages;
  if (pages.length < textPages.length) markCut(pages);
  const last = pages.at(-1);
  for (let page = 0; page < buttonPageCount; page++) {
    const components = rows.slice(page * L.actionRows, (page + 1) * L.actionRows).map(actionRow);
    if (page === 0 && last) last.components = components;
    else pages.push({ content: "", embeds: [], components });
  }
  return pages;
}

/**
 * The blocks as sections (text joined as it comes, no arrays of paragraphs) and rows of buttons;
 * `structured` when anything needs an embed.
 */
function layout(
  blocks: readonly Block[],
  server: string | undefined,
): {
  sections: Section[];
  rows: ButtonRow[];
  structured: boolean;
} {
  const sections: Section[] = [];
  let current: Section = {};
  const startSection = () => {
    if (current.title !== undefined || current.text !== undefined || current.fields)
      sections.push(current);
    current = {};
  };
  const add = (paragraph: string) => {
    current.text = current.text === undefined ? paragraph : `${current.text}\n\n${paragraph}`;
  };
  const rows: ButtonRow[] = [];
  let taken: Set<string> | undefined;
  let structured = false;
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        structured = true;
        startSection();
        current.title = truncate(escapeMarkdown(block.text), L.embedTitle);
        break;
      case "text":
        add(markdown(block.text));
        break;
      case "context":
        add(subtext(markdown(block.text)));
        break;
      case "skills":
        structured = true;
        add(block.items.map(skillLine).join("\n"));
        break;
      case "fields":
        structured = true;
        current.fields ??= [];
        for (const f of block.fields)
          current.fields.push({
            // A command as Discord users type it, when the field names one (help).
            name:
              truncate(
                escapeMarkdown((f.command && commandLabel(f.command)) || f.label),
                L.embedFieldName,
              ) || "\u200b",
            value: truncate(markdown(f.value), L.embedFieldValue) || "\u200b",
          });
        break;
      case "divider":
        startSection();
        break;
      case "buttons": {
        const long = block.buttons.some((b) => b.label.length > L.buttonLabel);
        // A cut label could hide the very answer a quiz asks for: list the full texts as well.
        if (long)
          add(block.buttons.map((b, i) => `**${i + 1}.** ${escapeMarkdown(b.label)}`).join("\n"));
        taken ??= new Set();
        let row: ButtonRow | undefined;
        let number = 0;
        for (const b of block.buttons) {
          number++;
          const made = button(b, long ? number : undefined, taken, server);
          if (!made) continue;
          if (!row || row.length === L.buttonsPerRow) {
            row = [];
            rows.push(row);
          }
          row.push(made);
        }
        break;
      }
    }
  }
  startSection();
  return { sections, rows, structured };
}

function button(
  b: Button,
  number: number | undefined,
  taken: Set<string>,
  server: string | undefined,
): APIButtonComponentWithCustomId | undefined {
  const customId = buttonCustomId(b.action, b.value, taken, server);
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
  let joined: string | undefined;
  for (const section of sections) {
    if (section.text === undefined) continue;
    joined = joined === undefined ? section.text : `${joined}\n\n${section.text}`;
  }
  const text = joined || escapeMarkdown(summary);
  if (text.length <= L.content) return [{ content: text, embeds: [], components: [] }];
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
