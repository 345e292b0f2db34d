// A private answer to a mention in a server goes by DM; what its buttons and modals do must still
// act on that server's records, not on the person's DM records.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { type DiscordHarness, GUILD_ID, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

const inServer = (user: { id: string }) => ({
  platform: "discord" as const,
  tenant: GUILD_ID,
  user: user.id,
});

describe("pages sent by DM for a server", () => {
  test("GIVEN `forget me` by mention in a server WHEN the person confirms in the DM THEN their data in that server is deleted", async () => {
    const zed = h.user("zed");
    await h.slash("rate", { skill: "python", level: 3 }, { user: zed });
    const asked = await h.mention(zed, "forget me");
    const confirm = asked.buttons.find((b) => b.customId.startsWith(ACTIONS.forgetConfirm));
    expect(confirm?.customId).toMatch(new RegExp(`\\|@${GUILD_ID}$`));

    const done = await h.press(confirm?.customId ?? "", { dm: true, user: zed });
    expect(done.text).toMatch(/deleted/i);
    expect(h.bot.events.at(-1)).toMatchObject({
      person: { tenant: GUILD_ID, user: zed.id },
      where: { kind: "dm" },
    });
    expect((await h.booted.core.people.get(inServer(zed))).ratings).toEqual({});
  });

  test("GIVEN a quiz by mention in a server WHEN the person answers in the DM THEN the answer counts in that server", async () => {
    const ada = h.user("ada");
    const asked = await h.mention(ada, "quiz sql");
    const option = asked.buttons.find((b) => b.customId.startsWith(ACTIONS.quizAnswer));
    const answered = await h.press(option?.customId ?? "", { dm: true, user: ada });
    expect(answered.text).not.toMatch(/expired/i);
    expect(answered.text).toMatch(/Correct!|Not quite/);
    expect((await h.booted.core.quizzes.log(inServer(ada))).recent).toHaveLength(1);
  });

  test("GIVEN `rate python` by mention in a server WHEN the person picks a level in the modal opened from the DM THEN the rating is saved in that server", async () => {
    const kim = h.user("kim");
    const asked = await h.mention(kim, "rate python");
    const opener = asked.buttons.find((b) => b.customId.startsWith(ACTIONS.rateOpen));
    const opened = await h.press(opener?.customId ?? "", { dm: true, user: kim });
    expect(opened.callbackType).toBe(9);
    const modalId = String(opened.callbackData.custom_id);
    expect(modalId).toMatch(new RegExp(`\\|@${GUILD_ID}$`));

    const saved = await h.submitModal(modalId, { level: "2" }, { dm: true, user: kim });
    expect(saved.text).toMatch(/Saved: Python at 2/);
    expect((await h.booted.core.people.get(inServer(kim))).ratings.python?.level).toBe(2);
    const inDms = { platform: "discord" as const, tenant: "dm", user: kim.id };
    expect((await h.booted.core.people.get(inDms)).ratings).toEqual({});
  });

  test("GIVEN a DM'd button for a server the bot has left THEN it touches no records and says it is out of date", async () => {
    const eve = h.user("eve");
    await h.dm(eve, "rate sql 2");
    const before = h.bot.events.length;
    const seen = await h.press(`${ACTIONS.forgetConfirm}|yes|@999999999999999999`, {
      dm: true,
      user: eve,
    });
    expect(seen.text).toMatch(/doesn't do anything any more/);
    expect(h.bot.events.length).toBe(before);
    const inDms = { platform: "discord" as const, tenant: "dm", user: eve.id };
    expect((await h.booted.core.people.get(inDms)).ratings.sql?.level).toBe(2);
  });

  test("GIVEN a reminder the core sends by DM to a server's person THEN its buttons carry the server", async () => {
    const lin = h.user("lin");
    const reply: Reply = {
      visibility: "private",
      summary: "Two questions are due for review",
      blocks: [
        { kind: "buttons", buttons: [{ action: ACTIONS.quizNext, value: "", label: "Review" }] },
      ],
    };
    const before = h.fake.calls.length;
    await h.adapter.dm?.({ ...inServer(lin), displayName: "lin" }, reply);
    const sent = h.fake.calls
      .slice(before)
      .find((c) => c.route === "POST /channels/:channelId/messages");
    expect(JSON.stringify(sent?.body)).toContain(`${ACTIONS.quizNext}||@${GUILD_ID}`);
  });

  test("GIVEN the same buttons in the server itself THEN their ids stay as they were", async () => {
    const seen = await h.slash("forget-me", {}, { user: h.user("bo") });
    expect(seen.buttons.map((b) => b.customId)).toContain(
      `${ACTIONS.forgetConfirm}|${forgetConfirmValue(h.clock.now())}`,
    );
  });
});
