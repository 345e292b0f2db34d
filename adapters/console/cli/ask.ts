import { parseArgs } from "node:util";
import type { Bot } from "../../../src/core/bot.ts";
import type { Asker } from "../../../src/core/context.ts";
import { CONSOLE_LIMITS } from "../limits.ts";
import { CONSOLE_TEXT } from "../messages.ts";
import { renderReply } from "../render.ts";
import { type CliIo, EXIT, type ExitCode, UsageError } from "./io.ts";
import { cliAsker, openSession } from "./session.ts";

/** `ask "<text>"`, or `ask --stdin` with one question per line; `--json` for tools. */
export async function askCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { user: { type: "string" }, json: { type: "boolean" }, stdin: { type: "boolean" } },
  });
  const question = positionals.join(" ").trim();
  if (values.stdin && question) throw new UsageError("ask takes a question or --stdin, not both");
  if (!values.stdin && !question)
    // Checked before the matrix is loaded, so the example fits any matrix.
    throw new UsageError('ask needs a question, e.g. ask "what should I learn next?"');
  const session = await openSession(io);
  try {
    const asker = cliAsker(values.user, io.env);
    const answer = async (text: string) =>
      io.out(await answerOne(session.bot, asker, text, Boolean(values.json)));
    if (!values.stdin) {
      await answer(question);
      return EXIT.ok;
    }
    // A line too long to answer is skipped, not cut: a cut question gets an answer to another one.
    let skipped = false;
    let number = 0;
    for await (const line of io.lines()) {
      number += 1;
      if (line.length > CONSOLE_LIMITS.maxLineChars) {
        io.err(`line ${number}: ${CONSOLE_TEXT.lineTooLong}`);
        skipped = true;
      } else if (line.trim()) await answer(line.trim());
    }
    return skipped ? EXIT.badValue : EXIT.ok;
  } finally {
    await session.close();
  }
}

async function answerOne(bot: Bot, asker: Asker, text: string, json: boolean): Promise<string> {
  const first = await bot
    .run(asker, { name: "ask", text })
    .catch(() => bot.handle({ type: "text", ...asker, text }));
  // A one-shot command has no message to update: wait for the explanation, if one is coming.
  const reply = first.followUp ? await first.followUp : first;
  const rendered = renderReply(reply).text;
  if (!json) return rendered;
  const analysis = bot.analyse(text);
  return JSON.stringify({
    intent: analysis.intent,
    areas: analysis.areas.map(({ id, name }) => ({ id, name })),
    skills: analysis.skills.map(({ id, name, areaId }) => ({ id, name, areaId })),
    text: rendered,
  });
}
