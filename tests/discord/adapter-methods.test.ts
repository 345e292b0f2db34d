// The adapter's own surface: posting, updating and DMing for scheduled features, follow-up
// replies (LLM explanations), and stopping without dropping an answer in progress.
import { afterEach, describe, expect, test } from "vitest";
import type { Deadline } from "../../adapters/discord/deadline.ts";
import { Undeliverable } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { privateReply, publicReply } from "../../src/core/reply.ts";
import { openStore } from "../../src/store/open-store.ts";
import {
  CALLBACK,
  CHANNEL_ID,
  CHANNEL_MESSAGE,
  type DiscordHarness,
  EDIT_ORIGINAL,
  GUILD_ID,
  openDiscord,
} from "./harness.ts";
import { messageText } from "./seen.ts";
import { slowStore } from "./slow-store.ts";

let h: DiscordHarness;
afterEach(async () => {
  await h.close();
});

const target = { platform: "discord" as const, tenant: GUILD_ID, channel: CHANNEL_ID };
const question = publicReply([
  { kind: "heading", text: "Daily quiz" },
  { kind: "text", text: [{ text: "@everyone what is SQL?" }] },
]);

describe("post, update and dm", () => {
  test("GIVEN a public reply WHEN posted and then updated THEN the channel message changes, pinging nobody", async () => {
    h = await openDiscord();
    const { messageId } = (await h.adapter.post?.(target, question)) ?? { messageId: "" };
    expect(h.fake.message(messageId)?.embeds[0]?.title).toBe("Daily quiz");
    const posted = h.fake.calls.find((c) => c.route === CHANNEL_MESSAGE);
    expect(posted?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    await h.adapter.update?.(
      target,
      messageId,
      publicReply([{ kind: "text", text: [{ text: "The answer was SELECT." }] }]),
    );
    expect(h.fake.message(messageId)?.content).toBe("The answer was SELECT.");
  });

  test("GIVEN a private reply THEN it is never posted in a channel", async () => {
    h = await openDiscord();
    await expect(
      h.adapter.post?.(target, privateReply([{ kind: "text", text: [{ text: "Your ratings" }] }])),
    ).rejects.toThrow(/private/);
    expect(h.fake.calls.some((c) => c.route === CHANNEL_MESSAGE)).toBe(false);
  });

  test("GIVEN a person WHEN DMed THEN a DM channel is opened and the reply sent there", async () => {
    h = await openDiscord();
    const ada = h.user("ada");
    await h.adapter.dm?.(
      { platform: "discord", tenant: GUILD_ID, user: ada.id },
      privateReply([{ kind: "text", text: [{ text: "Time to review SQL" }] }]),
    );
    const opened = h.fake.calls.find((c) => c.route === "POST /users/@me/channels");
    expect(opened?.body).toEqual({ recipient_id: ada.id });
    const sent = h.fake.calls.find((c) => c.route === CHANNEL_MESSAGE);
    expect(sent?.body).toMatchObject({
      content: "Time to review SQL",
      allowed_mentions: { parse: [] },
    });
  });
});

describe("channels Discord refuses for good", () => {
  test.each([
    [404, 10003, "Unknown Channel"],
    [403, 50001, "Missing Access"],
    [403, 50013, "Missing Permissions"],
  ])(
    "GIVEN a post answered %i (%i %s) THEN the outbox hears Undeliverable: retrying cannot help",
    async (status, code, message) => {
      h = await openDiscord();
      h.fake.failNext({ route: CHANNEL_MESSAGE }, { status, code, message });

      await expect(h.adapter.post?.(target, question, "daily:1")).rejects.toBeInstanceOf(
        Undeliverable,
      );
    },
  );

  test("GIVEN a post that fails with a 500 THEN it is not taken for a refusal", async () => {
    h = await openDiscord();
    h.fake.failNext({ route: CHANNEL_MESSAGE }, { status: 500, times: 5 });

    await expect(h.adapter.post?.(target, question, "daily:1")).rejects.not.toBeInstanceOf(
      Undeliverable,
    );
  });
});

describe("follow-ups", () => {
  test("GIVEN a reply with a better version to come THEN it is sent at once and replaced when ready", async () => {
    h = await openDiscord();
    let deliver: () => void = () => {};
    const ready = new Promise<void>((resolve) => {
      deliver = resolve;
    });
    h.bot.decorate = (reply) => ({
      ...reply,
      followUp: ready.then(() =>
        privateReply([{ kind: "text", text: [{ text: "A better explanation." }] }]),
      ),
    });
    const first = await h.slash("help");
    expect(first.callbackType).toBe(4);
    const edited = h.fake.nextCall({ route: EDIT_ORIGINAL });
    deliver();
    const edit = await edited;
    expect(messageText(edit.body as never)).toBe("A better explanation.");
    expect(h.fake.message((edit.response as { id: string }).id)?.flags).toBe(64);
  });

  test("GIVEN a follow-up that fails THEN the first answer stays and nothing is logged as an error", async () => {
    h = await openDiscord();
    h.bot.decorate = (reply) => ({ ...reply, followUp: Promise.reject(new Error("model down")) });
    await h.slash("help");
    await h.adapter.stop();
    expect(h.fake.calls.some((c) => c.route === EDIT_ORIGINAL)).toBe(false);
    expect(h.log.entries.filter((e) => e.level === "error")).toEqual([]);
  });
});

describe("stopping", () => {
  test("GIVEN an answer in progress WHEN the adapter stops THEN the answer is sent before it disconnects", async () => {
    const slow = slowStore(await openStore("memory://", silentLogger));
    const never: Deadline = () => ({ cancel: () => {} });
    h = await openDiscord({ store: slow.store, deadline: never });
    const answered = h.fake.nextCall({ route: CALLBACK });
    h.fake.dispatch(
      "INTERACTION_CREATE",
      h.fake.interactions.chatInput({ command: "skills", subcommand: "profile" }),
    );
    await slow.holding;
    const stopped = h.adapter.stop();
    slow.release();
    await stopped;
    expect((await answered).status).toBe(204);
  });
});
