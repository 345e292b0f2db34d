import type { Config } from "../../src/config.ts";
import { SLACK_TIMING } from "./limits.ts";

/** The one slash command, as declared in manifest.yaml. */
export const SLASH_COMMAND = "/skills";
/**
 * Every slash command this app receives is that one, under whatever name the workspace gave it
 * in its manifest (`/skill` for a staging app): Slack only sends an app its own commands.
 */
export const ANY_SLASH_COMMAND = /^\//;
/** Where Slack sends events, commands and interactions in HTTP mode. */
export const EVENTS_PATH = "/slack/events";
export const INSTALL_PATHS = {
  install: "/slack/install",
  redirect: "/slack/oauth_redirect",
} as const;
/** Slack's own bodies are a few kB; Bolt would read 4 MB before refusing. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The least the bot needs; manifest.yaml lists the same (a test keeps them equal). */
export const BOT_SCOPES = [
  "app_mentions:read",
  "channels:read",
  "chat:write",
  "commands",
  "im:history",
  "users:read",
] as const;

export type SlackSettings = {
  transport: { kind: "http"; signingSecret: string } | { kind: "socket"; appToken: string };
  auth:
    | { kind: "token"; botToken: string }
    | { kind: "oauth"; clientId: string; clientSecret: string; stateSecret: string };
  port: number;
  apiUrl: string | undefined;
  /** Per Web API request. */
  apiTimeoutMs: number;
  admins: ReadonlySet<string>;
};

/** Slack is configured in a way that cannot work; names the variables, never their values. */
export class SlackConfigInvalid extends Error {
  override name = "SlackConfigInvalid";
  readonly code = "SlackConfigInvalid";
}

/**
 * HTTP mode needs the signing secret, Socket Mode the app token. OAuth distribution needs all
 * three of client id, client secret and state secret; without them, the bot token is used.
 */
export function slackSettings(config: Config): SlackSettings {
  const transport = config.SLACK_APP_TOKEN
    ? { kind: "socket" as const, appToken: config.SLACK_APP_TOKEN }
    : config.SLACK_SIGNING_SECRET
      ? { kind: "http" as const, signingSecret: config.SLACK_SIGNING_SECRET }
      : undefined;
  if (!transport)
    throw new SlackConfigInvalid(
      "Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)",
    );
  const oauth = {
    SLACK_CLIENT_ID: config.SLACK_CLIENT_ID,
    SLACK_CLIENT_SECRET: config.SLACK_CLIENT_SECRET,
    SLACK_STATE_SECRET: config.SLACK_STATE_SECRET,
  };
  const missing = Object.entries(oauth).filter(([, v]) => !v);
  if (missing.length > 0 && missing.length < 3)
    throw new SlackConfigInvalid(
      `Slack OAuth needs ${missing.map(([k]) => k).join(" and ")} as well`,
    );
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret } = oauth;
  const stateSecret = oauth.SLACK_STATE_SECRET;
  const auth =
    clientId && clientSecret && stateSecret
      ? { kind: "oauth" as const, clientId, clientSecret, stateSecret }
      : config.SLACK_BOT_TOKEN
        ? { kind: "token" as const, botToken: config.SLACK_BOT_TOKEN }
        : undefined;
  if (!auth)
    throw new SlackConfigInvalid(
      "Slack needs SLACK_BOT_TOKEN, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET",
    );
  return {
    transport,
    auth,
    port: config.PORT,
    apiUrl: config.SLACK_API_URL,
    apiTimeoutMs: SLACK_TIMING.apiTimeoutMs,
    admins: new Set(config.SKILLBOT_ADMINS),
  };
}
