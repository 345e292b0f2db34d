import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startFakeDiscord } from "../fakes/discord/index.ts";
import { runEntry as run } from "./entry-process.ts";

describe("entry points, as the README runs them", () => {
  it("GIVEN no tokens and no keys WHEN npm start runs THEN a console chat answers and exits cleanly at end of input", async () => {
    const store = `sqlite://${join(mkdtempSync(join(tmpdir(), "skillbot-start-")), "s.sqlite")}`;
    const result = await run("src/main.ts", [], "rate python 3\nprofile\n", { STORE_URL: store });
    expect(result.out).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(result.out).toMatch(/Biggest gaps for ML Engineer/);
    expect(result.code).toBe(0);
  });

  it("GIVEN the skillbot CLI WHEN kb validate runs on the shipped matrix THEN it is valid", async () => {
    const result = await run("adapters/console/cli/main.ts", ["kb", "validate"], "");
    expect(result.out).toMatch(/knowledge\/ml-engineer: valid \(8 areas, 47 skills/);
    expect(result.code).toBe(0);
  });

  it("GIVEN a bad environment WHEN npm start runs THEN one line names the variable and the exit code is 1", async () => {
    const result = await run("src/main.ts", [], "", { STORE_URL: "ftp://nope" });
    expect(result.err).toMatch(/^config: STORE_URL: /m);
    expect(result.code).toBe(1);
  });

  it("GIVEN half a Slack setup WHEN npm start runs THEN it says what is missing and exits 1, instead of starting the console chat", async () => {
    const result = await run("src/main.ts", [], "", { SLACK_BOT_TOKEN: "xoxb-1-2-3" });
    expect(result.err).toMatch(/^config: Slack needs SLACK_SIGNING_SECRET .* or SLACK_APP_TOKEN/m);
    expect(result.out).toBe("");
    expect(result.code).toBe(1);
  });

  it("GIVEN out-of-range numbers and a bad Redis URL WHEN npm start runs THEN each line names the variable and the rule", async () => {
    const result = await run("src/main.ts", [], "", {
      PORT: "99999",
      STORE_URL: "redis://user:s3cret@localhost:abc",
    });
    expect(result.err).toMatch(/^config: PORT: must be at most 65535$/m);
    expect(result.err).toMatch(/^config: STORE_URL: must be redis:\/\//m);
    expect(result.err).not.toContain("s3cret");
    expect(result.code).toBe(1);
  });

  it("GIVEN a Discord token Discord refuses WHEN npm start runs THEN one line says so, with no stack trace and no token, and the exit code is 1", async () => {
    const fake = await startFakeDiscord({ token: "the-right-token" });
    try {
      const result = await run("src/main.ts", [], "", {
        DISCORD_TOKEN: "a-wrong-token-123",
        DISCORD_API_BASE: fake.apiBase,
        STORE_URL: "memory://",
        // Its health server listens before Discord is asked: any free port, not 3000.
        PORT: "0",
      });
      expect(result.err.trim().split("\n")).toEqual([
        expect.stringMatching(/^skillbot could not start discord: /),
      ]);
      expect(result.err).not.toContain("a-wrong-token-123");
      expect(result.code).toBe(1);
    } finally {
      await fake.close();
    }
  });
});
