// The fake Discord's REST API for what is not an interaction, driven by the real discord.js 14:
// channel messages and DMs, rate limits, command registration and unknown routes.
import { Events, type Message } from "discord.js";
import { describe, expect, test } from "vitest";
import { CHANNEL_ID, client, fake, GUILD_ID, useFakeDiscord } from "./discord-harness.ts";

useFakeDiscord();

async function deliverMessage(payload: { id: string }): Promise<Message> {
  const arrived = new Promise<Message>((resolve) => {
    const listener = (message: Message) => {
      if (message.id !== payload.id) return;
      client.off(Events.MessageCreate, listener);
      resolve(message);
    };
    client.on(Events.MessageCreate, listener);
  });
  expect(fake.dispatch("MESSAGE_CREATE", payload)).toBe(1);
  return arrived;
}

describe("messages", () => {
  test("GIVEN a mention of the bot WHEN the bot replies THEN the reply references it", async () => {
    const message = await deliverMessage(fake.messages.mention({ text: "what is RAG?" }));
    expect(message.content).toBe(`<@${fake.botUser.id}> what is RAG?`);
    expect(message.mentions.users.has(fake.botUser.id)).toBe(true);
    expect(message.guildId).toBe(GUILD_ID);
    const recorded = fake.nextCall({ route: "POST /channels/:channelId/messages" });
    const reply = await message.reply({
      content: "RAG is…",
      allowedMentions: { repliedUser: false },
    });
    const call = await recorded;
    expect(call.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(call.body).toMatchObject({ message_reference: { message_id: message.id } });
    expect(reply.id).not.toBe(message.id);

    const edited = fake.nextCall({ route: "PATCH /channels/:channelId/messages/:messageId" });
    await reply.edit("RAG is retrieval-augmented generation.");
    expect((await edited).path).toBe(`/channels/${CHANNEL_ID}/messages/${reply.id}`);
    expect(fake.message(reply.id)?.content).toBe("RAG is retrieval-augmented generation.");
  });

  test("GIVEN a DM to the bot THEN it arrives through the Channel partial", async () => {
    const message = await deliverMessage(fake.messages.dm({ content: "hello" }));
    expect(message.content).toBe("hello");
    expect(message.channel.isDMBased()).toBe(true);
    expect(message.guildId).toBeNull();
  });

  test("GIVEN no MessageContent intent THEN a guild message that does not mention the bot is blank", async () => {
    const message = await deliverMessage(fake.messages.message({ content: "just chatting" }));
    expect(message.content).toBe("");
  });

  test("GIVEN a user WHEN the bot DMs them THEN a DM channel is opened and the message sent", async () => {
    const user = await client.users.fetch(fake.testUser.id);
    const sent = await user.send("Your weekly review is due");
    expect(sent.content).toBe("Your weekly review is due");
    const opened = fake.calls.find((call) => call.route === "POST /users/@me/channels");
    expect(opened?.body).toEqual({ recipient_id: fake.testUser.id });
  });

  test("GIVEN a scripted 429 WHEN the bot sends THEN discord.js waits and retries", async () => {
    fake.failNext(
      { route: "POST /channels/:channelId/messages" },
      { status: 429, retryAfter: 0.01 },
    );
    const channel = client.channels.cache.get(CHANNEL_ID);
    if (!channel?.isSendable()) throw new Error("general should be sendable");
    const sent = await channel.send("after the limit");
    expect(sent.content).toBe("after the limit");
    const sends = fake.calls.filter((call) => call.route === "POST /channels/:channelId/messages");
    expect(sends.map((call) => call.status)).toEqual([429, 200]);
  });
});

describe("commands and unknown routes", () => {
  test("GIVEN two registrations THEN ids are kept and only changed commands get a new version", async () => {
    const app = client.application;
    if (!app) throw new Error("no application");
    // discord.js patches its cached command objects in place: keep plain copies.
    const snapshot = async (descriptions: [string, string]) => {
      const commands = await app.commands.set(
        [
          { name: "skill", description: descriptions[0] },
          { name: "quiz", description: descriptions[1] },
        ],
        GUILD_ID,
      );
      return new Map(commands.map((c) => [c.name, { id: c.id, version: c.version }]));
    };
    const first = await snapshot(["Ask about a skill", "Take a quiz"]);
    const second = await snapshot(["Ask about a skill", "Take a short quiz"]);
    expect(second.get("skill")).toEqual(first.get("skill"));
    expect(second.get("quiz")?.id).toBe(first.get("quiz")?.id);
    expect(second.get("quiz")?.version).not.toBe(first.get("quiz")?.version);
    expect(fake.commands(GUILD_ID).map((c) => c.description)).toEqual([
      "Ask about a skill",
      "Take a short quiz",
    ]);
    const payload = fake.interactions.chatInput({ command: "quiz" });
    expect(payload.data.id).toBe(second.get("quiz")?.id);
  });

  test("GIVEN a route the fake does not know THEN it answers 404 and records the call", async () => {
    const error = await client.rest.get("/guilds/1/audit-logs").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, code: 0 });
    expect(fake.calls.at(-1)).toMatchObject({
      method: "GET",
      path: "/guilds/1/audit-logs",
      route: null,
    });
  });
});
