import { processTerminal, terminalChatIo } from "../terminal.ts";
import { terminalSafe } from "../terminal-text.ts";

/** Where a CLI command reads and writes; tests pass their own to run commands in-process. */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  /** Asks for a line in the chat; without it, the prompt is printed as a line. */
  prompt?(text: string): void;
  /** Input lines, read lazily (for `ask --stdin` and the console chat). */
  lines(): AsyncIterable<string>;
  env: Record<string, string | undefined>;
  /** Whether output may carry terminal colours. */
  color: boolean;
};

/** This process's terminal, read and written the way the console chat of `npm start` does. */
export function processIo(): CliIo {
  const terminal = terminalChatIo(processTerminal());
  return {
    out: terminal.out,
    err: (text) => process.stderr.write(`${text}\n`),
    prompt: terminal.prompt,
    lines: terminal.lines,
    env: process.env,
    color: terminal.color,
  };
}

/**
 * The io with every line cleaned of terminal control characters: what commands print quotes
 * arguments, matrix files and stored ids, any of which may carry an escape sequence.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    out: (text) => io.out(terminalSafe(text)),
    err: (text) => io.err(terminalSafe(text)),
  };
}

/** Exit codes: 1 for a value the person can correct, 2 for a usage error. */
export const EXIT = { ok: 0, badValue: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage mistake: wrong command, missing argument, unknown flag. */
export class UsageError extends Error {
  override name = "UsageError";
}
