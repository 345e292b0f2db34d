import pino from "pino";
import type { Logger } from "./core/ports.ts";

/** Where secrets could appear in log objects; pino replaces them before anything is written. */
const REDACT = [
  "token",
  "*.token",
  "*.*.token",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "apiKey",
  "*.apiKey",
  "secret",
  "*.secret",
  "*.signingSecret",
  "*.clientSecret",
  "*.botToken",
  "*.appToken",
];

/** pino JSON on stderr, so stdout stays free for CLI output. */
export function createLogger(level: string, destination = 2): Logger {
  return pino(
    { level, redact: { paths: REDACT, censor: "[redacted]" }, base: { app: "skillbot" } },
    pino.destination(destination),
  );
}
