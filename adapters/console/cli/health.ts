import { readConfig } from "../../../src/config.ts";
import { HEALTH_PATHS } from "../../../src/health-server.ts";
import { type CliIo, EXIT, type ExitCode } from "./io.ts";

/** Within Docker's HEALTHCHECK --timeout, so a hung bot gets our line instead of a kill. */
const PROBE_TIMEOUT_MS = 3_000;

/**
 * For Docker's HEALTHCHECK: asks the running bot on this machine whether it is ready (its
 * `/readyz` on PORT: every platform connected and the store answering). 0 when it is, else 1.
 */
export async function healthCommand(
  io: CliIo,
  deadline: AbortSignal = AbortSignal.timeout(PROBE_TIMEOUT_MS),
): Promise<ExitCode> {
  const read = readConfig(io.env);
  if (!read.ok) {
    for (const error of read.errors) io.err(`config: ${error}`);
    return EXIT.badValue;
  }
  const port = read.config.PORT;
  if (port === 0) {
    io.err("unhealthy: PORT is 0 (any free port), so there is no known port to ask");
    return EXIT.badValue;
  }
  const where = `the bot on port ${port}`;
  try {
    const answer = await fetch(`http://127.0.0.1:${port}${HEALTH_PATHS.ready}`, {
      signal: deadline,
    });
    await answer.body?.cancel();
    if (answer.status === 200) {
      io.out(`ready: ${where} answers ${HEALTH_PATHS.ready}`);
      return EXIT.ok;
    }
    io.err(`not ready: ${where} answered ${HEALTH_PATHS.ready} with ${answer.status}`);
  } catch (error) {
    const reason = reasonOf(error);
    if (deadline.aborted)
      io.err(`unhealthy: ${where} did not answer ${HEALTH_PATHS.ready} in time`);
    else if (reason === "ECONNREFUSED")
      io.err(`unhealthy: nothing answers on port ${port}; is the bot running?`);
    else io.err(`unhealthy: could not ask ${where}: ${reason}`);
  }
  return EXIT.badValue;
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ECONNRESET, bad port) in its cause. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === "object" && "code" in cause) return String(cause.code);
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

if (import.meta.main) {
  // Docker's HEALTHCHECK runs this file with node: no npm, and none of the other commands loaded.
  process.exitCode = await healthCommand({
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    lines: async function* () {},
    env: process.env,
    color: false,
  });
}
