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
 * An interaction or webhook token in a URL path (Discord's are 60+ characters): a credential
 * for 15 minutes, so it leaves the URL before anything is written.
 */
const TOKEN_IN_PATH = /\/([\w.-]{60,})(?=\/|$|\?)/g;

/**
 * Errors as pino writes them, less what a platform client attaches: the body of the request
 * that failed (a person's profile or answer, on its way to them) and tokens in its URL.
 */
function errorWithoutContent(error: Error): pino.SerializedError {
  const written = pino.stdSerializers.err(error);
  delete written.requestBody;
  if (typeof written.url === "string") written.url = written.url.replace(TOKEN_IN_PATH, "/[token]");
  return written;
}

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
      serializers: { err: errorWithoutContent },
      base: { app: "skillbot" },
      ...(blank ? { hooks: { streamWrite: blank } } : {}),
    },
    typeof options.destination === "object"
      ? options.destination
      : pino.destination(options.destination ?? 2),
  );
}
