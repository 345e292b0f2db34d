// The fake Discord, driven by the real discord.js 14: if these pass, the bot's Discord tests
// exercise the SDK as it runs against Discord.
import { once } from "node:events";
import {
  ActionRowBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  Partials,
  PermissionFlagsBits,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  type FakeDiscord,
  GatewayIntent,
  MANAGER_PERMISSIONS,
  startFakeDiscord,
} from "./discord/index.ts";

const CALLBACK = "POST /interactions/:interactionId/:token/callback";
const ORIGINAL = "/webhooks/:applicationId/:token/messages/:messageId";
const GUILD_ID = "1100000000000000001";
const CHANNEL_ID = "1100000000000000002";

let fake: FakeDiscord;
let client: Client;

async function connectedClient(): Promise<Client> {
  const bot = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    rest: { api: fake.apiBase },
  });
  const ready = once(bot, Events.ClientReady);
  await bot.login("fake-token");
  await ready;
  return bot;
}

/** Dispatches an interaction and hands back what discord.js made of it. */
async function deliver<T extends Interaction>(payload: { id: string }): Promise<T> {
  const arrived = new Promise<T>((resolve) => {
    const listener = (interaction: Interaction) => {
      if (interaction.id !== payload.id) return;
      client.off(Events.InteractionCreate, listener);
      resolve(interaction as T);
    };
    client.on(Events.InteractionCreate, listener);
  });
  fake.dispatch("INTERACTION_CREATE", payload);
  return arrived;
}

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

beforeEach(async () => {
  fake = await startFakeDiscord({
    applicationId: "1000000000000000001",
    botUserId: "1000000000000000001",
    guilds: [{ id: GUILD_ID, name: "Skill Team", channels: [{ id: CHANNEL_ID, name: "general" }] }],
  });
  client = await connectedClient();
});

afterEach(async () => {
  await client.destroy();
  await fake.close();
});

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

describe("slash commands", () => {
  test("GIVEN a command in a guild WHEN the bot replies ephemerally THEN the callback is recorded", async () => {
    const payload = fake.interactions.chatInput({
      command: "skill",
      subcommand: "ask",
      options: { topic: "embeddings", depth: 2 },
    });
    const interaction = await deliver<ChatInputCommandInteraction>(payload);
    expect(interaction.isChatInputCommand()).toBe(true);
    expect(interaction.commandName).toBe("skill");
    expect(interaction.options.getSubcommand()).toBe("ask");
    expect(interaction.options.getString("topic")).toBe("embeddings");
    expect(interaction.options.getInteger("depth")).toBe(2);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)).toBe(false);

    const recorded = fake.nextCall({ route: CALLBACK });
    await interaction.reply({
      content: "Here is what I know about embeddings",
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    const call = await recorded;
    expect(call.path).toBe(`/interactions/${payload.id}/${payload.token}/callback`);
    expect(call.status).toBe(204);
    expect(call.body).toMatchObject({
      type: 4,
      data: {
        content: "Here is what I know about embeddings",
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
  });

  test("GIVEN a member who may manage channels THEN discord.js sees the permission", async () => {
    const payload = fake.interactions.chatInput({
      command: "setup",
      permissions: MANAGER_PERMISSIONS,
    });
    const interaction = await deliver<ChatInputCommandInteraction>(payload);
    expect(interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels)).toBe(true);
    expect(interaction.inGuild()).toBe(true);
  });

  test("GIVEN a command in a DM THEN there is a user and no member, and replies work", async () => {
    const payload = fake.interactions.chatInput({ command: "profile", dm: true });
    const interaction = await deliver<ChatInputCommandInteraction>(payload);
    expect(interaction.inGuild()).toBe(false);
    expect(interaction.member).toBeNull();
    expect(interaction.user.id).toBe(fake.testUser.id);
    expect(interaction.channel?.isDMBased()).toBe(true);
    const response = await interaction.reply({ content: "Your profile", withResponse: true });
    expect(response.resource?.message?.content).toBe("Your profile");
    expect(response.interaction.responseMessageEphemeral).toBe(false);
  });

  test("GIVEN a deferred reply WHEN the bot edits it THEN the edit hits @original", async () => {
    const interaction = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "path" }),
    );
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const recorded = fake.nextCall({ method: "PATCH", route: `PATCH ${ORIGINAL}` });
    const message = await interaction.editReply({ content: "Your learning path" });
    const call = await recorded;
    expect(call.path).toBe(
      `/webhooks/${fake.applicationId}/${interaction.token}/messages/@original`,
    );
    expect(call.body).toMatchObject({ content: "Your learning path" });
    expect(message.content).toBe("Your learning path");
    expect(message.flags.has(MessageFlags.Ephemeral)).toBe(true);
    expect(message.flags.has(MessageFlags.Loading)).toBe(false);
    const deferral = fake.calls.find((c) => c.route === CALLBACK);
    expect(deferral?.body).toEqual({ type: 5, data: { flags: 64 } });
  });

  test("GIVEN a reply with a file THEN the multipart payload_json and the file are recorded", async () => {
    const interaction = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "export" }),
    );
    const recorded = fake.nextCall({ route: CALLBACK });
    const response = await interaction.reply({
      content: "Your matrix",
      files: [{ attachment: Buffer.from("skill,level\nrag,3\n"), name: "matrix.csv" }],
      withResponse: true,
    });
    const call = await recorded;
    expect(call.headers["content-type"]).toMatch(/^multipart\/form-data/);
    expect(call.body).toMatchObject({ type: 4, data: { content: "Your matrix" } });
    expect(call.files).toEqual([
      { field: "files[0]", name: "matrix.csv", contentType: expect.any(String), size: 18 },
    ]);
    expect(response.resource?.message?.attachments.first()?.name).toBe("matrix.csv");
  });

  test("GIVEN a reply WHEN the bot follows up THEN a message comes back from the webhook", async () => {
    const interaction = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "quiz" }),
    );
    await interaction.reply("Question 1");
    const followUp = await interaction.followUp({ content: "Question 2" });
    expect(followUp.content).toBe("Question 2");
    const fetched = await interaction.fetchReply();
    expect(fetched.content).toBe("Question 1");
  });

  test("GIVEN an autocomplete WHEN the bot responds THEN the choices are recorded", async () => {
    const payload = fake.interactions.autocomplete({
      command: "skill",
      subcommand: "ask",
      focused: { name: "topic", value: "emb" },
    });
    const interaction = await deliver<AutocompleteInteraction>(payload);
    expect(interaction.isAutocomplete()).toBe(true);
    expect(interaction.options.getFocused(true)).toMatchObject({ name: "topic", value: "emb" });
    const recorded = fake.nextCall({ route: CALLBACK });
    await interaction.respond([{ name: "Embeddings", value: "embeddings" }]);
    expect((await recorded).body).toEqual({
      type: 8,
      data: { choices: [{ name: "Embeddings", value: "embeddings" }] },
    });
  });

  test("GIVEN a scripted 10062 WHEN the bot replies THEN reply rejects with that DiscordAPIError", async () => {
    fake.failNext(
      { route: CALLBACK },
      { status: 404, code: 10062, message: "Unknown interaction" },
    );
    const interaction = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "slow" }),
    );
    const error = await interaction.reply("too late").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 10062, status: 404 });
  });

  test("GIVEN an answered interaction WHEN it is answered again THEN Discord says 40060", async () => {
    const payload = fake.interactions.chatInput({ command: "twice" });
    const interaction = await deliver<ChatInputCommandInteraction>(payload);
    await interaction.reply("once");
    // discord.js refuses a second reply itself; go around it as a buggy bot might.
    const again = client.rest
      .post(`/interactions/${payload.id}/${payload.token}/callback`, {
        body: { type: 4, data: { content: "twice" } },
        auth: false,
      })
      .catch((caught: unknown) => caught);
    expect(await again).toMatchObject({ code: 40060, status: 400 });
  });

  test("GIVEN a reply over 2000 characters THEN Discord's form error comes back", async () => {
    const interaction = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "long" }),
    );
    const error = await interaction.reply("x".repeat(2001)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    expect((error as DiscordAPIError).message).toContain("data.content[BASE_TYPE_MAX_LENGTH]");
  });
});

describe("components and modals", () => {
  test("GIVEN a button on the bot's reply WHEN pressed THEN update() edits that message", async () => {
    const command = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "rate" }),
    );
    const reply = await command.reply({
      content: "Rate yourself",
      components: [
        { type: 1, components: [{ type: 2, style: 1, label: "3", custom_id: "rate:3" }] },
      ],
      withResponse: true,
    });
    const replyId = reply.resource?.message?.id ?? "";

    const press = await deliver<ButtonInteraction>(
      fake.interactions.button({ customId: "rate:3" }),
    );
    expect(press.isButton()).toBe(true);
    expect(press.customId).toBe("rate:3");
    expect(press.message.id).toBe(replyId);
    const recorded = fake.nextCall({ route: CALLBACK });
    await press.update({ content: "Rated 3", components: [] });
    expect((await recorded).body).toMatchObject({ type: 7, data: { content: "Rated 3" } });
    expect(fake.message(replyId)?.content).toBe("Rated 3");
  });

  test.each([
    {
      layout: "labels",
      topLevelType: 18,
      layOut: (modal: ModalBuilder, input: TextInputBuilder) =>
        modal.addLabelComponents((label) => label.setLabel("Note").setTextInputComponent(input)),
    },
    {
      layout: "action rows",
      topLevelType: 1,
      layOut: (modal: ModalBuilder, input: TextInputBuilder) =>
        modal.addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
    },
  ])(
    "GIVEN a modal laid out with $layout WHEN submitted THEN the fields read back",
    async ({ topLevelType, layOut }) => {
      const command = await deliver<ChatInputCommandInteraction>(
        fake.interactions.chatInput({ command: "feedback" }),
      );
      const input = new TextInputBuilder().setCustomId("note").setStyle(TextInputStyle.Paragraph);
      const modal = new ModalBuilder().setCustomId("feedback-modal").setTitle("Feedback");
      const opened = fake.nextCall({ route: CALLBACK });
      await command.showModal(layOut(modal, input));
      expect((await opened).body).toMatchObject({ type: 9, data: { custom_id: "feedback-modal" } });

      // Discord answers in the modal's own layout; the fake mirrors the modal it saw.
      const payload = fake.interactions.modalSubmit({
        customId: "feedback-modal",
        fields: { note: "Great" },
      });
      expect(payload.data.components[0]?.type).toBe(topLevelType);
      const submit = await deliver<ModalSubmitInteraction>(payload);
      expect(submit.isModalSubmit()).toBe(true);
      expect(submit.fields.getTextInputValue("note")).toBe("Great");
      await submit.reply({ content: "Thanks", flags: MessageFlags.Ephemeral });
    },
  );
});

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
  fake = await startFakeDiscord();
  client = await connectedClient();
  expect(sockets()).toBeGreaterThan(baseline);
  await client.destroy();
  await fake.close();
  expect(sockets()).toBe(baseline);
  // afterEach destroys/closes again: both must be safe to repeat.
});
