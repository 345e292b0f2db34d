import { webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Delivery } from "../../adapters/slack/deliver.ts";
import { SlackCalls, webClientOptions } from "../../adapters/slack/web-api.ts";
import { DeliveryUnknown, Undeliverable } from "../../src/core/outbox.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { privateReply, publicReply, type Reply } from "../../src/core/reply.ts";
import { userRef } from "../../src/core/rich-text.ts";
import {
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_TEAM,
  pingsIn,
  RESPONSE_URL,
  startFakeSlack,
} from "../fakes/slack/index.ts";
import { FAKE_USER, openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

const target = { platform: "slack" as const, tenant: FAKE_TEAM.id, channel: FAKE_CHANNEL.id };
const line = (text: string) => [{ kind: "text" as const, text: [{ text }] }];

describe("messages the bot starts (daily quiz, reminders)", () => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await openSlack();
  });
  afterEach(async () => {
    await h.close();
  });

  it("GIVEN a public reply WHEN posted to a channel THEN it is one message, names teammates without pinging them, and can be updated", async () => {
    const reply = publicReply([
      { kind: "text", text: [{ text: "Yesterday's best: " }, userRef("U0MENTOR01", "Grace")] },
    ]);
    const posted = await h.adapter.post?.(target, reply);
    const call = await h.fake.nextCall("chat.postMessage");
    expect(call.body).toMatchObject({ channel: FAKE_CHANNEL.id, unfurl_links: "false" });
    expect(blocksText(call.body.blocks)).toBe("Yesterday's best: Grace");
    await h.adapter.update?.(target, posted?.messageId ?? "", publicReply(line("Revealed")));
    const update = await h.fake.nextCall("chat.update");
    expect(update.body.ts).toBe(posted?.messageId);
    expect(pingsIn(h.fake.calls)).toEqual([]);
  });

  it("GIVEN a private reply WHEN asked to post it in a channel THEN it is refused and nothing is posted", async () => {
    await expect(h.adapter.post?.(target, privateReply(line("your ratings")))).rejects.toThrow(
      /private reply/,
    );
    await expect(
      h.adapter.post?.({ ...target, tenant: "T0ELSEWHERE" }, publicReply(line("hi"))),
    ).rejects.toThrow(/not installed/);
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  });

  it("GIVEN Slack says 429 or fails with a 500 WHEN posting THEN the outbox hears RateLimited (retry later) or DeliveryUnknown (do not resend), after one call each", async () => {
    const reply = publicReply(line("Today's question"));
    h.fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 7 });
    await expect(h.adapter.post?.(target, reply, "daily:C0CHAN0001:2026-11-26")).rejects.toEqual(
      expect.objectContaining({ name: "RateLimited", retryAfterMs: 7000 }),
    );
    h.fake.failNext("chat.postMessage", { status: 500 });
    await expect(
      h.adapter.post?.(target, reply, "daily:C0CHAN0001:2026-11-26"),
    ).rejects.toBeInstanceOf(DeliveryUnknown);
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.status)).toEqual([429, 500]);
    expect(h.sleeps).toEqual([]);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived"])(
    "GIVEN Slack answers %s WHEN posting THEN the outbox hears Undeliverable: retrying cannot help",
    async (error) => {
      h.fake.failNext("chat.postMessage", { error });
      await expect(
        h.adapter.post?.(target, publicReply(line("Today's question")), "daily:1"),
      ).rejects.toBeInstanceOf(Undeliverable);
    },
  );

  it("GIVEN a person WHEN sent a DM THEN it goes to the app's DM with them", async () => {
    const person = { platform: "slack" as const, tenant: FAKE_TEAM.id, user: FAKE_USER.id };
    await h.adapter.dm?.(person, privateReply(line("Three questions are due for review.")));
    const call = await h.fake.nextCall("chat.postMessage");
    expect(call.body.channel).toBe(FAKE_USER.id);
    expect(call.token).toBe(FAKE_BOT.token);
  });
});

describe("follow-ups (a better answer that comes later)", () => {
  it("GIVEN a reply with a follow-up WHEN it settles THEN the first answer is replaced at the same response_url; a failed one keeps it", async () => {
    const { fake, delivery, client, pending } = await deliveryOnFake();
    const url = fake.responseUrl();
    const better: Reply = privateReply(line("A grounded explanation."));
    await delivery.send(
      client,
      { ...privateReply(line("Short answer.")), followUp: Promise.resolve(better) },
      {
        user: FAKE_USER.id,
        responseUrl: url,
        publicOk: false,
      },
    );
    const failed = fake.responseUrl();
    await delivery.send(
      client,
      { ...privateReply(line("Kept.")), followUp: Promise.reject(new Error("model timed out")) },
      { user: FAKE_USER.id, responseUrl: failed, publicOk: false },
    );
    await Promise.all(pending);
    const posts = fake.callsTo(RESPONSE_URL);
    expect(
      posts
        .filter((c) => c.url === url)
        .map((c) => [blocksText(c.body.blocks), c.body.replace_original]),
    ).toEqual([
      ["Short answer.", false],
      ["A grounded explanation.", true],
    ]);
    expect(posts.filter((c) => c.url === failed)).toHaveLength(1);
    await fake.close();
  });

  it("GIVEN a follow-up to an answer to a button press THEN it comes as a new message: to Slack the original is the message with the button, maybe a public one", async () => {
    const { fake, delivery, client, pending } = await deliveryOnFake();
    const url = fake.responseUrl();
    await delivery.send(
      client,
      {
        ...privateReply(line("Your path.")),
        followUp: Promise.resolve(privateReply(line("Better."))),
      },
      {
        user: FAKE_USER.id,
        channel: FAKE_CHANNEL.id,
        responseUrl: url,
        pressed: true,
        publicOk: false,
      },
    );
    await Promise.all(pending);
    expect(
      fake.callsTo(RESPONSE_URL).map((c) => [blocksText(c.body.blocks), c.body.replace_original]),
    ).toEqual([
      ["Your path.", false],
      ["Better.", false],
    ]);
    await fake.close();
  });
});

describe("a response_url that refuses the answer", () => {
  it("GIVEN the response_url has expired THEN the answer goes to the person's DM with the app, never to the channel", async () => {
    const { fake, delivery, client } = await deliveryOnFake();
    fake.failNext(RESPONSE_URL, { status: 404, error: "expired_url" });
    await delivery.send(client, privateReply(line("Saved: SQL at 3.")), {
      user: FAKE_USER.id,
      channel: FAKE_CHANNEL.id,
      responseUrl: fake.responseUrl(),
      publicOk: false,
    });
    const [dm] = fake.callsTo("chat.postMessage");
    expect(dm?.body.channel).toBe(FAKE_USER.id);
    expect(blocksText(dm?.body.blocks)).toMatch(/Saved: SQL at 3/);
    expect(fake.callsTo("chat.postEphemeral")).toEqual([]);
    await fake.close();
  });

  it("GIVEN the response_url fails with a 5xx (it may have shown the answer) THEN no second copy goes by DM", async () => {
    const { fake, delivery, client } = await deliveryOnFake();
    fake.failNext(RESPONSE_URL, { status: 503, error: "service_unavailable" });
    await expect(
      delivery.send(client, privateReply(line("Saved.")), {
        user: FAKE_USER.id,
        responseUrl: fake.responseUrl(),
        publicOk: false,
      }),
    ).rejects.toThrow(/503/);
    expect(fake.callsTo("chat.postMessage")).toEqual([]);
    await fake.close();
  });

  it("GIVEN a Slack-compatible server (SLACK_API_URL) serving response_urls from another host THEN they are answered there", async () => {
    const { fake, delivery, client } = await deliveryOnFake();
    const elsewhere = fake.responseUrl().replace("127.0.0.1", "localhost");
    await delivery.send(client, privateReply(line("Here.")), {
      user: FAKE_USER.id,
      responseUrl: elsewhere,
      publicOk: false,
    });
    expect(fake.callsTo(RESPONSE_URL).map((c) => blocksText(c.body.blocks))).toEqual(["Here."]);
    await fake.close();
  });

  it("GIVEN Slack itself and a response_url that is not on Slack's hosts THEN nothing goes there; the answer goes by DM", async () => {
    const { fake, delivery, client } = await deliveryOnFake({ againstSlack: true });
    await delivery.send(client, privateReply(line("Private.")), {
      user: FAKE_USER.id,
      responseUrl: fake.responseUrl(),
      publicOk: false,
    });
    expect(fake.callsTo(RESPONSE_URL)).toEqual([]);
    expect(fake.callsTo("chat.postMessage").map((c) => c.body.channel)).toEqual([FAKE_USER.id]);
    await fake.close();
  });
});

/** Delivery through the fake Slack's Web API; `againstSlack`: with no SLACK_API_URL configured. */
async function deliveryOnFake(options: { againstSlack?: boolean } = {}) {
  const fake = await startFakeSlack();
  const calls = new SlackCalls({
    sleep: async () => {},
    log: silentLogger,
    slackApiUrl: options.againstSlack ? undefined : fake.apiUrl,
  });
  const pending: Promise<unknown>[] = [];
  const delivery = new Delivery(calls, silentLogger, (work) => void pending.push(work));
  const client = new webApi.WebClient(
    FAKE_BOT.token,
    webClientOptions({ apiUrl: fake.apiUrl, apiTimeoutMs: 5000 }, silentLogger),
  );
  return { fake, delivery, client, pending };
}
