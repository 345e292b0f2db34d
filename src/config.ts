import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
/** A whole number in [min, max], `fallback` when unset. */
const wholeNumber = (fallback: number, min: number, max: number) =>
  optionalText
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(
      z
        .number({ error: "must be a whole number" })
        .int("must be a whole number")
        .min(min, `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );

/**
 * Slack's token kinds by the prefixes Slack documents (docs.slack.dev/authentication/tokens),
 * each with the setting it belongs in. A rotating token has `xoxe.` in front.
 */
type SlackTokenKind = { prefixes: readonly string[]; kind: string; setting?: string };
const BOT_TOKEN: SlackTokenKind = {
  prefixes: ["xoxb-", "xoxe.xoxb-"],
  kind: "a bot token",
  setting: "SLACK_BOT_TOKEN",
};
const APP_TOKEN: SlackTokenKind = {
  prefixes: ["xapp-"],
  kind: "an app-level token",
  setting: "SLACK_APP_TOKEN",
};
const USER_TOKEN: SlackTokenKind = { prefixes: ["xoxp-", "xoxe.xoxp-"], kind: "a user token" };

const kindOf = (token: string) =>
  [BOT_TOKEN, APP_TOKEN, USER_TOKEN].find(({ prefixes }) =>
    prefixes.some((prefix) => token.startsWith(prefix)),
  );

/**
 * A Slack token of the `expected` kind. One pasted into the wrong setting is refused by Slack
 * only once connected (a bot token kept Socket Mode retrying forever), so it is refused here,
 * naming its kind and never its value.
 */
const slackToken = (expected: SlackTokenKind) =>
  optionalText.refine((token) => token === undefined || kindOf(token) === expected, {
    error: ({ input }) => {
      const token = typeof input === "string" ? input : "";
      const found = kindOf(token);
      const where = found?.setting ? `goes in ${found.setting}` : "Skillbot does not use";
      const what = found
        ? `; this is ${found.kind}, which ${where}`
        : /^["']/.test(token)
          ? "; this one is in quotes, which are not stripped"
          : "";
      return `must be ${expected.kind}, which starts with ${expected.prefixes[0]}${what}`;
    },
  });

/**
 * Every setting comes from the environment through this schema; `.env.example` documents each.
 * Empty values count as unset, so a blank line in a .env file never half-configures a platform.
 */
export const ConfigSchema = z.object({
  SKILLBOT_MATRIX: optionalText.default("knowledge/ml-engineer"),
  STORE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(sqlite:\/\/.+|rediss?:\/\/.+|memory:\/\/)$/,
        "must be sqlite://<path>, redis://<host>:<port> or memory://",
      )
      // Checked here, so a bad port names STORE_URL instead of failing later as "Invalid URL".
      .refine((url) => !/^rediss?:/.test(url) || isRedisUrl(url), {
        error: "must be redis://[user:password@]<host>[:<port>][/<db number>]",
      })
      .optional(),
  ),
  LOG_LEVEL: optionalText.pipe(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  PORT: wholeNumber(3000, 0, 65535),
  SKILLBOT_ADMINS: optionalText.transform((v) =>
    v
      ? v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  ),

  SLACK_BOT_TOKEN: slackToken(BOT_TOKEN),
  // No documented prefix: the signing secret, and below the client and state secrets.
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: slackToken(APP_TOKEN),
  SLACK_API_URL: optionalText.pipe(z.url().optional()),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText,

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_BASE: optionalText.pipe(z.url().optional()),

  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
  OPENAI_MODEL: optionalText.pipe(z.string().default("gpt-4o-mini")),
  OPENAI_TIMEOUT_MS: wholeNumber(10_000, 100, 120_000),
  OPENAI_DAILY_QUOTA: wholeNumber(50, 0, 1_000_000),
});
export type Config = z.infer<typeof ConfigSchema>;

function isRedisUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.hostname !== "" && /^(\/\d*)?$/.test(url.pathname);
  } catch {
    return false;
  }
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Reads the environment; each bad variable is one line naming it (and never its value). */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    errors: result.error.issues.map(
      (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
    ),
  };
}
