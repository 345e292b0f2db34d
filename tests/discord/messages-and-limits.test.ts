// Mentions and DMs without the Message Content intent, nobody pinged by anything Skillbot sends,
// and over-long answers split within Discord's limits.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { GatewayIntent } from "../fakes/discord/index.ts";
import { CHANNEL_ID, type DiscordHarness, FOLLOW_UP, GUILD_ID, openDiscord } from "./harness.ts";
import { pingsIn } from "./pings.ts";
import { isEphemeral } from "./seen.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

describe("mentions and DMs", () => {
  test("GIVEN the adapter THEN it identifies with Guilds, GuildMessages and DirectMessages only", async () => {
    const identify = await h.fake.ready;
    expect(identify.intents).toBe(
      GatewayIntent.Guilds | GatewayIntent.GuildMessages | GatewayIntent.DirectMessages,
    );
  });

  test("GIVEN a DM with a command THEN it is answered in the DM like the console", async () => {
    const grace = h.user("grace");
    const seen = await h.dm(grace, "rate python 3");
    expect(seen.text).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(h.bot.events.at(-1)).toMatchObject({
      type: "text",
      person: { tenant: "dm", user: grace.id, displayName: "grace" },
      where: { kind: "dm", audience: "private" },
    });
  });

  test("GIVEN a mention with a question THEN a public answer replies in the channel", async () => {
    const seen = await h.mention(h.user("linus"), "help");
    expect(seen.calls.map((c) => c.path)).toEqual([`/channels/${CHANNEL_ID}/messages`]);
    expect(seen.text).toMatch(/\/skills rate skill \[level\]/);
    expect(h.bot.events.at(-1)).toMatchObject({
      type: "text",
      text: "help",
      where: { audience: "public" },
    });
  });

  test("GIVEN a mention asking for something personal THEN the answer goes by DM and the channel only gets a pointer", async () => {
    const barbara = h.user("barbara");
    await h.dm(barbara, "rate sql 2");
    const seen = await h.mention(barbara, "profile");
    const channelPosts = seen.calls.filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`);
    expect(channelPosts).toHaveLength(1);
    expect(JSON.stringify(channelPosts[0]?.body)).not.toMatch(/SQL/);
    expect(JSON.stringify(channelPosts[0]?.body)).toMatch(/direct message/);
    const dms = seen.calls.filter(
      (c) =>
        c.route === "POST /channels/:channelId/messages" &&
        c.path !== `/channels/${CHANNEL_ID}/messages`,
    );
    expect(JSON.stringify(dms.map((c) => c.body))).toMatch(/SQL/);
  });

  test("GIVEN mentions from the server's owner and from a member THEN only the owner's carries Manage Channels", async () => {
    await h.mention(h.fake.testUser, "quiz daily status");
    expect(h.bot.events.at(-1)).toMatchObject({ canManageChannel: true });
    await h.mention(h.user("member"), "quiz daily status");
    expect(h.bot.events.at(-1)).toMatchObject({ canManageChannel: false });
  });

  test("GIVEN a mention of the bot's own role (the picker's other @Skillbot) THEN it is answered like a mention of the bot", async () => {
    const seen = await h.roleMention(h.user("rosa"), "help");
    expect(seen.calls.map((c) => c.path)).toEqual([`/channels/${CHANNEL_ID}/messages`]);
    expect(seen.text).toMatch(/\/skills rate skill \[level\]/);
    expect(h.bot.events.at(-1)).toMatchObject({ type: "text", text: "help" });
  });

  test("GIVEN a mention of some other role THEN it is not for the bot", async () => {
    const before = h.bot.events.length;
    h.fake.dispatch(
      "MESSAGE_CREATE",
      h.fake.messages.message({ content: `<@&${GUILD_ID}> standup`, mentionRoles: [GUILD_ID] }),
    );
    await h.mention(h.user("after"), "help");
    expect(h.bot.events.slice(before).map((e) => (e.type === "text" ? e.text : e.type))).toEqual([
      "help",
    ]);
  });

  test("GIVEN a DM asking to rate without a skill THEN a button opens the rating modal", async () => {
    const alan = h.user("alan");
    const seen = await h.dm(alan, "rate");
    const opener = seen.buttons.find((b) => b.customId === "rate.open|");
    expect(opener?.label).toBe("Rate a skill");
    const opened = await h.press(opener?.customId ?? "", { dm: true, user: alan });
    expect(opened.callbackType).toBe(9);
  });

  test("GIVEN a guild message that does not mention the bot THEN it is ignored", async () => {
    const before = h.bot.events.length;
    h.fake.dispatch("MESSAGE_CREATE", h.fake.messages.message({ content: "just chatting" }));
    // A mention right after is answered: the ignored message produced nothing on the way.
    const seen = await h.mention(h.user("ken"), "help");
    expect(h.bot.events.length).toBe(before + 1);
    expect(seen.calls).toHaveLength(1);
  });
});

describe("nobody gets pinged", () => {
  test("GIVEN user text with @everyone, @here, a role and a user WHEN echoed anywhere THEN every message forbids pings", async () => {
    const mallory = h.user("mallory");
    const evil =
      "@everyone @here <@&1100000000000000009> <@2000000000000000001> **bold** # heading";
    await h.slash("rate", { skill: evil, level: 2 });
    await h.slash("ask", { text: evil });
    await h.dm(mallory, `rate ${evil} 2`);
    await h.mention(mallory, `rate ${evil} 2`);
    const sent = h.fake.calls.filter((c) => JSON.stringify(c.body ?? "").includes("everyone"));
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(pingsIn(h.fake.calls)).toEqual([]);
    for (const call of sent) {
      const body = JSON.stringify(call.body);
      expect(body).toContain('"allowed_mentions":{"parse":[]');
      // Escaped for Discord markdown: no bold, no heading, no mention syntax from user text.
      expect(body).not.toContain("**bold**");
      expect(body).toContain("\\\\*\\\\*bold\\\\*\\\\*");
      expect(body).not.toMatch(/[^\\]<@&/);
    }
  });
});

describe("Discord's limits", () => {
  test("GIVEN an answer longer than 2,000 characters THEN it arrives in ephemeral pages Discord accepts", async () => {
    const long = Array.from({ length: 480 }, (_, i) => `word${i}`).join(" ");
    h.bot.decorate = (reply) => ({
      ...reply,
      blocks: [...reply.blocks, { kind: "text", text: [{ text: long }] }],
    });
    const seen = await h.slash("rate", { skill: "python", level: 2 });
    expect(seen.text).toMatch(/Saved: Python at 2/);
    expect(seen.calls.every((c) => c.status < 300)).toBe(true);
    expect(seen.calls.filter((c) => c.route === FOLLOW_UP).length).toBeGreaterThanOrEqual(1);
    for (const message of seen.messages) {
      expect(message.content?.length ?? 0).toBeLessThanOrEqual(2000);
      expect(isEphemeral(message)).toBe(true);
    }
    expect(seen.messages.map((m) => m.content).join(" ")).toContain("word0 word1");
    expect(seen.messages.map((m) => m.content).join(" ")).toContain("word479");
  });
});
