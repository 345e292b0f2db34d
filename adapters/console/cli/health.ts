import { type CliIo, EXIT, type ExitCode } from "./io.ts";
import { openSession } from "./session.ts";

/** For Docker's HEALTHCHECK: the matrix loads and validates, and the store answers. */
export async function healthCommand(io: CliIo): Promise<ExitCode> {
  const session = await openSession(io);
  try {
    await session.store.ping();
    io.out(
      `ok: ${session.core.kb.name} (${session.core.kb.skills.length} skills), store ${session.store.kind}`,
    );
    return EXIT.ok;
  } catch {
    io.err("unhealthy: the store does not answer");
    return EXIT.badValue;
  } finally {
    await session.close();
  }
}
