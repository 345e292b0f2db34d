// The process's health probes with the real discord.js client on the fake gateway: /readyz
// follows the gateway connection, not just "the process started".
import type { Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { SkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { closeServer, portOf, startHealthServer } from "../../src/health-server.ts";
import { processReadiness } from "../../src/readiness.ts";
import { openStore } from "../../src/store/open-store.ts";
import { storeWith } from "../helpers/store.ts";
import { type DiscordHarness, openDiscord } from "./harness.ts";

let h: DiscordHarness | undefined;
let server: Server | undefined;
afterEach(async () => {
  if (server) await closeServer(server);
  await h?.close();
  h = undefined;
  server = undefined;
});

/** The bot on the fake Discord, with its process's health server on a free port. */
async function discordWithHealth(
  options: { storeDown?: () => boolean; stopping?: () => boolean } = {},
) {
  const base = await openStore("memory://", silentLogger);
  const store = storeWith(base, {
    ping: async () => {
      if (options.storeDown?.()) throw new SkillbotError({ code: "StoreUnavailable" });
    },
  });
  h = await openDiscord({ store });
  const bot = h;
  const readiness = processReadiness({
    store,
    adapters: [bot.adapter],
    accepting: () => !options.stopping?.(),
  });
  server = await startHealthServer(0, "127.0.0.1", readiness);
  const origin = `http://127.0.0.1:${portOf(server)}`;
  return {
    bot,
    status: async (path: string) => (await fetch(`${origin}${path}`)).status,
  };
}

describe("Discord health probes", () => {
  it("GIVEN the client is connected to the gateway THEN /readyz and /healthz answer 200", async () => {
    const { status } = await discordWithHealth();
    expect(await status("/readyz")).toBe(200);
    expect(await status("/healthz")).toBe(200);
  });

  it("GIVEN the gateway drops the connection THEN /readyz answers 503 while /healthz stays 200", async () => {
    const { bot, status } = await discordWithHealth();
    const lost = bot.log.waitFor((e) => e.msg === "Discord connection lost; reconnecting");
    await bot.fake.close();
    await lost;
    expect(await status("/readyz")).toBe(503);
    expect(await status("/healthz")).toBe(200);
  });

  it("GIVEN the gateway asks the client to reconnect THEN /readyz is 200 again once the session resumes", async () => {
    const { bot, status } = await discordWithHealth();
    const back = bot.log.waitFor((e) => e.msg === "Discord connection is back");
    bot.fake.gateway.requestReconnect();
    await back;
    expect(await status("/readyz")).toBe(200);
  });

  it("GIVEN the adapter stopped (client destroyed) THEN /readyz answers 503", async () => {
    const { bot, status } = await discordWithHealth();
    await bot.adapter.stop();
    expect(await status("/readyz")).toBe(503);
  });

  it("GIVEN the process is stopping THEN /readyz answers 503 before anything disconnects", async () => {
    let stopping = false;
    const { status } = await discordWithHealth({ stopping: () => stopping });
    stopping = true;
    expect(await status("/readyz")).toBe(503);
  });

  it("GIVEN the store stops answering THEN /readyz answers 503 though Discord is connected", async () => {
    let down = false;
    const { status } = await discordWithHealth({ storeDown: () => down });
    expect(await status("/readyz")).toBe(200);
    down = true;
    expect(await status("/readyz")).toBe(503);
  });
});
