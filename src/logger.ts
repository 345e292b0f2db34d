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

/** Shorter values are not blanked: they would hit ordinary words, and no real credential is. */
const SHORTEST_SECRET = 6;

/**
 * pino JSON on stderr, so stdout stays free for CLI output. Besides the fields in REDACT, every
 * value in `secrets` is blanked wherever it shows up in a line (an error's message quoting a
 * token, say), as written and as JSON escapes it.
 */
export function createLogger(
  level: string,
  options: { secrets?: readonly string[]; destination?: number | pino.DestinationStream } = {},
): Logger {
  const forms = [
    ...new Set(
      (options.secrets ?? [])
        .filter((secret) => secret.length >= SHORTEST_SECRET)
        .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)]),
    ),
  ].sort((a, b) => b.length - a.length);
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: "[redacted]" },
      base: { app: "skillbot" },
      ...(forms.length > 0 ? { hooks: { streamWrite: (line) => blanked(line, forms) } } : {}),
    },
    typeof options.destination === "object"
      ? options.destination
      : pino.destination(options.destination ?? 2),
  );
}

function blanked(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets)
    if (out.includes(secret)) out = out.replaceAll(secret, "[redacted]");
  return out;
}
