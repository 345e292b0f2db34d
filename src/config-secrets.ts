import type { Config } from "./config.ts";

/** Settings whose values are credentials: never to be written to a log or a reply. */
const SECRET_SETTINGS = [
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "DISCORD_TOKEN",
  "OPENAI_API_KEY",
] as const satisfies readonly (keyof Config)[];

/**
 * The credentials in a configuration: the secret settings, and the password of a store URL
 * (redis://user:password@host). A library's error message can quote any of them (a 401 that
 * echoes the key, a connection error with the URL), so the logger blanks them wherever they
 * appear, not only in the fields it knows.
 */
export function secretsIn(config: Config): string[] {
  const secrets: string[] = SECRET_SETTINGS.flatMap((name) => config[name] ?? []);
  const password = passwordOf(config.STORE_URL);
  if (password) secrets.push(password, decoded(password));
  return [...new Set(secrets)];
}

/** A URL part as its owner typed it; as written when its %-escapes are broken ("pa%zz"). */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).password || undefined;
  } catch {
    return undefined;
  }
}

/** Shorter values are not blanked: they would hit ordinary words, and no real credential is. */
const SHORTEST_SECRET = 6;

/**
 * A function that blanks each of `secrets` wherever it appears in a text: an error message
 * from a library (a 401 quoting the token), a log line. `json`: also as JSON escapes it, for
 * text that is JSON.
 */
export function secretBlanker(
  secrets: readonly string[],
  options: { json?: boolean } = {},
): (text: string) => string {
  const forms = [
    ...new Set(
      secrets
        .filter((secret) => secret.length >= SHORTEST_SECRET)
        .flatMap((secret) =>
          options.json ? [secret, JSON.stringify(secret).slice(1, -1)] : [secret],
        ),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of forms)
      if (out.includes(secret)) out = out.replaceAll(secret, "[redacted]");
    return out;
  };
}
