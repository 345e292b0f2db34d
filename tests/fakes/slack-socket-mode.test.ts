// Proves the fake Slack platform against a real Bolt App in Socket Mode: the connection, and
// envelopes acked over it.
import { App, LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  appMention,
  BOT_MENTION,
  eventCallback,
  FAKE_APP_TOKEN,
  FAKE_BOT,
  FAKE_CHANNEL,
  type FakeSlack,
  slashCommand,
  startFakeSlack,
} from "./slack/index.ts";

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
