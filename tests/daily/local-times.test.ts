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
import { openSlack, type SlackHarness } from "../slack/harness.ts";

// A channel's readers live in many time zones: the times the daily quiz gives (when the answer
// comes, when the next question comes) are shown in each reader's own, as each platform can.
// The quiz is set for 09:30 in Berlin; its answer comes 8 hours later, 17:30 there.

const instant = { now: () => 0, sleep: async () => {} };
const POSTED_AT = "2026-11-27T08:30:00Z";
const REVEAL_SECONDS = Date.parse("2026-11-27T16:30:00Z") / 1000;

describe("daily quiz times in each reader's own zone", () => {
  let slack: SlackHarness | undefined;
  let discord: DiscordHarness | undefined;
  afterEach(async () => {
    await slack?.close();
    await discord?.close();
    slack = discord = undefined;
  });

  it("GIVEN a Slack channel's quiz WHEN it is posted and answered THEN the reveal time is a Slack date (the schedule's own time as the fallback)", async () => {
    slack = await openSlack({ fake: { users: { UADMIN: { is_admin: true }, UMEMBER: {} } } });
    slack.clock.set("2026-11-26T12:00:00Z");
    const enabled = await slack.slash("quiz daily on 09:30 Europe/Berlin sql", { user: "UADMIN" });
    const next = Date.parse("2026-11-27T08:30:00Z") / 1000;
    expect(JSON.stringify((await slack.answerAt(enabled.responseUrl)).body)).toContain(
      `<!date^${next}^{time} {date_short_pretty}|Fri 27 Nov, 09:30>`,
    );

    slack.clock.set(POSTED_AT);
    const posted = slack.fake.nextCall("chat.postMessage");
    await runDue(slack.booted.core, deliveryOutbox([slack.adapter], instant), slack.clock.now());
    const question = JSON.stringify((await posted).body);
    const revealDate = `<!date^${REVEAL_SECONDS}^{time} {date_short_pretty}|Fri 27 Nov, 17:30>`;
    expect(question).toContain(revealDate);

    const button = (
      (await posted).body as { blocks: { elements?: { action_id?: string; value?: string }[] }[] }
    ).blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id);
    const { responseUrl } = await slack.press({
      actionId: button?.action_id ?? "",
      value: button?.value ?? "",
      userId: "UMEMBER",
    });
    expect(JSON.stringify((await slack.answerAt(responseUrl ?? "")).body)).toContain(revealDate);
  });

  it("GIVEN a Discord channel's quiz WHEN it is posted and answered THEN the reveal time is a Discord timestamp", async () => {
    discord = await openDiscord();
    discord.clock.set("2026-11-26T12:00:00Z");
    const manager = await discord.slash(
      "quiz-daily",
      { action: "on", time: "09:30", timezone: "Europe/Berlin", topic: "docker" },
      { guildId: GUILD_ID, channelId: CHANNEL_ID, permissions: MANAGER_PERMISSIONS },
    );
    expect(manager.text).toContain(`<t:${Date.parse(POSTED_AT) / 1000}:f>`);

    discord.clock.set(POSTED_AT);
    const posted = discord.fake.nextCall({ route: CHANNEL_MESSAGE });
    await runDue(
      discord.booted.core,
      deliveryOutbox([discord.adapter], instant),
      discord.clock.now(),
    );
    const message = await posted;
    expect(JSON.stringify(message.body)).toContain(`<t:${REVEAL_SECONDS}:f>`);

    const customId = (message.body as { components?: { components?: { custom_id?: string }[] }[] })
      .components?.[0]?.components?.[0]?.custom_id;
    expect((await discord.press(customId ?? "")).text).toContain(`<t:${REVEAL_SECONDS}:f>`);
  });
});
