import pino from "pino";
import { secretBlanker } from "./config-secrets.ts";
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

/**
 * pino JSON on stderr, so stdout stays free for CLI output. Besides the fields in REDACT, every
 * value in `secrets` is blanked wherever it shows up in a line (an error's message quoting a
 * token, say), as written and as JSON escapes it.
 */
export function createLogger(
  level: string,
  options: { secrets?: readonly string[]; destination?: number | pino.DestinationStream } = {},
): Logger {
  const blank = options.secrets?.length
    ? secretBlanker(options.secrets, { json: true })
    : undefined;
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: "[redacted]" },
      base: { app: "skillbot" },
      ...(blank ? { hooks: { streamWrite: blank } } : {}),
    },
    typeof options.destination === "object"
      ? options.destination
      : pino.destination(options.destination ?? 2),
  );
}
