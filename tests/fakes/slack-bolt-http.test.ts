// Proves the fake Slack platform against a real Bolt App over HTTP: requests signed as Slack signs
// them, and every kind of delivery answered through the fake's Web API and response_urls.
import { App, HTTPReceiver, LogLevel, verifySlackRequest } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  appHomeOpened,
  appMention,
  BOT_MENTION,
  buttonPress,
  directMessage,
  eventCallback,
  eventDelivery,
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_USER,
  type FakeSlack,
  interactionDelivery,
  plainTextValue,
  postSigned,
  RESPONSE_URL,
  signSlackRequest,
  slashCommand,
  slashCommandDelivery,
  startFakeSlack,
  viewSubmission,
} from "./slack/index.ts";

const SIGNING_SECRET = "test-signing-secret";

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

describe("signSlackRequest", () => {
  test("produces Slack's v0 signature, which Bolt's own verifier accepts", () => {
    const body = "command=%2Fskills&text=python";
    const timestamp = nowSeconds();
    const headers = signSlackRequest(SIGNING_SECRET, body, timestamp);

    expect(headers["X-Slack-Request-Timestamp"]).toBe(String(timestamp));
    expect(headers["X-Slack-Signature"]).toMatch(/^v0=[0-9a-f]{64}$/);
    expect(() =>
      verifySlackRequest({
        signingSecret: SIGNING_SECRET,
        body,
        headers: {
          "x-slack-signature": headers["X-Slack-Signature"],
          "x-slack-request-timestamp": timestamp,
        },
      }),
    ).not.toThrow();
  });
});

describe("a Bolt App over HTTP against the fake", () => {
  let slack: FakeSlack;
  let app: App;
  let endpoint: string;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = new App({
      token: FAKE_BOT.token,
      receiver: new HTTPReceiver({ signingSecret: SIGNING_SECRET, logLevel: LogLevel.ERROR }),
      clientOptions: { slackApiUrl: slack.apiUrl },
      logLevel: LogLevel.ERROR,
    });
    app.command("/skills", async ({ ack, command, respond, client }) => {
      await ack();
      await respond({ response_type: "ephemeral", text: `Looking up ${command.text}` });
      await client.chat.postMessage({
        channel: command.user_id,
        text: `Skills for ${command.text}`,
        blocks: [{ type: "section", text: { type: "mrkdwn", text: `*${command.text}*` } }],
      });
    });
    app.event("app_mention", async ({ event, say }) => {
      await say({ text: `Hi <@${event.user}>`, thread_ts: event.ts });
    });
    app.message(async ({ message, say }) => {
      if ("text" in message) await say(`echo: ${message.text}`);
    });
    app.event("app_home_opened", async ({ event, client }) => {
      await client.views.publish({
        user_id: event.user,
        view: {
          type: "home",
          blocks: [{ type: "section", text: { type: "mrkdwn", text: "Home" } }],
        },
      });
    });
    app.action("rate", async ({ ack, respond, action }) => {
      await ack();
      if (action.type === "button") await respond(`Rated ${action.value}`);
    });
    app.view("goal", async ({ ack, view, client, body }) => {
      await ack();
      const goal = view.state.values.goal_block?.goal_input?.value ?? "";
      await client.chat.postMessage({
        channel: body.user.id,
        text: `Goal ${goal} (${view.private_metadata})`,
      });
    });
    const server = await app.start({ port: 0, host: "127.0.0.1" });
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("Bolt is not listening");
    endpoint = `http://127.0.0.1:${address.port}/slack/events`;
  });

  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  test("Bolt checks its token with auth.test as the App is constructed", async () => {
    const call = await slack.nextCall("auth.test");
    expect(call.token).toBe(FAKE_BOT.token);
  });

  test("a signed slash command is acked, answered at the response_url and posted via the API", async () => {
    const responseUrl = slack.responseUrl();
    const delivery = slashCommandDelivery(slashCommand({ text: "python", responseUrl }));

    const ack = await postSigned(endpoint, SIGNING_SECRET, delivery);

    expect(ack.status).toBe(200);
    const responded = await slack.nextCall(RESPONSE_URL, (c) => c.url === responseUrl);
    expect(responded.body).toEqual({ response_type: "ephemeral", text: "Looking up python" });
    const posted = await slack.nextCall(
      "chat.postMessage",
      (c) => c.body.text === "Skills for python",
    );
    expect(posted.token).toBe(FAKE_BOT.token);
    expect(posted.body.channel).toBe(FAKE_USER.id);
    expect(posted.body.blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "*python*" } },
    ]);
  });

  test("a request signed with the wrong secret is answered 401 and reaches no listener", async () => {
    const responseUrl = slack.responseUrl();
    const delivery = slashCommandDelivery(slashCommand({ text: "forged", responseUrl }));

    const answer = await postSigned(endpoint, "not-the-secret", delivery);

    expect(answer.status).toBe(401);
    expect(slack.callsTo(RESPONSE_URL).filter((c) => c.url === responseUrl)).toEqual([]);
  });

  test("a correctly signed but stale request is answered 401", async () => {
    const delivery = slashCommandDelivery(slashCommand({ responseUrl: slack.responseUrl() }));
    const answer = await postSigned(endpoint, SIGNING_SECRET, delivery, nowSeconds() - 600);
    expect(answer.status).toBe(401);
  });

  test("an app_mention event gets a threaded reply through chat.postMessage", async () => {
    const mention = appMention({ text: `${BOT_MENTION} skills` });

    const ack = await postSigned(endpoint, SIGNING_SECRET, eventDelivery(eventCallback(mention)));

    expect(ack.status).toBe(200);
    const reply = await slack.nextCall("chat.postMessage", (c) => c.body.thread_ts === mention.ts);
    expect(reply.body).toMatchObject({ channel: FAKE_CHANNEL.id, text: `Hi <@${FAKE_USER.id}>` });
  });

  test("a direct message reaches app.message and the reply goes to the DM channel", async () => {
    const dm = directMessage({ text: "hello bot" });
    await postSigned(endpoint, SIGNING_SECRET, eventDelivery(eventCallback(dm)));

    const reply = await slack.nextCall(
      "chat.postMessage",
      (c) => c.body.text === "echo: hello bot",
    );
    expect(reply.body.channel).toBe(dm.channel);
  });

  test("app_home_opened leads to views.publish, which the fake answers with a view ID", async () => {
    await postSigned(endpoint, SIGNING_SECRET, eventDelivery(eventCallback(appHomeOpened())));

    const publish = await slack.nextCall("views.publish");
    expect(publish.body.user_id).toBe(FAKE_USER.id);
    expect(publish.body.view).toMatchObject({ type: "home" });
  });

  test("a button press arrives as payload=<json> and respond() posts to its response_url", async () => {
    const responseUrl = slack.responseUrl();
    const press = buttonPress({ actionId: "rate", value: "4", responseUrl });

    const ack = await postSigned(endpoint, SIGNING_SECRET, interactionDelivery(press));

    expect(ack.status).toBe(200);
    const responded = await slack.nextCall(RESPONSE_URL, (c) => c.url === responseUrl);
    expect(responded.body).toEqual({ text: "Rated 4" });
  });

  test("a view submission carries state values and private_metadata to app.view", async () => {
    const submission = viewSubmission({
      callbackId: "goal",
      privateMetadata: "skill=python",
      values: { goal_block: { goal_input: plainTextValue("ship a model") } },
    });

    const ack = await postSigned(endpoint, SIGNING_SECRET, interactionDelivery(submission));

    expect(ack.status).toBe(200);
    const posted = await slack.nextCall("chat.postMessage", (c) =>
      String(c.body.text).startsWith("Goal"),
    );
    expect(posted.body.text).toBe("Goal ship a model (skill=python)");
  });
});
