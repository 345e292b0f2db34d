import { skillLevelText } from "../../src/core/messages.ts";
import type { Block, Button, Reply, SkillLine } from "../../src/core/reply.ts";
import type { RichText, Span } from "../../src/core/rich-text.ts";
import { CONSOLE_LIMITS } from "./limits.ts";
import { terminalSafe } from "./terminal-text.ts";

type Style = { color: boolean };
const DIM = "2";

/**
 * `around`: the style of the line the text sits in. The reset that ends a span would end that
 * too, so it is turned back on after the span.
 */
const ansi = (on: boolean, code: string, text: string, around?: string) =>
  on ? `\u001b[${code}m${text}\u001b[0m${around ? `\u001b[${around}m` : ""}` : text;

function span(s: Span, style: Style, around?: string): string {
  const body = terminalSafe(s.text);
  if (s.link) return `${body} (${terminalSafe(s.link)})`;
  // Without colour, backticks are how plain text shows code (a command to type, a query).
  if (s.code) return style.color ? ansi(true, "36", body, around) : `\`${body}\``;
  if (s.bold) return ansi(style.color, "1", body, around);
  if (s.italic) return ansi(style.color, "3", body, around);
  return body;
}

export const richText = (text: RichText, style: Style, around?: string) =>
  text.map((s) => span(s, style, around)).join("");

function skillLine(item: SkillLine, style: Style): string {
  const level = skillLevelText(item.level, item.target);
  const note = item.note ? richText(item.note, style) : "";
  const shortNote =
    note.length > CONSOLE_LIMITS.maxNoteChars
      ? `${note.slice(0, CONSOLE_LIMITS.maxNoteChars - 1)}…`
      : note;
  const resource = item.resource
    ? `\n    → ${terminalSafe(item.resource.title)}: ${terminalSafe(item.resource.url)}`
    : "";
  return `  • ${ansi(style.color, "1", terminalSafe(item.name))}${level}${shortNote ? `\n    ${shortNote}` : ""}${resource}`;
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
        lines.push(ansi(style.color, "1;4", terminalSafe(b.text)));
        break;
      case "text":
        lines.push(richText(b.text, style));
        break;
      case "context":
        lines.push(ansi(style.color, DIM, richText(b.text, style, DIM)));
        break;
      case "divider":
        lines.push("—".repeat(20));
        break;
      case "fields":
        for (const f of b.fields)
          lines.push(`  ${terminalSafe(f.label)}: ${richText(f.value, style)}`);
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
            .map(
              (button) =>
                `[${firstChoice - 1 + choices.push(button)}] ${terminalSafe(button.label)}`,
            )
            .join("  "),
        );
        break;
    }
  };
  reply.blocks.forEach(block);
  return { text: lines.join("\n"), choices };
}
