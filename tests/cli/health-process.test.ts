// `npm start` as a real process, probed as Docker's HEALTHCHECK probes it: /readyz on PORT
// answers for every platform the process runs, and only while all of them are connected.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord/index.ts";
import { FAKE_BOT, type FakeSlack, startFakeSlack } from "../fakes/slack/index.ts";
import { cli } from "./cli-io.ts";

/** A port nothing listens on: one the system just handed out and took back. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}

type Bot = { port: number; logged(msg: string): Promise<void>; stop(): Promise<void> };

let running: ChildProcess | undefined;
let discord: FakeDiscord | undefined;
let slack: FakeSlack | undefined;
afterEach(async () => {
  running?.kill("SIGKILL");
  await discord?.close();
  await slack?.close();
  running = undefined;
  discord = undefined;
  slack = undefined;
});

/** `node src/main.ts` with `env`, its JSON log lines (stderr) readable as they come. */
async function startBot(env: Record<string, string>): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, ["src/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "info", STORE_URL: "memory://", PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  running = child;
  const messages: string[] = [];
  const waiting = new Set<() => void>();
  let buffered = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const msg = line.startsWith("{") ? (JSON.parse(line) as { msg?: string }).msg : line;
      messages.push(msg ?? "");
    }
    for (const check of [...waiting]) check();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    port,
    logged: (msg) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!messages.includes(msg)) return;
          waiting.delete(check);
          resolve();
        };
        waiting.add(check);
        check();
        void exited.then((code) =>
          reject(new Error(`exited ${code} before "${msg}": ${messages.join(" | ")}`)),
        );
      }),
    async stop() {
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    },
  };
}

const healthOf = async (bot: Bot) => (await cli(["health"], { PORT: String(bot.port) })).code;

describe("the running bot answers health probes on PORT", () => {
  it("GIVEN Discord alone WHEN its gateway connection drops THEN health turns from 0 to 1", async () => {
    discord = await startFakeDiscord();
    const bot = await startBot({ DISCORD_TOKEN: "fake-token", DISCORD_API_BASE: discord.apiBase });
    await bot.logged("skillbot is up");
    expect(await healthOf(bot)).toBe(0);
    await discord.close();
    await bot.logged("Discord connection lost; reconnecting");
    expect(await healthOf(bot)).toBe(1);
    await bot.stop();
  });

  it("GIVEN Slack (HTTP) and Discord together WHEN only Discord drops THEN Slack's /readyz on PORT says 503", async () => {
    discord = await startFakeDiscord();
    slack = await startFakeSlack();
    const bot = await startBot({
      DISCORD_TOKEN: "fake-token",
      DISCORD_API_BASE: discord.apiBase,
      SLACK_SIGNING_SECRET: "test-signing-secret",
      SLACK_BOT_TOKEN: FAKE_BOT.token,
      SLACK_API_URL: slack.apiUrl,
    });
    await bot.logged("skillbot is up");
    const readyz = () => fetch(`http://127.0.0.1:${bot.port}/readyz`);
    expect((await readyz()).status).toBe(200);
    await discord.close();
    await bot.logged("Discord connection lost; reconnecting");
    expect((await readyz()).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
    await bot.stop();
  });
});
