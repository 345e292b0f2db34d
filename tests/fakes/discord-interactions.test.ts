// The fake Discord's interactions, driven by the real discord.js 14: slash commands, replies and
// their errors, autocomplete, buttons and modals.
import {
  ActionRowBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { describe, expect, test } from "vitest";
import { MANAGER_PERMISSIONS } from "./discord/index.ts";
import { client, deliver, fake, useFakeDiscord } from "./discord-harness.ts";

const CALLBACK = "POST /interactions/:interactionId/:token/callback";
const ORIGINAL = "/webhooks/:applicationId/:token/messages/:messageId";

useFakeDiscord();

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

describe("forgetting history", () => {
  test("GIVEN answered interactions WHEN the fake forgets its history THEN they are gone, and the guild still works", async () => {
    const answered = await deliver<ChatInputCommandInteraction>(
      fake.interactions.chatInput({ command: "quiz" }),
    );
    await answered.reply("Question 1");
    const first = await answered.fetchReply();
    expect(fake.calls.length).toBeGreaterThan(0);
    expect(fake.message(first.id)).toBeDefined();

    fake.forgetHistory();
    expect(fake.calls).toEqual([]);
    expect(fake.message(first.id)).toBeUndefined();
    // Its token is forgotten too: an edit now is refused (Invalid Webhook Token), as after Discord's 15 minutes.
    await expect(answered.editReply("Question 1, again")).rejects.toThrow();

    const payload = fake.interactions.chatInput({ command: "quiz" });
    const fresh = await deliver<ChatInputCommandInteraction>(payload);
    const recorded = fake.nextCall({ route: CALLBACK });
    await fresh.reply("Question 2");
    expect((await recorded).path).toBe(`/interactions/${payload.id}/${payload.token}/callback`);
    // Only what came after: the refused edit and the new callback.
    expect(fake.calls.map((call) => call.status)).toEqual([401, 204]);
  });
});
