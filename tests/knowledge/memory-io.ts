import type { CliIo } from "../../adapters/console/cli/io.ts";
import { runCli } from "../../adapters/console/cli/main.ts";

export type CliRun = { code: number; out: string[]; err: string[]; stdout: string };

/** Runs one CLI command in-process, capturing what a terminal would show. */
export async function cli(argv: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    lines: async function* () {},
    env,
    color: false,
  };
  const code = await runCli(argv, io);
  return { code, out, err, stdout: out.join("\n") };
}
