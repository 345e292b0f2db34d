import { isDeepStrictEqual } from "node:util";
import type { Bot } from "../../src/core/bot.ts";
import type { Person } from "../../src/core/events.ts";
import { type Button, privateReply, type Reply } from "../../src/core/reply.ts";
import { fillForm } from "./form.ts";
import { CONSOLE_LIMITS } from "./limits.ts";
import { CONSOLE_TEXT } from "./messages.ts";
import { eventFromLine } from "./parse.ts";
import { renderReply } from "./render.ts";

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
  /** A line typed at a form that was meant for the chat: taken next, as if typed at `you>`. */
  let carried: string | undefined;
  for (;;) {
    const line = carried ?? (await nextLine("you>"));
    carried = undefined;
    if (line === undefined || EXIT_WORDS.has(line.trim().toLowerCase())) return;
    if (!line.trim()) continue;
    let reply = await bot.handle(eventFromLine(line, screen.choices, person));
    if (reply.form) {
      screen.show(reply);
      const filled = await fillForm(
        reply.form,
        person,
        { out: (text) => io.out(text), nextLine },
        bot.core.index,
      );
      if (filled.kind === "ended") return;
      if (filled.kind !== "submitted") {
        io.out(CONSOLE_TEXT.formLeft);
        if (filled.kind === "instead") carried = filled.line;
        continue;
      }
      reply = await bot.handle(filled.event);
    }
    await screen.showWithFollowUp(reply);
  }
}
