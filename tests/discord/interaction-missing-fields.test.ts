// Discord documents `entitlements` and `authorizing_integration_owners` as always present on an
// interaction, and discord.js 14 reads both unguarded while it builds one, inside its gateway
// handler: one payload without them (a lenient proxy, a test double) must not end the process.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { type DiscordHarness, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

/** The payload as a lenient sender would send it, missing `fields`. */
function without<P extends { id: string; token: string }>(payload: P, ...fields: string[]): P {
  const lenient: Record<string, unknown> = { ...payload };
  for (const field of fields) delete lenient[field];
  return lenient as P;
}

describe("an interaction without the fields Discord always sends", () => {
  test.each(["entitlements", "authorizing_integration_owners"])(
    "GIVEN /skills help without `%s` THEN the bot answers it, and the next one",
    async (field) => {
      const payload = without(
        h.fake.interactions.chatInput({ command: "skills", subcommand: "help" }),
        field,
      );
      const seen = await h.interact(payload);
      expect(seen.callbackType).toBe(4);
      expect(seen.text).toMatch(/\/skills/);
      expect((await h.slash("help")).callbackType).toBe(4);
    },
  );

  test("GIVEN a DM'd button without either field THEN it is answered too", async () => {
    const payload = without(
      h.fake.interactions.button({ customId: `${ACTIONS.forgetCancel}|`, dm: true }),
      "entitlements",
      "authorizing_integration_owners",
    );
    const seen = await h.interact(payload);
    expect(seen.callbackType).toBe(4);
    expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
  });
});
