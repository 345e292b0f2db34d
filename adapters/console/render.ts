import { skillLevelText } from "../../src/core/messages.ts";
import type { Block, Button, Reply, SkillLine } from "../../src/core/reply.ts";
import type { RichText, Span } from "../../src/core/rich-text.ts";
import { CONSOLE_LIMITS } from "./limits.ts";

type Style = { color: boolean };
const ansi = (on: boolean, code: string, text: string) =>
  on ? `\u001b[${code}m${text}\u001b[0m` : text;

/** Strips terminal control characters from text we did not write, so nobody can repaint the screen. */
const clean = (text: string) =>
  [...text].filter((c) => c === "\n" || c === "\t" || !isControl(c.codePointAt(0) ?? 0)).join("");
const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);

function span(s: Span, style: Style): string {
  const body = clean(s.text);
  if (s.link) return `${body} (${clean(s.link)})`;
  // Without colour, backticks are how plain text shows code (a command to type, a query).
  if (s.code) return style.color ? ansi(true, "36", body) : `\`${body}\``;
  if (s.bold) return ansi(style.color, "1", body);
  if (s.italic) return ansi(style.color, "3", body);
  return body;
}

export const richText = (text: RichText, style: Style) => text.map((s) => span(s, style)).join("");

function skillLine(item: SkillLine, style: Style): string {
  const level = skillLevelText(item.level, item.target);
  const note = item.note ? richText(item.note, style) : "";
  const shortNote =
    note.length > CONSOLE_LIMITS.maxNoteChars
      ? `${note.slice(0, CONSOLE_LIMITS.maxNoteChars - 1)}…`
      : note;
  const resource = item.resource
    ? `\n    → ${clean(item.resource.title)}: ${clean(item.resource.url)}`
    : "";
  return `  • ${ansi(style.color, "1", clean(item.name))}${level}${shortNote ? `\n    ${shortNote}` : ""}${resource}`;
}

/**
 * Buttons become numbered choices; `choices` maps the number a person types back to the button.
 * Numbering continues from `firstChoice`, so earlier buttons stay pressable, as on Slack and Discord.
 */
export function renderReply(
  reply: Reply,
  style: Style = { color: false },
  firstChoice = 1,
): { text: string; choices: Button[] } {
  const lines: string[] = [];
  const choices: Button[] = [];
  const block = (b: Block) => {
    switch (b.kind) {
      case "heading":
        lines.push(ansi(style.color, "1;4", clean(b.text)));
        break;
      case "text":
        lines.push(richText(b.text, style));
        break;
      case "context":
        lines.push(ansi(style.color, "2", richText(b.text, style)));
        break;
      case "divider":
        lines.push("—".repeat(20));
        break;
      case "fields":
        for (const f of b.fields) lines.push(`  ${clean(f.label)}: ${richText(f.value, style)}`);
        break;
      case "skills": {
        const shown = b.items.slice(0, CONSOLE_LIMITS.maxSkillLines);
        for (const item of shown) lines.push(skillLine(item, style));
        if (b.items.length > shown.length)
          lines.push(`  … and ${b.items.length - shown.length} more`);
        break;
      }
      case "buttons":
        lines.push(
          b.buttons
            .map((button) => `[${firstChoice - 1 + choices.push(button)}] ${clean(button.label)}`)
            .join("  "),
        );
        break;
    }
  };
  reply.blocks.forEach(block);
  return { text: lines.join("\n"), choices };
}
