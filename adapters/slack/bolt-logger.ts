import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/core/ports.ts";

/** Bolt's variadic log calls into our structured logger: errors keep their cause, text its words. */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) => {
    const err = parts.find((p) => p instanceof Error);
    const words = parts
      .filter((p) => !(p instanceof Error))
      .map(String)
      .join(" ");
    return [err ? { err, source: "bolt" } : { source: "bolt" }, words] as const;
  };
  return {
    debug: (...parts: unknown[]) => log.debug(...line(parts)),
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
