import { isSkillbotError, messageOf } from "../../../src/core/errors.ts";
import { errorText } from "../../../src/core/messages.ts";
import { plain } from "../../../src/core/rich-text.ts";
import { CONSOLE_LIMITS } from "../limits.ts";
import { CONSOLE_TEXT } from "../messages.ts";
import { askCommand } from "./ask.ts";
import { chatCommand } from "./chat.ts";
import { healthCommand } from "./health.ts";
import { type CliIo, EXIT, type ExitCode, processIo, terminalSafeIo, UsageError } from "./io.ts";
import { KB_USAGE, kbCommand } from "./kb.ts";
import { personCommand } from "./person-commands.ts";
import { quizCommand } from "./quiz.ts";
import { CliProblem } from "./session.ts";

const DEFAULT_MATRIX = "knowledge/ml-engineer";

const USAGE = `usage: npm run skillbot -- <command> [--user ID]

ask "<text>" [--json]             ask in plain words; --stdin: one question per line
path [track|area|skill]           your next steps
rate <skill> <0-4>                rate yourself
profile [track] [--json]          your ratings, gaps and last change
track [name]                      choose the track you measure yourself against
explain <skill>                   what a skill is, its rubric and resources
mentor <skill> | mentor on|off    find mentors, or offer to be one
quiz [skill|area|track]           one question; type the number of your answer
quiz daily on [HH:MM] [time zone] [weekdays] [topic|track|weakest] [--channel ID]   a channel's daily question
quiz daily off|status [--channel ID]    stop it; see when the next one comes
quiz streak [--channel ID]        your streak in a channel
quiz leaderboard [week|all|off] [--channel ID]   the channel's boards, or leave them
quiz run-due [--at ISO] [--json]  post every daily question due now, once, and exit (for cron)
forget-me --yes                   delete everything stored about you
chat                              the console chat
health                            ask the running bot on PORT if it is ready (Docker HEALTHCHECK)
discord register                  register /skills with Discord (DISCORD_GUILD_ID: one server)
${KB_USAGE}

environment: SKILLBOT_MATRIX, STORE_URL and the rest as for npm start (README, .env.example);
USER is who you are without --user; SKILLBOT_DEBUG=1 prints the stack trace of an unexpected error`;

const PERSON_COMMANDS = new Set([
  "rate",
  "profile",
  "path",
  "explain",
  "mentor",
  "track",
  "forget-me",
]);

/** Runs one CLI command; returns the exit code instead of exiting so tests can call it. */
export async function runCli(argv: string[], terminal: CliIo): Promise<ExitCode> {
  // The chat cleans what it renders itself, and keeps its colours; everything else is cleaned here.
  const io = terminalSafeIo(terminal);
  const [command, ...args] = argv;
  // As in the chat: the matcher's work grows too fast with length to take any text at all.
  if (argv.join(" ").length > CONSOLE_LIMITS.maxLineChars) {
    io.err(CONSOLE_TEXT.lineTooLong);
    return EXIT.badValue;
  }
  try {
    if (command === "kb") return kbCommand(args, io, io.env.SKILLBOT_MATRIX || DEFAULT_MATRIX);
    if (command === "ask") return await askCommand(args, io);
    if (command === "quiz") return await quizCommand(args, io);
    if (command === "chat") return await chatCommand(args, terminal);
    if (command === "health") return await healthCommand(io);
    // Loaded on demand: only this command needs discord.js.
    if (command === "discord")
      return await (await import("../../discord/cli.ts")).discordCommand(args, io);
    if (command && PERSON_COMMANDS.has(command)) return await personCommand(command, args, io);
    if (command === "help" || command === "--help" || command === "-h") {
      io.out(USAGE);
      return EXIT.ok;
    }
    throw new UsageError(command ? `unknown command "${command}"` : "no command given");
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (isSkillbotError(error)) {
      io.err(plain(errorText(error.details)));
      return EXIT.badValue;
    }
    if (error instanceof CliProblem) {
      io.err(error.message);
      return EXIT.badValue;
    }
    // A bug or an outage: one line for the person, never a stack trace (SKILLBOT_DEBUG=1 shows it).
    io.err(`skillbot: unexpected error: ${messageOf(error)}`);
    if (io.env.SKILLBOT_DEBUG) io.err(String(error instanceof Error ? error.stack : error));
    return EXIT.badValue;
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
