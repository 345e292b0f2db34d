import { type CliIo, EXIT, type ExitCode, processIo, UsageError } from "./io.ts";
import { KB_USAGE, kbCommand } from "./kb.ts";

const DEFAULT_MATRIX = "knowledge/ml-engineer";

const USAGE = `usage: npm run skillbot -- <command>

${KB_USAGE}`;

/** Runs one CLI command; returns the exit code instead of exiting so tests can call it. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...args] = argv;
  const matrixDir = io.env.SKILLBOT_MATRIX || DEFAULT_MATRIX;
  try {
    switch (command) {
      case "kb":
        return kbCommand(args, io, matrixDir);
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return EXIT.ok;
      default:
        throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")
  );
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
}
