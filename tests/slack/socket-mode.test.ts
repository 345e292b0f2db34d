import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  appMention,
  BOT_MENTION,
  eventCallback,
  FAKE_APP_TOKEN,
  FAKE_CHANNEL,
  slashCommand,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack({ env: { SLACK_APP_TOKEN: FAKE_APP_TOKEN } });
});
afterEach(async () => {
  await h.close();
});

describe("Socket Mode", () => {
  it("GIVEN SLACK_APP_TOKEN WHEN started THEN the app connects with the app-level token", async () => {
    const open = await h.fake.nextCall("apps.connections.open");
    expect(open.token).toBe(FAKE_APP_TOKEN);
    expect(h.fake.socketMode.connectionCount).toBe(1);
  });

  it("GIVEN /skills over the socket THEN it is acked with an empty payload and answered at its response_url", async () => {
    const responseUrl = h.fake.responseUrl();
    const ack = await h.fake.socketMode.send({
      type: "slash_commands",
      payload: slashCommand({ text: "help", responseUrl }),
    });
    expect(ack.payload ?? {}).toEqual({});
    const answer = await h.answerAt(responseUrl);
    expect(blocksText(answer.body.blocks)).toMatch(/rate <skill> <0-4>/);
  });

  it("GIVEN a mention delivered twice (retry_attempt 1) THEN one threaded reply", async () => {
    const mention = appMention({ text: `${BOT_MENTION} help` });
    const envelope = eventCallback(mention, { eventId: "Ev0SOCKET001" });
    await h.fake.socketMode.send({ type: "events_api", payload: envelope });
    await h.fake.socketMode.send({ type: "events_api", payload: envelope, retry_attempt: 1 });
    await h.adapter.stop();
    const posts = h.fake.callsTo("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatchObject({ channel: FAKE_CHANNEL.id, thread_ts: mention.ts });
  });

  it("GIVEN the Web API fails with a 500 THEN the post is tried once: Socket Mode's retries:100 never reach our client", async () => {
    h.fake.failNext("chat.postMessage", { status: 500 });
    const envelope = eventCallback(appMention({ text: `${BOT_MENTION} help` }));
    await h.fake.socketMode.send({ type: "events_api", payload: envelope });
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.status)).toEqual([500]);
  });

  it("GIVEN Socket Mode THEN a small HTTP server on PORT answers /healthz and /readyz", async () => {
    expect((await fetch(`${h.origin()}/healthz`)).status).toBe(200);
    expect((await fetch(`${h.origin()}/readyz`)).status).toBe(200);
    expect((await fetch(`${h.origin()}/slack/events`, { method: "POST" })).status).toBe(404);
  });
});

describe("Socket Mode with OAuth", () => {
  it("GIVEN the OAuth variables in Socket Mode THEN the install page is served on the health port", async () => {
    const oauth = await openSlack({
      env: {
        SLACK_APP_TOKEN: FAKE_APP_TOKEN,
        SLACK_BOT_TOKEN: "",
        SLACK_CLIENT_ID: "client-1",
        SLACK_CLIENT_SECRET: "secret-1",
        SLACK_STATE_SECRET: "state-secret-for-tests",
      },
    });
    try {
      const start = await fetch(`${oauth.origin()}/slack/install`, { redirect: "manual" });
      expect(start.status).toBe(302);
      expect(start.headers.get("location")).toMatch(
        /^https:\/\/slack\.com\/oauth\/v2\/authorize\?/,
      );
    } finally {
      await oauth.close();
    }
  });
});
