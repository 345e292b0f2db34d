import { type Booted, bootCore, MatrixInvalid } from "../../../src/boot.ts";
import { type Config, readConfig } from "../../../src/config.ts";
import type { Asker } from "../../../src/core/context.ts";
import { createLogger } from "../../../src/logger.ts";
import { CONSOLE_WHERE, consolePerson } from "../parse.ts";
import type { CliIo } from "./io.ts";

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
      log: createLogger(read.config.LOG_LEVEL),
    });
    return { ...booted, config: read.config };
  } catch (error) {
    if (error instanceof MatrixInvalid) throw new CliProblem(error.message);
    throw error;
  }
}

export function cliAsker(user: string | undefined, env: CliIo["env"]): Asker {
  const id = user ?? env.USER ?? "me";
  return { person: consolePerson(id, id), where: CONSOLE_WHERE };
}
