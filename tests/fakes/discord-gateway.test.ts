// The fake Discord's gateway, driven by the real discord.js 14: logging in, heartbeats, resuming
// a session, and closing without leaking sockets.
import { once } from "node:events";
import { type ChatInputCommandInteraction, Client, Events, GatewayIntentBits } from "discord.js";
import { describe, expect, test } from "vitest";
import { GatewayIntent, startFakeDiscord } from "./discord/index.ts";
import {
  CHANNEL_ID,
  client,
  deliver,
  fake,
  GUILD_ID,
  startBareFakeDiscord,
  useFakeDiscord,
} from "./discord-harness.ts";

useFakeDiscord();

describe("logging in", () => {
  test("GIVEN a fake with a guild WHEN the bot logs in THEN it is ready and sees the guild", async () => {
    expect(client.user?.id).toBe("1000000000000000001");
    expect(client.application?.id).toBe("1000000000000000001");
    const guild = client.guilds.cache.get(GUILD_ID);
    expect(guild?.name).toBe("Skill Team");
    expect(guild?.channels.cache.get(CHANNEL_ID)?.isTextBased()).toBe(true);
    expect(guild?.roles.everyone.id).toBe(GUILD_ID);
    expect(guild?.members.me?.id).toBe("1000000000000000001");
  });

  test("GIVEN a login THEN discord.js asked REST for the gateway and identified over JSON", async () => {
    const identify = await fake.ready;
    expect(identify.token).toBe("fake-token");
    expect(identify.intents).toBe(
      GatewayIntent.Guilds | GatewayIntent.GuildMessages | GatewayIntent.DirectMessages,
    );
    expect(identify.properties.browser).toContain("@discordjs/ws");
    expect(fake.gateway.connections).toEqual(["/?v=10&encoding=json"]);
    // Logging in costs one REST call; user and application come from READY.
    expect(fake.calls.map((call) => call.route)).toEqual(["GET /gateway/bot"]);
    expect(fake.calls[0]?.headers.authorization).toBe("Bot fake-token");
    const application = await client.application?.fetch();
    expect(application?.name).toBe("skillbot");
  });

  test("GIVEN a short heartbeat interval THEN heartbeats are acknowledged", async () => {
    const quick = await startFakeDiscord({ heartbeatIntervalMs: 20 });
    const bot = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: quick.apiBase } });
    const acked = new Promise<void>((resolve) => {
      bot.on(Events.Debug, (line) => {
        if (line.includes("Heartbeat acknowledged")) resolve();
      });
    });
    await bot.login("fake-token");
    await acked;
    expect(quick.gateway.received.some((frame) => frame.op === 1)).toBe(true);
    await bot.destroy();
    await quick.close();
  });

  test("GIVEN a fake that only accepts another token WHEN the bot logs in THEN login fails", async () => {
    const strict = await startFakeDiscord({ token: "the-real-one" });
    const stranger = new Client({ intents: [], rest: { api: strict.apiBase } });
    await expect(stranger.login("wrong")).rejects.toThrow(/invalid token/i);
    await stranger.destroy();
    await strict.close();
  });
});

describe("gateway sessions", () => {
  test("GIVEN a reconnect request THEN the client resumes and gets events sent meanwhile", async () => {
    const reconnecting = once(client, Events.ShardReconnecting);
    const resumed = fake.gateway.nextFrame(6);
    fake.gateway.requestReconnect();
    await reconnecting;
    // Sent while the client is away: Discord replays it after RESUME.
    const arrived = deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "while-away" }),
    );
    expect((await resumed).d).toMatchObject({ token: "fake-token" });
    expect((await arrived).commandName).toBe("while-away");
    expect(fake.gateway.received.filter((frame) => frame.op === 2)).toHaveLength(1);
  });
});

test("GIVEN a finished test THEN client.destroy() and fake.close() leave no sockets open", async () => {
  const sockets = () =>
    process.getActiveResourcesInfo().filter((kind) => kind.startsWith("TCP")).length;
  await client.destroy();
  await fake.close();
  const baseline = sockets();
  await startBareFakeDiscord();
  expect(sockets()).toBeGreaterThan(baseline);
  await client.destroy();
  await fake.close();
  expect(sockets()).toBe(baseline);
  // afterEach destroys/closes again: both must be safe to repeat.
});
