import { type Booted, bootCore, MatrixInvalid } from "../../../src/boot.ts";
import { type Config, readConfig } from "../../../src/config.ts";
import { secretsIn } from "../../../src/config-secrets.ts";
import type { Asker } from "../../../src/core/context.ts";
import { PersonSchema } from "../../../src/core/events.ts";
import { createLogger } from "../../../src/logger.ts";
import { CONSOLE_WHERE, consolePerson, consoleUserFrom } from "../parse.ts";
import { type CliIo, UsageError } from "./io.ts";

/** A value the person can fix (bad config, broken matrix): printed as is, exit 1. */
export class CliProblem extends Error {
  override name = "CliProblem";
}

/** Boots the same core `npm start` runs, with logs quiet unless LOG_LEVEL says otherwise. */
export async function openSession(io: CliIo): Promise<Booted & { config: Config }> {
  const read = readConfig({ LOG_LEVEL: "warn", ...io.env });
  if (!read.ok) throw new CliProblem(read.errors.map((e) => `config: ${e}`).join("\n"));
  try {
    const booted = await bootCore({
      config: read.config,
      log: createLogger(read.config.LOG_LEVEL, { secrets: secretsIn(read.config) }),
    });
    return { ...booted, config: read.config };
  } catch (error) {
    if (error instanceof MatrixInvalid) throw new CliProblem(error.message);
    throw error;
  }
}

export function cliAsker(user: string | undefined, env: CliIo["env"]): Asker {
  // The id is a key in the store: one it cannot hold is refused before anything is saved.
  if (user !== undefined && !PersonSchema.shape.user.safeParse(user).success)
    throw new UsageError(
      `--user must be 1–64 letters, digits or _.@+- (got ${JSON.stringify(user)})`,
    );
  const id = user ?? consoleUserFrom(env);
  return { person: consolePerson(id, id), where: CONSOLE_WHERE };
}
