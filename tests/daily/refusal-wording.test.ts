// The core answers on every platform alike: its refusal names no platform's roles and no
// setting only the bot's operator can see.
import { describe, expect, it } from "vitest";
import { asker, testBot, textOf } from "../helpers/core.ts";

const CHANNEL = { channel: "C-daily", kind: "channel" as const, audience: "public" as const };

describe("who may change a channel's daily quiz, as the refusal says it", () => {
  it("GIVEN someone who cannot manage the channel WHEN they turn the daily quiz on THEN the refusal names no platform and no environment variable", async () => {
    const bot = await testBot();

    const reply = await bot.bot.handle({
      type: "text",
      ...asker("U-member", CHANNEL),
      canManageChannel: false,
      text: "quiz daily on 08:00",
    });

    expect(textOf(reply)).toBe(
      "Only people who can manage this channel can change its daily quiz; ask one of them, or an admin of this bot.",
    );
  });
});
