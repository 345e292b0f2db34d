import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/core/ports.ts";

/**
 * The Web API client's debug lines that quote a whole request or response: a person's profile on
 * its way to them, or a user's full Slack profile. Debug is for tracing calls, not their contents.
 */
const QUOTES_CONTENT = /^(http request (?:body|result)):.*$/s;

/**
 * The WebClient hands Slack's warnings on a call to `warnings.forEach(logger.warn)`, which adds
 * each one's index and the whole list: the line is the warning alone.
 */
function withoutForEachArguments(parts: unknown[]): unknown[] {
  const [item, index, list] = parts;
  const fromForEach =
    parts.length === 3 && typeof index === "number" && Array.isArray(list) && list[index] === item;
  return fromForEach ? [item] : parts;
}

/** Bolt's variadic log calls into our structured logger: errors keep their cause, text its words. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (given: unknown[]) => {
    const parts = withoutForEachArguments(given);
    const err = parts.find((p) => p instanceof Error);
    const words = parts
      .filter((p) => !(p instanceof Error))
      .map(String)
      .join(" ");
    return [err ? { err, source: "bolt" } : { source: "bolt" }, words] as const;
  };
  return {
    debug: (...parts: unknown[]) => {
      const [fields, words] = line(parts);
      log.debug(fields, words.replace(QUOTES_CONTENT, "$1 left out"));
    },
    info: (...parts: unknown[]) => log.info(...line(parts)),
    warn: (...parts: unknown[]) => log.warn(...line(parts)),
    error: (...parts: unknown[]) => log.error(...line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
