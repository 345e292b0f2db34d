import { parseArgs } from "node:util";
import { commandFromText } from "../../../src/core/command-text.ts";
import type { Asker } from "../../../src/core/context.ts";
import { runDue } from "../../../src/features/daily/run-due.ts";
import { renderReply } from "../render.ts";
import { type CliIo, EXIT, type ExitCode, UsageError } from "./io.ts";
import { platformOutbox } from "./outbox.ts";
import { cliAsker, openSession } from "./session.ts";

const CHANNEL_COMMANDS = new Set(["daily", "streak", "leaderboard"]);

/**
 * `quiz [topic]` (shows a question and reads the number of an answer), `quiz daily on|off|status
 * --channel ID`, `quiz streak|leaderboard --channel ID`, and `quiz run-due [--at ISO] [--json]`
 * for external schedulers.
 */
export async function quizCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      user: { type: "string" },
      channel: { type: "string" },
      at: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const [first = ""] = positionals;
  if (first === "run-due") return runDueCommand(values.at, Boolean(values.json), io);
  const session = await openSession(io);
  try {
    const asker = cliAsker(values.user, io.env);
    if (CHANNEL_COMMANDS.has(first)) {
      // On the console the operator is at the keyboard: every user may manage the channel.
      const inChannel: Asker = {
        ...asker,
        where: { channel: values.channel ?? "console", kind: "channel", audience: "private" },
      };
      const reply = await session.bot.run(
        inChannel,
        commandFromText(`quiz ${positionals.join(" ")}`),
      );
      io.out(renderReply(reply).text);
      return EXIT.ok;
    }
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

/** Runs every daily quiz due at one instant, once (the same claims as the live scheduler), and exits. */
async function runDueCommand(at: string | undefined, json: boolean, io: CliIo): Promise<ExitCode> {
  const instant = at === undefined ? undefined : new Date(at);
  if (instant && Number.isNaN(instant.getTime()))
    throw new UsageError(`--at "${at}" is not an ISO date-time, e.g. 2026-11-27T09:30:00Z`);
  const session = await openSession(io);
  const delivery = await platformOutbox(session, io, json);
  try {
    const actions = await runDue(
      session.core,
      delivery.outbox,
      instant ?? session.core.clock.now(),
    );
    if (json) for (const action of actions) io.out(JSON.stringify(action));
    return EXIT.ok;
  } finally {
    await delivery.close();
    await session.close();
  }
}
