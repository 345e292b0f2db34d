import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../adapters/console/cli/io.ts";
import { runCli } from "../../adapters/console/cli/main.ts";

export type CliRun = { code: number; out: string; err: string };

/** A fresh SQLite store for a series of CLI runs, as a person would have between commands. */
export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    STORE_URL: `sqlite://${join(mkdtempSync(join(tmpdir(), "skillbot-cli-")), "cli.sqlite")}`,
    ...extra,
  };
}

/** Runs one CLI command in-process with the given stdin lines. */
export async function cli(
  argv: string[],
  env: Record<string, string>,
  stdin: string[] = [],
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    lines: async function* () {
      yield* stdin;
    },
    env,
    color: false,
  };
  const code = await runCli(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
