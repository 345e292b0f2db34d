import { isDeepStrictEqual } from "node:util";
import type { Bot } from "../../src/core/bot.ts";
import type { IncomingEvent, Person } from "../../src/core/events.ts";
import {
  type Button,
  type FormOption,
  type FormRequest,
  privateReply,
  type Reply,
} from "../../src/core/reply.ts";
import { CONSOLE_LIMITS } from "./limits.ts";
import { CONSOLE_TEXT } from "./messages.ts";
import { CONSOLE_WHERE, eventFromLine } from "./parse.ts";
import { renderReply } from "./render.ts";
import { terminalSafe } from "./terminal-text.ts";

export type ChatIo = {
  out(text: string): void;
  /** Asks for a line: on a terminal the cursor waits after the prompt, elsewhere it is a line. */
  prompt(text: string): void;
  lines(): AsyncIterable<string>;
  color: boolean;
};

const EXIT_WORDS = new Set(["quit", "exit", "bye"]);

/**
 * What the chat has shown: every button, numbered in order for the whole chat, so old buttons
 * stay pressable as they do on Slack and Discord. The adapter shares it to show posts (the
 * daily quiz) among the conversation.
 */
export class ConsoleScreen {
  readonly choices: Button[] = [];
  readonly #io: Pick<ChatIo, "out" | "color">;

  constructor(io: Pick<ChatIo, "out" | "color">) {
    this.#io = io;
  }

  /** `heading`: a line above the reply, printed with it (where a post was made). */
  show(reply: Reply, heading?: string): void {
    const rendered = renderReply(reply, this.#io, this.choices.length + 1);
    this.#io.out(heading === undefined ? rendered.text : `${heading}\n${rendered.text}`);
    this.choices.push(...rendered.choices);
  }

  /**
   * Shows a reply, then what its followUp adds (an explanation) when it arrives. A terminal
   * cannot replace what it printed, so only the new blocks are printed; a followUp that adds
   * nothing (the explanation failed) gets one line instead of the whole answer again.
   */
  async showWithFollowUp(reply: Reply): Promise<void> {
    this.show(reply);
    if (!reply.followUp) return;
    const better = await reply.followUp.catch(() => undefined);
    const added = (better?.blocks ?? []).filter(
      (block) => !reply.blocks.some((shown) => isDeepStrictEqual(shown, block)),
    );
    if (better && added.length > 0) this.show({ ...better, blocks: added });
    else
      this.show(privateReply([{ kind: "context", text: [{ text: CONSOLE_TEXT.noExplanation }] }]));
  }
}

/** The console chat: the same bot as Slack and Discord, buttons as numbered choices, forms as prompts. */
export async function runChat(
  bot: Bot,
  person: Person,
  io: ChatIo,
  screen = new ConsoleScreen(io),
): Promise<void> {
  const input = io.lines()[Symbol.asyncIterator]();
  /** The next line the bot can take; a longer one is refused and asked again, never run. */
  const nextLine = async (prompt: string): Promise<string | undefined> => {
    for (;;) {
      io.prompt(prompt);
      const next = await input.next();
      if (next.done) return undefined;
      if (next.value.length <= CONSOLE_LIMITS.maxLineChars) return next.value;
      io.out(CONSOLE_TEXT.lineTooLong);
    }
  };
  io.out(CONSOLE_TEXT.welcome(bot.core.kb.exampleTopicName));
  for (;;) {
    const line = await nextLine("you>");
    if (line === undefined || EXIT_WORDS.has(line.trim().toLowerCase())) return;
    if (!line.trim()) continue;
    let reply = await bot.handle(eventFromLine(line, screen.choices, person));
    if (reply.form) {
      screen.show(reply);
      const submitted = await fillForm(reply.form, person, nextLine);
      if (!submitted) return;
      reply = await bot.handle(submitted);
    }
    await screen.showWithFollowUp(reply);
  }
}

/** Asks for each field in turn; a preset field is shown, not asked. Labels come from the matrix. */
async function fillForm(
  form: FormRequest,
  person: Person,
  nextLine: (prompt: string) => Promise<string | undefined>,
): Promise<IncomingEvent | undefined> {
  const values: Record<string, string> = {};
  for (const field of form.fields) {
    if (field.initial !== undefined) {
      values[field.id] = field.initial;
      continue;
    }
    const label = terminalSafe(field.label);
    const numbered = field.kind === "radio" && field.options.length <= 10;
    const option = (o: FormOption) =>
      terminalSafe(`  ${o.value}  ${o.label}${o.description ? ` — ${o.description}` : ""}`);
    const prompt = numbered
      ? `${label}:\n${field.options.map(option).join("\n")}\n${label}>`
      : `${label} (type a name)>`;
    const answer = await nextLine(prompt);
    if (answer === undefined) return undefined;
    values[field.id] = answer.trim();
  }
  return {
    type: "form",
    person,
    where: CONSOLE_WHERE,
    form: form.id,
    values,
    ...(form.context ? { context: form.context } : {}),
  };
}
