import { readConfig } from "../../src/config.ts";
import { secretBlanker, secretsIn } from "../../src/config-secrets.ts";
import { messageOf } from "../../src/core/errors.ts";
import { type CliIo, EXIT, type ExitCode, UsageError } from "../console/cli/io.ts";
import { registerCommands } from "./register.ts";

/** `npm run skillbot -- discord register`: prints what changed, one line per command. */
export async function discordCommand(args: readonly string[], io: CliIo): Promise<ExitCode> {
  if (args[0] !== "register" || args.length > 1) throw new UsageError("usage: discord register");
  const read = readConfig(io.env);
  if (!read.ok) {
    for (const error of read.errors) io.err(`config: ${error}`);
    return EXIT.badValue;
  }
  try {
    for (const line of await registerCommands(read.config)) io.out(line);
    return EXIT.ok;
  } catch (error) {
    // Usually a wrong token (401) or application id, or a guild the bot is not in (403).
    // Discord's answer is printed as it came, and a proxy's could quote the token.
    const blank = secretBlanker(secretsIn(read.config));
    io.err(`discord register failed: ${blank(messageOf(error))}`);
    return EXIT.badValue;
  }
}
