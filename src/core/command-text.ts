import { looksLikeLevel } from "../features/rate.ts";
import { SkillbotError } from "./errors.ts";
import type { Command } from "./events.ts";

/**
 * Reads a typed command ("rate python 3", "mentor on", "forget me"). Text that does not start
 * with a command word is a question for `ask`. Slack's `/skills <text>`, mentions, DMs and
 * the console all come through here, so they accept the same words.
 */
export function commandFromText(input: string): Command {
  const text = input.trim().replace(/\s+/g, " ");
  const [head = "", ...rest] = text.split(" ");
  const word = head.toLowerCase().replace(/[!?.:]+$/, "");
  const tail = rest.join(" ").trim();
  const plain = plainOf(tail);
  const optional = (value: string) => (value ? value : undefined);

  switch (word) {
    case "":
    case "help":
    case "?":
    case "commands":
      return tail && word !== "" && plain !== "me" && plain !== ""
        ? { name: "ask", text }
        : { name: "help" };
    case "rate": {
      if (!tail) return { name: "rate" };
      const last = rest.at(-1) ?? "";
      if (rest.length >= 2 && looksLikeLevel(last))
        return { name: "rate", skill: rest.slice(0, -1).join(" "), level: last };
      return { name: "rate", skill: tail };
    }
    case "profile":
    case "me":
      return withOptional({ name: "profile" }, "track", optional(tail));
    case "path":
    case "learn":
    case "next":
      return withOptional({ name: "path" }, "topic", optional(tail));
    case "explain":
    case "about":
      return tail ? { name: "explain", skill: tail } : { name: "help" };
    case "track":
      return withOptional({ name: "track" }, "track", optional(tail));
    case "mentor":
    case "mentors":
      if (plain === "on" || plain === "off") return { name: "mentor-optin", on: plain === "on" };
      return withOptional({ name: "mentor" }, "skill", optional(tail));
    case "quiz":
      // "quiz me on sql", as the quiz button says it, is "quiz sql".
      return quizCommand(rest, tail.replace(/^me\b\s*(?:(?:on|about|in)\b\s*)?/i, ""));
    case "review":
    case "reviews":
      return reviewCommand(plain);
    case "streak":
      return { name: "quiz-streak" };
    case "leaderboard":
      return quizCommand(["leaderboard", ...rest], `leaderboard ${tail}`);
    case "forget":
    case "forget-me":
    case "forgetme":
      if (word === "forget" && plain !== "me") return { name: "ask", text };
      return { name: "forget-me" };
    case "delete":
    case "erase":
      // "delete my data": forget-me asks for a confirmation before anything goes.
      return /^(?:me|my data|all my data|everything about me|my account)$/.test(plain)
        ? { name: "forget-me" }
        : { name: "ask", text };
    default:
      return { name: "ask", text };
  }
}

/** What follows a command word, without politeness and final punctuation: "me please!" is "me". */
function plainOf(tail: string): string {
  return tail
    .toLowerCase()
    .replace(/[\s!?.,]+$/, "")
    .replace(/(?:^|\s+)please$/, "")
    .trim();
}

/**
 * `quiz`, `quiz <topic>`, `quiz daily on|off|status …`, `quiz streak`, `quiz leaderboard [week|all|on|off]`.
 * A word after `daily` or `leaderboard` that is none of their options is said to be one, not
 * looked up as a skill.
 */
function quizCommand(rest: string[], tail: string): Command {
  const [first = "", second = ""] = rest.map((w) => w.toLowerCase().replace(/[!?.,]+$/, ""));
  const after = plainOf(rest.slice(1).join(" "));
  if (first === "daily") {
    if (second === "on" || second === "off" || second === "status") {
      const options = rest.slice(2).join(" ").trim();
      return { name: "quiz-daily", action: second, ...(options ? { options } : {}) };
    }
    if (!after) return { name: "quiz-daily", action: "status" };
    throw invalidOption("quiz daily", after, ["on", "off", "status"]);
  }
  if (first === "streak" && !second) return { name: "quiz-streak" };
  if (first === "leaderboard") return leaderboardCommand(after);
  return tail ? { name: "quiz", topic: tail } : { name: "quiz" };
}

const WEEK = new Set(["week", "weekly", "this week"]);
const ALL_TIME = new Set(["all", "all-time", "alltime", "all time", "ever"]);

function leaderboardCommand(option: string): Command {
  if (!option) return { name: "quiz-leaderboard" };
  if (option === "on" || option === "off")
    return { name: "quiz-leaderboard", listed: option === "on" };
  if (WEEK.has(option)) return { name: "quiz-leaderboard", period: "week" };
  if (ALL_TIME.has(option)) return { name: "quiz-leaderboard", period: "all" };
  throw invalidOption("quiz leaderboard", option, ["week", "all", "on", "off"]);
}

/** `review`, `review nudge on|off` (or `reminders`). */
function reviewCommand(plain: string): Command {
  const [setting = "", ...value] = plain.split(" ");
  if (!/^(?:nudges?|reminders?)$/.test(setting)) return { name: "review" };
  const choice = value.join(" ");
  if (choice === "on" || choice === "off") return { name: "review", nudge: choice === "on" };
  if (!choice)
    throw new SkillbotError({
      code: "MissingArgument",
      command: "review nudge",
      example: "review nudge off",
    });
  throw invalidOption("review nudge", choice, ["on", "off"]);
}

const invalidOption = (command: string, given: string, options: readonly string[]) =>
  new SkillbotError({
    code: "InvalidOption",
    command,
    given,
    accepted: options.map((option) => `${command} ${option}`),
  });

function withOptional<C extends Command, K extends string>(
  command: C,
  key: K,
  value: string | undefined,
): C {
  return value === undefined ? command : { ...command, [key]: value };
}
