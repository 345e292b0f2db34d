import { parseArgs } from "node:util";
import { renderReply } from "../render.ts";
import { type CliIo, EXIT, type ExitCode } from "./io.ts";
import { cliAsker, openSession } from "./session.ts";

/** `quiz [topic]`: shows a question with numbered options and reads one answer line, if there is one. */
export async function quizCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { user: { type: "string" } },
  });
  const session = await openSession(io);
  try {
    const asker = cliAsker(values.user, io.env);
    const topic = positionals.join(" ").trim();
    const question = await session.bot.run(asker, { name: "quiz", ...(topic ? { topic } : {}) });
    const shown = renderReply(question);
    io.out(shown.text);
    io.out("answer>");
    for await (const line of io.lines()) {
      const pressed = shown.choices[Number(line.trim()) - 1];
      if (!pressed) {
        io.err(`Type a number from 1 to ${shown.choices.length}.`);
        return EXIT.badValue;
      }
      const result = await session.bot.handle({
        type: "action",
        ...asker,
        action: pressed.action,
        value: pressed.value,
      });
      io.out(renderReply(result).text);
      break;
    }
    return EXIT.ok;
  } finally {
    await session.close();
  }
}
