import { createInterface } from "node:readline";

/** Where a CLI command reads and writes; tests pass their own to run commands in-process. */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  /** Input lines, read lazily (for `ask --stdin` and the console chat). */
  lines(): AsyncIterable<string>;
  env: Record<string, string | undefined>;
  /** Whether output may carry terminal colours. */
  color: boolean;
};

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    env: process.env,
    color: Boolean(process.stdout.isTTY),
  };
}

/** Exit codes: 1 for a value the person can correct, 2 for a usage error. */
export const EXIT = { ok: 0, badValue: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage mistake: wrong command, missing argument, unknown flag. */
export class UsageError extends Error {
  override name = "UsageError";
}
