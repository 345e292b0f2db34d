import type { Bot } from "../../src/core/bot.ts";
import type { IncomingEvent, Person } from "../../src/core/events.ts";
import type { Button, FormRequest, Reply } from "../../src/core/reply.ts";
import { CONSOLE_WHERE, eventFromLine } from "./parse.ts";
import { renderReply } from "./render.ts";

export type ChatIo = {
  out(text: string): void;
  lines(): AsyncIterable<string>;
  color: boolean;
};

/** The greeting, with an example from the loaded matrix so a team's own matrix shows its own. */
const welcome = (topic: string) =>
  `Skillbot. Ask a question ("what should I learn for ${topic}?"), type a command (help), or a number to press a button. Ctrl-D quits.`;
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

  show(reply: Reply): void {
    const rendered = renderReply(reply, this.#io, this.choices.length + 1);
    this.#io.out(rendered.text);
    this.choices.push(...rendered.choices);
  }

  /** Shows a reply, then its better version when a followUp (an explanation) arrives. */
  async showWithFollowUp(reply: Reply): Promise<void> {
    this.show(reply);
    if (!reply.followUp) return;
    const better = await reply.followUp.catch(() => undefined);
    if (better) this.show(better);
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
  const nextLine = async (prompt: string): Promise<string | undefined> => {
    io.out(prompt);
    const next = await input.next();
    return next.done ? undefined : next.value;
  };
  io.out(welcome(bot.core.kb.exampleTopicName));
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

/** Asks for each field in turn; a preset field is shown, not asked. */
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
    const numbered = field.kind === "radio" && field.options.length <= 10;
    const prompt = numbered
      ? `${field.label}:\n${field.options.map((o) => `  ${o.value}  ${o.label}${o.description ? ` — ${o.description}` : ""}`).join("\n")}\n${field.label}>`
      : `${field.label} (type a name)>`;
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
