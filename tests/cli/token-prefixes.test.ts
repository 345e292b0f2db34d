import { afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { FAKE_APP_TOKEN, FAKE_BOT, type FakeSlack, startFakeSlack } from "../fakes/slack/index.ts";
import { runEntry as run } from "./entry-process.ts";

// Slack documents a fixed prefix for each kind of token; a token pasted into the wrong variable
// is refused at start-up by name, instead of Socket Mode retrying a bot token forever.

/** Realistic shapes, each with a tail no error message may quote. */
const USER_TOKEN = "xoxp-1111111111-2222222222-3333333333-usersecret0123456789abcdef";
const ROTATING_BOT_TOKEN = "xoxe.xoxb-1-rotatingsecret0123456789abcdef";

function errorsFor(env: Record<string, string>): string[] {
  const read = readConfig(env);
  return read.ok ? [] : read.errors;
}

let fake: FakeSlack | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("Slack tokens in the wrong variable", () => {
  it("GIVEN the bot token pasted into SLACK_APP_TOKEN WHEN npm start runs THEN one line names SLACK_APP_TOKEN and the xapp- it expects, without the token, Slack is never asked to connect, and the exit code is 1", async () => {
    fake = await startFakeSlack();
    const result = await run("src/main.ts", [], "", {
      SLACK_APP_TOKEN: FAKE_BOT.token,
      SLACK_BOT_TOKEN: FAKE_BOT.token,
      SLACK_API_URL: fake.apiUrl,
      STORE_URL: "memory://",
      PORT: "0",
    });

    expect(result.err.trim().split("\n")).toEqual([
      expect.stringMatching(/^config: SLACK_APP_TOKEN: .*xapp-/),
    ]);
    expect(result.err).toMatch(/bot token/);
    expect(result.err).not.toContain(FAKE_BOT.token);
    expect(fake.callsTo("apps.connections.open")).toEqual([]);
    expect(result.code).toBe(1);
  });

  it("GIVEN a user token (xoxp-) in SLACK_BOT_TOKEN WHEN the config is read THEN one error names SLACK_BOT_TOKEN and xoxb-, says it is a user token, and does not quote it", () => {
    const errors = errorsFor({ SLACK_BOT_TOKEN: USER_TOKEN, SLACK_SIGNING_SECRET: "signing" });

    expect(errors).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: .*xoxb-.*user token/)]);
    expect(errors.join("\n")).not.toContain("usersecret");
  });

  it("GIVEN the app-level token in SLACK_BOT_TOKEN (the swap the other way) WHEN the config is read THEN the error says it belongs in SLACK_APP_TOKEN", () => {
    const errors = errorsFor({ SLACK_BOT_TOKEN: FAKE_APP_TOKEN, SLACK_APP_TOKEN: FAKE_APP_TOKEN });

    expect(errors).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN: .*xoxb-.*app-level token.*SLACK_APP_TOKEN/),
    ]);
    expect(errors.join("\n")).not.toContain(FAKE_APP_TOKEN);
  });

  it("GIVEN a token pasted with its quotes (docker --env-file keeps them) WHEN the config is read THEN the error says so", () => {
    const errors = errorsFor({ SLACK_APP_TOKEN: `"${FAKE_APP_TOKEN}"` });

    expect(errors).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN: .*xapp-.*quotes/)]);
    expect(errors.join("\n")).not.toContain(FAKE_APP_TOKEN);
  });

  it("GIVEN the right tokens, a rotating bot token (xoxe.xoxb-) and a token with spaces around it WHEN the config is read THEN they are accepted, trimmed as every setting is", () => {
    const read = readConfig({
      SLACK_BOT_TOKEN: ` ${ROTATING_BOT_TOKEN}\n`,
      SLACK_APP_TOKEN: FAKE_APP_TOKEN,
    });

    expect(read.ok && read.config.SLACK_BOT_TOKEN).toBe(ROTATING_BOT_TOKEN);
    expect(read.ok && read.config.SLACK_APP_TOKEN).toBe(FAKE_APP_TOKEN);
  });

  it("GIVEN credentials with no documented prefix (Discord token, signing, client and state secrets, an OpenAI-compatible key) WHEN the config is read THEN any shape is accepted", () => {
    expect(
      errorsFor({
        DISCORD_TOKEN: "MTAx.any-shape",
        SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
        SLACK_CLIENT_ID: "123.456",
        SLACK_CLIENT_SECRET: "e1b9e11dfcd19c1982d5de12921e17e8c",
        SLACK_STATE_SECRET: "any long random string",
        OPENAI_API_KEY: "ollama",
      }),
    ).toEqual([]);
  });
});
