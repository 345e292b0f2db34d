// What a person sees in a Slack message or view the app sent, as plain text and buttons.

export type SeenButton = { label: string; actionId: string; value: string };

/** Slack's rendering of mrkdwn we sent: formatting applied, mentions by id, links by label. */
export function shown(mrkdwn: string): string {
  return mrkdwn
    .replace(/\*([^*\n]+)\*/g, "$1")
    .replace(/(^|[^\w])_([^_\n]+)_(?![\w])/g, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/<@([A-Z0-9]+)>/g, "@$1")
    .replace(/<[^|>]+\|([^>]*)>/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const textOf = (v: unknown) => (isNode(v) && typeof v.text === "string" ? v.text : "");

/** Every text a person reads in these blocks, one line per piece. */
export function blocksText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return "";
  const lines: string[] = [];
  for (const block of blocks.filter(isNode)) {
    if (block.type === "header") lines.push(textOf(block.text));
    if (block.type === "section") {
      lines.push(shown(textOf(block.text)));
      if (Array.isArray(block.fields)) for (const f of block.fields) lines.push(shown(textOf(f)));
    }
    if (block.type === "context" && Array.isArray(block.elements))
      for (const e of block.elements) lines.push(shown(textOf(e)));
    if (block.type === "input") lines.push(textOf(block.label));
  }
  return lines.filter(Boolean).join("\n");
}

export function buttonsIn(blocks: unknown): SeenButton[] {
  if (!Array.isArray(blocks)) return [];
  return blocks
    .filter(isNode)
    .filter((b) => b.type === "actions" && Array.isArray(b.elements))
    .flatMap((b) => (b.elements as unknown[]).filter(isNode))
    .filter((e) => e.type === "button")
    .map((e) => ({
      label: textOf(e.text),
      actionId: String(e.action_id),
      value: String(e.value ?? ""),
    }));
}
