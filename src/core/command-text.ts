import { looksLikeLevel } from "../features/rate.ts";
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
  // What follows a command word, without politeness and final punctuation: "me please!" is "me".
  const plain = tail
    .toLowerCase()
    .replace(/[\s!?.,]+$/, "")
    .replace(/(?:^|\s+)please$/, "")
    .trim();
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
    case "mentors": {
      const lower = tail.toLowerCase();
      if (lower === "on" || lower === "off") return { name: "mentor-optin", on: lower === "on" };
      return withOptional({ name: "mentor" }, "skill", optional(tail));
    }
    case "quiz":
      // "quiz me on sql", as the quiz button says it, is "quiz sql".
      return quizCommand(rest, tail.replace(/^me\b\s*(?:(?:on|about|in)\b\s*)?/i, ""));
    case "review":
    case "reviews": {
      const nudge = tail.toLowerCase().match(/^(?:nudges?|reminders?)\s+(on|off)$/);
      return nudge ? { name: "review", nudge: nudge[1] === "on" } : { name: "review" };
    }
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

/** `quiz`, `quiz <topic>`, `quiz daily on|off|status …`, `quiz streak`, `quiz leaderboard [week|all|on|off]`. */
function quizCommand(rest: string[], tail: string): Command {
  const [first = "", second = "", ...more] = rest.map((w) => w.toLowerCase());
  if (first === "daily" && (second === "on" || second === "off" || second === "status")) {
    const options = rest.slice(2).join(" ").trim();
    return { name: "quiz-daily", action: second, ...(options ? { options } : {}) };
  }
  if (first === "daily" && !second) return { name: "quiz-daily", action: "status" };
  if (first === "streak" && !second) return { name: "quiz-streak" };
  if (first === "leaderboard" && more.length === 0) {
    if (second === "on" || second === "off")
      return { name: "quiz-leaderboard", listed: second === "on" };
    if (second === "week" || second === "weekly")
      return { name: "quiz-leaderboard", period: "week" };
    if (second === "all" || second === "all-time" || second === "alltime")
      return { name: "quiz-leaderboard", period: "all" };
    if (!second) return { name: "quiz-leaderboard" };
  }
  return tail ? { name: "quiz", topic: tail } : { name: "quiz" };
}

function withOptional<C extends Command, K extends string>(
  command: C,
  key: K,
  value: string | undefined,
): C {
  return value === undefined ? command : { ...command, [key]: value };
}
