// Proves the fake Slack Web API against a bare WebClient: its answers, and its error paths as the
// SDK reports them.
import { LogLevel, webApi } from "@slack/bolt";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  FAKE_BOT,
  FAKE_USER,
  type FakeSlack,
  RESPONSE_URL,
  startFakeSlack,
} from "./slack/index.ts";

function webClient(slack: FakeSlack, options: webApi.WebClientOptions = {}): webApi.WebClient {
  return new webApi.WebClient(FAKE_BOT.token, {
    slackApiUrl: slack.apiUrl,
    logLevel: LogLevel.ERROR,
    ...options,
  });
}

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
