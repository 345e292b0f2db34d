import { describe, expect, it } from "vitest";
import { SlackConfigInvalid, slackSettings } from "../../adapters/slack/settings.ts";
import { readConfig } from "../../src/config.ts";
import { adaptersFor } from "../../src/main.ts";

function config(env: Record<string, string>) {
  const read = readConfig(env);
  if (!read.ok) throw new Error(read.errors.join("; "));
  return read.config;
}

describe("Slack settings", () => {
  it("GIVEN a signing secret and a bot token THEN HTTP mode, one workspace", () => {
    const s = slackSettings(config({ SLACK_SIGNING_SECRET: "s", SLACK_BOT_TOKEN: "xoxb-1" }));
    expect(s.transport.kind).toBe("http");
    expect(s.auth.kind).toBe("token");
  });

  it("GIVEN an app token THEN Socket Mode, and main.ts starts Slack without a signing secret", () => {
    const c = config({ SLACK_APP_TOKEN: "xapp-1", SLACK_BOT_TOKEN: "xoxb-1" });
    expect(slackSettings(c).transport.kind).toBe("socket");
    expect(adaptersFor(c)).toContain("slack");
  });

  it("GIVEN all three OAuth variables THEN multi-workspace installs", () => {
    const s = slackSettings(
      config({
        SLACK_SIGNING_SECRET: "s",
        SLACK_CLIENT_ID: "id",
        SLACK_CLIENT_SECRET: "secret",
        SLACK_STATE_SECRET: "state",
      }),
    );
    expect(s.auth).toEqual({
      kind: "oauth",
      clientId: "id",
      clientSecret: "secret",
      stateSecret: "state",
    });
  });

  it("GIVEN half an OAuth setup THEN a clear error naming what is missing, never a value", () => {
    const half = config({
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: "xoxb-1",
      SLACK_CLIENT_ID: "id",
    });
    expect(() => slackSettings(half)).toThrow(SlackConfigInvalid);
    expect(() => slackSettings(half)).toThrow(/SLACK_CLIENT_SECRET and SLACK_STATE_SECRET/);
    expect(() => slackSettings(config({ SLACK_BOT_TOKEN: "xoxb-1" }))).toThrow(
      /SLACK_SIGNING_SECRET \(HTTP mode\) or SLACK_APP_TOKEN/,
    );
  });
});
