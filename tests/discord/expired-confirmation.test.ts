// A Delete button found in the chat long after `forget me` was asked deletes nothing: Discord
// shows the core's answer that the question expired.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { type DiscordHarness, GUILD_ID, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

describe("a confirmation pressed after it expired, on Discord", () => {
  test("GIVEN /skills forget-me asked 16 minutes ago WHEN Delete is pressed THEN it says the question expired and the rating stays", async () => {
    const bo = h.user("bo");
    await h.slash("rate", { skill: "python", level: 3 }, { user: bo });
    const asked = await h.slash("forget-me", {}, { user: bo });
    const remove = asked.buttons.find((b) => b.customId.startsWith(ACTIONS.forgetConfirm));
    if (!remove) throw new Error("no Delete button");
    h.clock.advance(16 * 60_000);

    const pressed = await h.press(remove.customId, { user: bo });

    expect(pressed.text).toBe(
      "That confirmation has expired, so I didn't delete anything. Say /skills forget-me again if you still want to.",
    );
    const inServer = { platform: "discord" as const, tenant: GUILD_ID, user: bo.id };
    expect((await h.booted.core.people.get(inServer)).ratings.python?.level).toBe(3);
  });
});
