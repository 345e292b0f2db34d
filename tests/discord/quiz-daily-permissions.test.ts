// `/skills quiz-daily action:on` in a channel where the bot cannot post (a private channel it
// was never added to, or one where it may not send embeds). Discord says what the bot may do
// there in every interaction (`app_permissions`): turning the quiz on must be refused at once,
// naming what is missing, rather than promised and then paused hours later at the first post.
import type { APIChatInputApplicationCommandInteraction } from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  BOT_PERMISSIONS,
  MANAGER_PERMISSIONS,
  Permission,
  permissionString,
} from "../fakes/discord/index.ts";
import { type DiscordHarness, openDiscord } from "./harness.ts";
import { isEphemeral } from "./seen.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

const without = (...bits: bigint[]) =>
  (BigInt(BOT_PERMISSIONS) & ~bits.reduce((all, bit) => all | bit, 0n)).toString();

/** A manager's quiz-daily in the channel, where the bot itself has `appPermissions`. */
function dailyBy(
  action: string,
  appPermissions: string,
  options: Record<string, string> = {},
): APIChatInputApplicationCommandInteraction {
  const payload = h.fake.interactions.chatInput({
    command: "skills",
    subcommand: "quiz-daily",
    options: { action, ...options },
    permissions: MANAGER_PERMISSIONS,
  });
  return { ...payload, app_permissions: appPermissions };
}

describe("quiz-daily on where the bot cannot post", () => {
  test("GIVEN a channel the bot cannot see WHEN a manager turns the daily quiz on THEN it is refused, naming the missing permissions, and nothing is scheduled", async () => {
    const seen = await h.interact(dailyBy("on", "0", { time: "09:30", timezone: "UTC" }));
    expect(seen.text).not.toMatch(/Daily quiz on/);
    expect(seen.text).toMatch(/View Channel/);
    expect(seen.text).toMatch(/Send Messages/);
    expect(seen.text).toMatch(/Embed Links/);
    expect(seen.messages.every(isEphemeral)).toBe(true);
    const status = await h.slash("quiz-daily", { action: "status" });
    expect(status.text).toMatch(/No daily quiz in this channel/);
  });

  test("GIVEN the bot may post but not embed links THEN only Embed Links is named", async () => {
    const seen = await h.interact(dailyBy("on", without(Permission.EmbedLinks)));
    expect(seen.text).toMatch(/Embed Links/);
    expect(seen.text).not.toMatch(/View Channel|Send Messages/);
    expect(seen.text).not.toMatch(/Daily quiz on/);
  });

  test("GIVEN the bot may view, send and embed THEN the daily quiz is turned on", async () => {
    const enough = permissionString(
      Permission.ViewChannel,
      Permission.SendMessages,
      Permission.EmbedLinks,
    );
    const seen = await h.interact(dailyBy("on", enough));
    expect(seen.text).toMatch(/Daily quiz on/);
  });

  test("GIVEN a channel the bot cannot post in THEN status and off still answer", async () => {
    expect((await h.interact(dailyBy("status", "0"))).text).toMatch(/No daily quiz/);
    expect((await h.interact(dailyBy("off", "0"))).text).toMatch(/Daily quiz off/);
  });
});
