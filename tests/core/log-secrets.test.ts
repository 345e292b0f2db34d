import { DiscordAPIError } from "discord.js";
import { describe, expect, test } from "vitest";
import { readConfig } from "../../src/config.ts";
import { secretsIn } from "../../src/config-secrets.ts";
import type { Logger } from "../../src/core/ports.ts";
import { createLogger } from "../../src/logger.ts";

const KEY = "sk-proj-SECRET0123456789abcdefXYZ";
const PASSWORD = "s3cret/pw";

function configWith(env: Record<string, string>) {
  const read = readConfig(env);
  if (!read.ok) throw new Error(read.errors.join("; "));
  return read.config;
}

/** What the logger wrote for `write`, as text. */
function logged(secrets: readonly string[], write: (log: Logger) => void): string {
  const lines: string[] = [];
  write(createLogger("info", { secrets, destination: { write: (line) => lines.push(line) } }));
  return lines.join("");
}

describe("secrets in logs", () => {
  test("GIVEN a configuration WHEN its secrets are listed THEN tokens, keys and the store URL's password are in it, and nothing else", () => {
    const config = configWith({
      OPENAI_API_KEY: KEY,
      DISCORD_TOKEN: "discord-token-123",
      SLACK_SIGNING_SECRET: "signing-secret-456",
      STORE_URL: `redis://bot:${encodeURIComponent(PASSWORD)}@127.0.0.1:6379`,
      OPENAI_MODEL: "gpt-4o-mini",
    });

    const secrets = secretsIn(config);

    expect(secrets).toEqual(
      expect.arrayContaining([
        KEY,
        "discord-token-123",
        "signing-secret-456",
        encodeURIComponent(PASSWORD),
        PASSWORD,
      ]),
    );
    expect(secrets).not.toContain("gpt-4o-mini");
    expect(secrets).not.toContain("bot");
  });

  test("GIVEN a store password with a broken %-escape THEN it is a secret as written, and listing it does not throw", () => {
    const config = configWith({ STORE_URL: "redis://:pa%zzword@127.0.0.1:6390" });
    expect(secretsIn(config)).toContain("pa%zzword");
  });

  test("GIVEN an error whose message quotes the API key and the store password WHEN logged THEN neither is written, and the rest of the line is", () => {
    const config = configWith({
      OPENAI_API_KEY: KEY,
      STORE_URL: `redis://bot:${encodeURIComponent(PASSWORD)}@127.0.0.1:6379`,
    });

    const text = logged(secretsIn(config), (log) => {
      log.warn({ err: new Error(`401 Incorrect API key provided: ${KEY}.`) }, "model call failed");
      log.error({ detail: `could not reach redis://bot:${PASSWORD}@127.0.0.1:6379` }, "store down");
    });

    expect(text).not.toContain(KEY);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(encodeURIComponent(PASSWORD));
    const lines = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.msg)).toEqual(["model call failed", "store down"]);
    expect(lines[0].err.message).toBe("401 Incorrect API key provided: [redacted].");
  });

  test("GIVEN no secrets WHEN a line is logged THEN it is written as it was", () => {
    const text = logged([], (log) => log.info({ note: "nothing secret" }, "hello"));
    expect(JSON.parse(text).note).toBe("nothing secret");
  });
});

describe("what a failed platform call carries", () => {
  test("GIVEN a Discord send of a private profile that failed WHEN its error is logged THEN the line has the status, code and route, but not the profile nor the interaction token", () => {
    const token = `aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpYeXo${"Q".repeat(60)}`;
    const error = new DiscordAPIError(
      { code: 50035, message: "Invalid Form Body" },
      50035,
      400,
      "POST",
      `http://127.0.0.1:1/api/v10/interactions/1234567890/${token}/callback`,
      {
        body: {
          type: 4,
          data: {
            embeds: [{ title: "Skill profile: ada", description: "**Python** — 4 → 4 (expert)" }],
          },
        },
      },
    );

    const text = logged([], (log) => log.error({ err: error }, "discord interaction failed"));

    expect(text).toContain("discord interaction failed");
    expect(text).toContain("50035");
    expect(text).toContain("/interactions/1234567890/[token]/callback");
    expect(text).not.toContain("Skill profile");
    expect(text).not.toContain("Python");
    expect(text).not.toContain(token);
  });
});
