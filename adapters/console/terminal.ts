import type { Readable } from "node:stream";
import type { ChatIo } from "./chat.ts";
import { typedLines } from "./input-lines.ts";

/** Where the console chat runs: this process's terminal, or a test's streams. */
export type ConsoleTerminal = {
  input: Readable & { isTTY?: boolean };
  output: { write(text: string): unknown; isTTY?: boolean };
  env: { USER?: string | undefined };
  /** The person closed the chat (Ctrl-D, quit). */
  closed(): void;
};

export const processTerminal = (): ConsoleTerminal => ({
  input: process.stdin,
  output: process.stdout,
  env: process.env,
  // Shuts the whole bot down the normal way, as Ctrl-C would.
  closed: () => process.kill(process.pid, "SIGTERM"),
});

/**
 * The chat's io on a terminal. When a person types at one, a prompt keeps the cursor on its line
 * (their typing and Enter end it, as in a shell); text that arrives while it waits (a daily quiz
 * post) goes on lines of its own, with the prompt shown again below it. Piped in or out, a prompt
 * is a line of its own, so a transcript stays readable.
 */
export function terminalChatIo(
  terminal: Pick<ConsoleTerminal, "input" | "output">,
): ChatIo & { close(): void } {
  const typing = Boolean(terminal.input.isTTY && terminal.output.isTTY);
  const write = (text: string) => void terminal.output.write(text);
  let waitingAfter: string | undefined;
  const out = (text: string) => {
    if (waitingAfter === undefined) write(`${text}\n`);
    else write(`\n${text}\n${waitingAfter} `);
  };
  // Ctrl-D leaves the cursor after the prompt (and what was half typed): end that line first.
  const endWaiting = () => {
    if (waitingAfter !== undefined) write("\n");
    waitingAfter = undefined;
  };
  const source = typedLines(terminal.input, (note) => {
    endWaiting();
    write(`${note}\n`);
  });
  return {
    out,
    prompt(text) {
      if (!typing) return write(`${text}\n`);
      write(`${text} `);
      waitingAfter = text;
    },
    async *lines() {
      for await (const line of source) {
        waitingAfter = undefined;
        yield line;
      }
      endWaiting();
    },
    color: Boolean(terminal.output.isTTY),
    close: () => source.close(),
  };
}
