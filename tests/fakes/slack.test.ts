// Proves the fake Slack platform against the real SDKs: a Bolt App over HTTP and over Socket Mode,
// and a bare WebClient for the Web API's error paths.
import { App, HTTPReceiver, LogLevel, verifySlackRequest, webApi } from "@slack/bolt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import {
  appHomeOpened,
  appMention,
  BOT_MENTION,
  buttonPress,
  directMessage,
  eventCallback,
  eventDelivery,
  FAKE_APP_TOKEN,
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

function webClient(slack: FakeSlack, options: webApi.WebClientOptions = {}): webApi.WebClient {
  return new webApi.WebClient(FAKE_BOT.token, {
    slackApiUrl: slack.apiUrl,
    logLevel: LogLevel.ERROR,
    ...options,
  });
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

describe("the fake Web API seen by a WebClient", () => {
  let slack: FakeSlack;

  beforeEach(async () => {
    slack = await startFakeSlack({
      users: { U0ADMIN001: { real_name: "Grace Hopper", is_admin: true, tz: "America/New_York" } },
      oauth: { clientId: "client-1", clientSecret: "secret-1" },
    });
  });

  afterEach(async () => {
    await slack.close();
  });

  test("a scripted 429 is a rate-limited error, and the next call succeeds", async () => {
    const client = webClient(slack, { retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    slack.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 });

    await expect(client.chat.postMessage({ channel: "C1", text: "hi" })).rejects.toMatchObject({
      code: webApi.ErrorCode.RateLimitedError,
      retryAfter: 1,
    });
    const second = await client.chat.postMessage({ channel: "C1", text: "hi" });

    expect(second.ok).toBe(true);
    expect(slack.callsTo("chat.postMessage").map((c) => c.status)).toEqual([429, 200]);
  });

  test("scripted 500s and platform errors surface as the WebClient's HTTP and platform errors", async () => {
    const client = webClient(slack, { retryConfig: { retries: 0 } });
    slack.failNext("views.open", { status: 500 });
    slack.failNext("views.open", { error: "expired_trigger_id" });

    const view = {
      type: "modal" as const,
      title: { type: "plain_text" as const, text: "T" },
      blocks: [],
    };
    await expect(client.views.open({ trigger_id: "1.2.3", view })).rejects.toMatchObject({
      code: webApi.ErrorCode.HTTPError,
      statusCode: 500,
    });
    await expect(client.views.open({ trigger_id: "1.2.3", view })).rejects.toMatchObject({
      code: webApi.ErrorCode.PlatformError,
      data: { ok: false, error: "expired_trigger_id" },
    });
    const opened = await client.views.open({ trigger_id: "1.2.3", view });
    expect(opened.view?.id).toMatch(/^V/);
  });

  test("chat.postMessage answers with a unique ts each time and a DM channel for a user ID", async () => {
    const client = webClient(slack);

    const first = await client.chat.postMessage({ channel: FAKE_USER.id, text: "one" });
    const second = await client.chat.postMessage({ channel: FAKE_USER.id, text: "two" });

    expect(first.ts).not.toBe(second.ts);
    expect(first.channel).toMatch(/^D/);
    expect(first.message?.text).toBe("one");
    const dm = await client.conversations.open({ users: FAKE_USER.id });
    expect(dm.channel?.id).toBe(first.channel);
  });

  test("users.info reports the configured role, name and time zone", async () => {
    const { user } = await webClient(slack).users.info({ user: "U0ADMIN001" });

    expect(user).toMatchObject({
      id: "U0ADMIN001",
      is_admin: true,
      is_owner: false,
      real_name: "Grace Hopper",
      tz: "America/New_York",
      profile: { display_name: "Grace Hopper" },
    });
    await expect(webClient(slack).users.info({ user: "U0NOBODY01" })).rejects.toMatchObject({
      data: { error: "user_not_found" },
    });
  });

  test("oauth.v2.access exchanges a code for the bot token with the right client secret", async () => {
    const client = new webApi.WebClient(undefined, {
      slackApiUrl: slack.apiUrl,
      logLevel: LogLevel.ERROR,
    });

    const granted = await client.oauth.v2.access({
      client_id: "client-1",
      client_secret: "secret-1",
      code: "c0de",
    });

    expect(granted).toMatchObject({
      access_token: FAKE_BOT.token,
      bot_user_id: FAKE_BOT.userId,
      enterprise: null,
      authed_user: { id: FAKE_USER.id },
    });
    await expect(
      client.oauth.v2.access({ client_id: "client-1", client_secret: "wrong", code: "c0de" }),
    ).rejects.toMatchObject({ data: { error: "bad_client_secret" } });
  });

  test("a response_url takes five posts and refuses the sixth with used_url, as Slack's does", async () => {
    const url = slack.responseUrl();
    const post = () => fetch(url, { method: "POST", body: JSON.stringify({ text: "hi" }) });

    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post()).status);

    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(slack.callsTo(RESPONSE_URL)[0]?.body).toEqual({ text: "hi" });
  });

  test("an unknown method answers unknown_method and is still recorded", async () => {
    await expect(webClient(slack).apiCall("skills.teleport", { to: "mars" })).rejects.toMatchObject(
      {
        data: { error: "unknown_method" },
      },
    );
    expect(slack.callsTo("skills.teleport")[0]?.body).toEqual({ to: "mars" });
  });

  test("a call without a token is refused with not_authed", async () => {
    const anonymous = new webApi.WebClient(undefined, {
      slackApiUrl: slack.apiUrl,
      logLevel: LogLevel.ERROR,
    });
    await expect(anonymous.auth.test()).rejects.toMatchObject({ data: { error: "not_authed" } });
  });
});

describe("a Bolt App in Socket Mode against the fake", () => {
  let slack: FakeSlack;
  let app: App;

  beforeAll(async () => {
    slack = await startFakeSlack();
    app = new App({
      token: FAKE_BOT.token,
      appToken: FAKE_APP_TOKEN,
      socketMode: true,
      clientOptions: { slackApiUrl: slack.apiUrl },
      logLevel: LogLevel.ERROR,
    });
    app.command("/skills", async ({ ack, command, client }) => {
      await ack({ text: `Working on ${command.text}` });
      await client.chat.postMessage({ channel: command.channel_id, text: `Done: ${command.text}` });
    });
    app.event("app_mention", async ({ say }) => {
      await say("heard you");
    });
    await app.start();
  });

  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  test("start() opens the connection with the app-level token and waits for hello", async () => {
    const open = await slack.nextCall("apps.connections.open");
    expect(open.token).toBe(FAKE_APP_TOKEN);
    expect(slack.socketMode.connectionCount).toBe(1);
  });

  test("a slash_commands envelope is acked with the listener's response payload", async () => {
    const command = slashCommand({ text: "rust", responseUrl: slack.responseUrl() });

    const ack = await slack.socketMode.send({ type: "slash_commands", payload: command });

    expect(ack.payload).toEqual({ text: "Working on rust" });
    const posted = await slack.nextCall("chat.postMessage", (c) => c.body.text === "Done: rust");
    expect(posted.body.channel).toBe(FAKE_CHANNEL.id);
  });

  test("an events_api envelope is acked and the listener's reply reaches the Web API", async () => {
    const envelope = eventCallback(appMention({ text: `${BOT_MENTION} hi` }));

    const ack = await slack.socketMode.send({ type: "events_api", payload: envelope });

    expect(ack.envelope_id).toMatch(/^[0-9a-f-]{36}$/);
    const reply = await slack.nextCall("chat.postMessage", (c) => c.body.text === "heard you");
    expect(reply.body.channel).toBe(FAKE_CHANNEL.id);
  });
});
