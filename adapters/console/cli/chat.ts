import { parseArgs } from "node:util";
import { runChat } from "../chat.ts";
import { type CliIo, EXIT, type ExitCode } from "./io.ts";
import { cliAsker, openSession } from "./session.ts";

export async function chatCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { user: { type: "string" } } });
  const session = await openSession(io);
  try {
    await runChat(session.bot, cliAsker(values.user, io.env).person, {
      out: io.out,
      prompt: io.prompt ?? io.out,
      lines: io.lines,
      color: io.color,
    });
    return EXIT.ok;
  } finally {
    await session.close();
  }
}
