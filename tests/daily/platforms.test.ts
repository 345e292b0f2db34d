import { afterEach, describe, expect, it } from "vitest";
import { deliveryOutbox } from "../../src/delivery.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import {
  CHANNEL_ID,
  CHANNEL_MESSAGE,
  type DiscordHarness,
  GUILD_ID,
  openDiscord,
} from "../discord/harness.ts";
import { MANAGER_PERMISSIONS } from "../fakes/discord/permissions.ts";
import { FAKE_CHANNEL } from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "../slack/harness.ts";

/** Virtual time for the fan-out: nothing waits on the wall clock. */
const instant = { now: () => 0, sleep: async () => {} };

type SlackBlock = { type: string; elements?: { action_id?: string; value?: string }[] };

describe("the daily quiz on Slack, through the real Bolt app and the fake Slack", () => {
  let slack: SlackHarness;
  afterEach(async () => {
    await slack.close();
  });

  it("GIVEN a workspace admin turns it on WHEN 09:30 comes THEN one question is posted; presses count once each; the reveal follows and closes the buttons", async () => {
    slack = await openSlack({ fake: { users: { UADMIN: { is_admin: true }, UMEMBER: {} } } });
    const refused = await slack.slash("quiz daily on 09:30 UTC", { user: "UMEMBER" });
    expect(JSON.stringify((await slack.answerAt(refused.responseUrl)).body)).toMatch(
      /Only people who can manage this channel/,
    );
    const enabled = await slack.slash("quiz daily on 09:30 UTC sql", { user: "UADMIN" });
    expect(JSON.stringify((await slack.answerAt(enabled.responseUrl)).body)).toMatch(
      /Daily quiz on/,
    );

    const outbox = deliveryOutbox([slack.adapter], instant);
    slack.clock.set("2026-11-27T09:30:00Z");
    const posted = slack.fake.nextCall("chat.postMessage");
    await runDue(slack.booted.core, outbox, slack.clock.now());
    const question = await posted;
    expect(question.body).toMatchObject({ channel: FAKE_CHANNEL.id });
    const buttons = ((question.body as { blocks: SlackBlock[] }).blocks ?? [])
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    await runDue(slack.booted.core, outbox, slack.clock.now());
    expect(slack.fake.callsTo("chat.postMessage")).toHaveLength(1);

    const press = async (user: string, button: { action_id?: string; value?: string }) => {
      const { responseUrl } = await slack.press({
        actionId: button.action_id ?? "",
        value: button.value ?? "",
        userId: user,
      });
      return JSON.stringify((await slack.answerAt(responseUrl ?? "")).body);
    };
    expect(await press("UMEMBER", buttons[0] ?? {})).toMatch(/Got it: you chose/);
    expect(await press("UMEMBER", buttons[1] ?? {})).toMatch(/already answered today/);
    expect(await press("UADMIN", buttons[1] ?? {})).toMatch(/Got it/);

    slack.clock.set("2026-11-27T17:30:00Z");
    const reveal = slack.fake.nextCall("chat.postMessage");
    const closed = slack.fake.nextCall("chat.update");
    await runDue(slack.booted.core, outbox, slack.clock.now());
    expect(JSON.stringify((await reveal).body)).toMatch(/The answer:.*2 answers/);
    expect((await closed).body).toMatchObject({
      channel: FAKE_CHANNEL.id,
      ts: (question.body as { ts?: string }).ts ?? expect.any(String),
    });
  });
});

describe("the daily quiz on Discord, through the real discord.js client and the fake Discord", () => {
  let discord: DiscordHarness;
  afterEach(async () => {
    await discord.close();
  });

  it("GIVEN a member with Manage Channels turns it on WHEN it is due THEN one message is posted with answer buttons, and a press is confirmed ephemerally", async () => {
    discord = await openDiscord();
    const member = await discord.slash("quiz-daily", {
      action: "on",
      time: "09:30",
      timezone: "UTC",
    });
    expect(member.text).toMatch(/Only people who can manage this channel/);
    const manager = await discord.slash(
      "quiz-daily",
      { action: "on", time: "09:30", timezone: "UTC", topic: "docker" },
      { guildId: GUILD_ID, channelId: CHANNEL_ID, permissions: MANAGER_PERMISSIONS },
    );
    expect(manager.text).toMatch(/Daily quiz on/);

    const outbox = deliveryOutbox([discord.adapter], instant);
    const posted = discord.fake.nextCall({ route: CHANNEL_MESSAGE });
    discord.clock.set("2026-11-27T09:30:00Z");
    await runDue(discord.booted.core, outbox, discord.clock.now());
    const message = await posted;
    expect(message.path).toContain(CHANNEL_ID);
    const body = message.body as {
      components?: { components?: { custom_id?: string }[] }[];
      allowed_mentions?: unknown;
    };
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    const customIds = (body.components ?? [])
      .flatMap((row) => row.components ?? [])
      .map((c) => c.custom_id ?? "");
    expect(customIds.length).toBeGreaterThanOrEqual(3);
    discord.clock.set("2026-11-27T09:31:00Z");
    await runDue(discord.booted.core, outbox, discord.clock.now());
    expect(discord.fake.calls.filter((c) => c.route === CHANNEL_MESSAGE)).toHaveLength(1);

    const first = await discord.press(customIds[0] ?? "");
    expect(first.text).toMatch(/Got it: you chose/);
    expect(first.callbackData).toMatchObject({ flags: 64 });
    expect((await discord.press(customIds[1] ?? "")).text).toMatch(/already answered today/);
  });
});

describe("quiz run-due for external schedulers: the adapters post without being started", () => {
  it("GIVEN Slack and Discord adapters that were never started WHEN the due posts go out THEN each platform gets its message", async () => {
    const { createSlackAdapter } = await import("../../adapters/slack/index.ts");
    const { createAdapter: createDiscordAdapter } = await import("../../adapters/discord/index.ts");
    const { startFakeSlack, FAKE_BOT, FAKE_TEAM } = await import("../fakes/slack/index.ts");
    const { startFakeDiscord } = await import("../fakes/discord/index.ts");
    const { bootCore } = await import("../../src/boot.ts");
    const { readConfig } = await import("../../src/config.ts");
    const { silentLogger } = await import("../../src/core/ports.ts");
    const { openStore } = await import("../../src/store/open-store.ts");
    const slackFake = await startFakeSlack();
    const discordFake = await startFakeDiscord({
      guilds: [{ id: GUILD_ID, name: "Team", channels: [{ id: CHANNEL_ID, name: "general" }] }],
    });
    const read = readConfig({
      STORE_URL: "memory://",
      SLACK_SIGNING_SECRET: "s",
      SLACK_BOT_TOKEN: FAKE_BOT.token,
      SLACK_API_URL: slackFake.apiUrl,
      DISCORD_TOKEN: "fake-token",
      DISCORD_APPLICATION_ID: discordFake.applicationId,
      DISCORD_API_BASE: discordFake.apiBase,
    });
    if (!read.ok) throw new Error(read.errors.join());
    const booted = await bootCore({
      config: read.config,
      log: silentLogger,
      store: await openStore("memory://", silentLogger),
    });
    const context = {
      bot: booted.bot,
      core: booted.core,
      config: read.config,
      store: booted.store,
      log: silentLogger,
    };
    const adapters = [createSlackAdapter(context), createDiscordAdapter(context)];
    try {
      for (const [platform, tenant, channel] of [
        ["slack", FAKE_TEAM.id, "C0CHAN0001"],
        ["discord", GUILD_ID, CHANNEL_ID],
      ] as const) {
        await booted.core.schedules.save({
          platform,
          tenant,
          channel,
          time: "09:30",
          timezone: "UTC",
          topic: "weakest",
          enabledBy: "op",
          enabledAt: "2026-11-01T00:00:00.000Z",
        });
      }
      const slackPosted = slackFake.nextCall("chat.postMessage");
      const discordPosted = discordFake.nextCall({ route: CHANNEL_MESSAGE });
      const actions = await runDue(
        booted.core,
        deliveryOutbox(adapters, instant),
        new Date("2026-11-27T09:30:00Z"),
      );
      expect(actions.map((a) => a.channel).sort()).toEqual([CHANNEL_ID, "C0CHAN0001"].sort());
      expect((await slackPosted).body).toMatchObject({ channel: "C0CHAN0001" });
      expect((await discordPosted).path).toContain(CHANNEL_ID);
    } finally {
      await Promise.allSettled(adapters.map((a) => a.stop()));
      await booted.close();
      await slackFake.close();
      await discordFake.close();
    }
  });
});
