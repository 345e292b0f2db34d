import { type ActionId, FORM_OPENERS, type FormId } from "./actions.ts";
import type { Command } from "./events.ts";
import { plain, type RichText } from "./rich-text.ts";

export type Button = {
  action: ActionId;
  /** Short, opaque payload the action gets back (an id, an index): never personal data. */
  value: string;
  label: string;
  style?: "primary" | "danger";
};

/** One line of a skill list: what the skill is, where the person stands, what to do next. */
export type SkillLine = {
  skillId: string;
  name: string;
  level?: number;
  target?: number;
  note?: RichText;
  resource?: { title: string; url: string };
};

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "text"; text: RichText }
  | { kind: "skills"; items: SkillLine[] }
  | {
      kind: "fields";
      /**
       * `command`: the command a field describes (help), so a platform that spells commands
       * its own way (Discord's /skills subcommands) can label it so; `label` is how words say it.
       */
      fields: { label: string; value: RichText; command?: Command["name"] }[];
    }
  | { kind: "buttons"; buttons: Button[] }
  | { kind: "context"; text: RichText }
  | { kind: "divider" };

export type FormOption = { value: string; label: string; description?: string };
export type FormField =
  | { kind: "select"; id: string; label: string; options: FormOption[]; initial?: string }
  | { kind: "radio"; id: string; label: string; options: FormOption[]; initial?: string };

/** A request to open a form (Slack modal, Discord modal, console prompts). */
export type FormRequest = {
  id: FormId;
  title: string;
  submitLabel: string;
  fields: FormField[];
  /** Opaque state handed back with the submission. */
  context?: string;
};

/** What the core answers; adapters render it and never decide content. */
export type Reply = {
  /** Private replies are seen only by the person (ephemeral, DM, App Home). */
  visibility: "private" | "public";
  blocks: Block[];
  /** One plain line: notification text and the fallback where blocks cannot be shown. */
  summary: string;
  form?: FormRequest;
  /**
   * A better answer that takes longer (an LLM explanation). Adapters send this reply at once
   * and, when `followUp` settles, replace it with the result; a rejection keeps the first reply.
   */
  followUp?: Promise<Reply>;
};

/**
 * For a place where a form cannot open right away (a message, a deferred answer, a missing
 * trigger): the reply plus a button that asks for the form again, since a button press can
 * open it. Unchanged when there is no form or the button is already there.
 */
export function withFormOpener(reply: Reply): Reply {
  const form = reply.form;
  if (!form) return reply;
  const action = FORM_OPENERS[form.id];
  if (
    reply.blocks.some(
      (b) => b.kind === "buttons" && b.buttons.some((button) => button.action === action),
    )
  )
    return reply;
  const preset = form.fields.find((f) => f.initial !== undefined)?.initial ?? "";
  return {
    ...reply,
    blocks: [
      ...reply.blocks,
      {
        kind: "buttons",
        buttons: [{ action, value: preset, label: form.title, style: "primary" }],
      },
    ],
  };
}

export function privateReply(blocks: Block[], summary?: string): Reply {
  return { visibility: "private", blocks, summary: summary ?? summarise(blocks) };
}

export function publicReply(blocks: Block[], summary?: string): Reply {
  return { visibility: "public", blocks, summary: summary ?? summarise(blocks) };
}

/**
 * A reply seen by whoever saw the question: only the person after a slash command or in a DM,
 * the channel after a mention there.
 */
export function replyAsAsked(audience: "private" | "public", blocks: Block[]): Reply {
  return audience === "private" ? privateReply(blocks) : publicReply(blocks);
}

/** The first readable line of a reply, for the fallback text. */
export function summarise(blocks: readonly Block[]): string {
  for (const block of blocks) {
    if (block.kind === "heading") return block.text;
    if (block.kind === "text") return plain(block.text).split("\n")[0] ?? "";
  }
  return "Skillbot";
}
