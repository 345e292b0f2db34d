import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  appHomeOpened,
  appMention,
  BOT_MENTION,
  directMessage,
  eventCallback,
  eventDelivery,
  FAKE_CHANNEL,
  FAKE_DM_CHANNEL,
  interactionDelivery,
  viewOutput,
  viewSubmission,
} from "../fakes/slack/index.ts";
import { FAKE_USER, openSlack, type SlackHarness } from "./harness.ts";
import { blocksText, buttonsIn } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

const deliver = (event: { type: string } & object, eventId?: string, retryNum?: number) =>
  h.post(
    eventDelivery(eventCallback(event, eventId ? { eventId } : {})),
    retryNum === undefined ? {} : { retryNum },
  );

describe("mentions and direct messages", () => {
  it("GIVEN a mention in a channel WHEN it asks a question THEN one public reply in the message's thread", async () => {
    const mention = appMention({ text: `${BOT_MENTION} what should I learn for MLOps?` });
    expect((await deliver(mention)).status).toBe(200);
    const reply = await h.fake.nextCall("chat.postMessage");
    expect(reply.body).toMatchObject({
      channel: FAKE_CHANNEL.id,
      thread_ts: mention.ts,
      // The WebClient sends a form body: booleans arrive as words.
      unfurl_links: "false",
      unfurl_media: "false",
    });
    expect(blocksText(reply.body.blocks)).toMatch(/Next steps in MLOps Engineer/);
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("GIVEN a mention inside a thread WHEN answered THEN the reply stays in that thread", async () => {
    const mention = appMention({ text: `${BOT_MENTION} help`, threadTs: "1700000000.000001" });
    await deliver(mention);
    const reply = await h.fake.nextCall("chat.postMessage");
    expect(reply.body.thread_ts).toBe("1700000000.000001");
  });

  it("GIVEN a mention at the top of a channel asking for a profile THEN only the person sees it, ephemeral in the channel (Slack shows none in a thread that does not exist)", async () => {
    const mention = appMention({ text: `${BOT_MENTION} profile` });
    await deliver(mention);
    const reply = await h.fake.nextCall("chat.postEphemeral");
    expect(reply.body).toMatchObject({ channel: FAKE_CHANNEL.id, user: FAKE_USER.id });
    expect(reply.body).not.toHaveProperty("thread_ts");
    expect(blocksText(reply.body.blocks)).toMatch(/Skill profile/);
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  });

  it("GIVEN a mention inside a thread asking for a profile THEN the ephemeral answer is in that thread", async () => {
    const mention = appMention({ text: `${BOT_MENTION} profile`, threadTs: "1700000000.000001" });
    await deliver(mention);
    const reply = await h.fake.nextCall("chat.postEphemeral");
    expect(reply.body).toMatchObject({ user: FAKE_USER.id, thread_ts: "1700000000.000001" });
  });

  it("GIVEN a mention of the app in its own DM (Slack sends it as a DM message and as a mention) THEN it is answered once, privately", async () => {
    const text = `${BOT_MENTION} quiz sql`;
    const dm = directMessage({ text });
    await deliver(dm);
    await deliver(appMention({ text, channel: FAKE_DM_CHANNEL, ts: dm.ts }));
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    expect(h.fake.callsTo("chat.postEphemeral")).toEqual([]);
  });

  it("GIVEN a direct message WHEN answered THEN the reply is in the DM, threaded on the message", async () => {
    const dm = directMessage({ text: "rate sql 2" });
    await deliver(dm);
    const reply = await h.fake.nextCall("chat.postMessage");
    expect(reply.body).toMatchObject({ channel: FAKE_DM_CHANNEL, thread_ts: dm.ts });
    expect(blocksText(reply.body.blocks)).toMatch(/Saved: SQL at 2/);
  });

  it("GIVEN a DM with a file attached, or a thread reply also sent to the DM THEN each is answered: they are the person's words", async () => {
    const withAFile = { ...directMessage({ text: "rate sql 2" }), subtype: "file_share" };
    await deliver(withAFile);
    const withFile = await h.fake.nextCall("chat.postMessage");
    expect(blocksText(withFile.body.blocks)).toMatch(/Saved: SQL at 2/);
    const alsoToDm = { ...directMessage({ text: "rate python 1" }), subtype: "thread_broadcast" };
    await deliver(alsoToDm);
    const broadcast = await h.fake.nextCall("chat.postMessage");
    expect(blocksText(broadcast.body.blocks)).toMatch(/Saved: Python at 1/);
  });

  it("GIVEN a message edit or a bot's message in the DM WHEN delivered THEN it is not answered", async () => {
    const edit = { ...directMessage({ text: "help" }), subtype: "message_changed" };
    const fromBot = { ...directMessage({ text: "help" }), bot_id: "B0OTHER001" };
    await deliver(edit);
    await deliver(fromBot);
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  });
});

describe("Slack's redeliveries", () => {
  it("GIVEN an event delivered again with X-Slack-Retry-Num WHEN both arrive THEN it is answered once", async () => {
    const mention = appMention({ text: `${BOT_MENTION} help` });
    await deliver(mention, "Ev0RETRY0001");
    await h.fake.nextCall("chat.postMessage");
    expect((await deliver(mention, "Ev0RETRY0001", 1)).status).toBe(200);
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("GIVEN a retry that arrives while the first delivery is still being handled THEN it is answered once", async () => {
    const mention = appMention({ text: `${BOT_MENTION} path mlops` });
    const acks = await Promise.all([
      deliver(mention, "Ev0OVERLAP01"),
      deliver(mention, "Ev0OVERLAP01", 1),
      deliver(mention, "Ev0OVERLAP01", 2),
    ]);
    expect(acks.map((a) => a.status)).toEqual([200, 200, 200]);
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("App Home", () => {
  it("GIVEN a person opens the Home tab THEN their own profile, next steps and buttons are published to them", async () => {
    await h.slash("rate python 2").then(({ responseUrl }) => h.answerAt(responseUrl));
    await deliver(appHomeOpened());
    const publish = await h.fake.nextCall("views.publish");
    expect(publish.body.user_id).toBe(FAKE_USER.id);
    const view = publish.body.view as { type: string; blocks: unknown };
    expect(view.type).toBe("home");
    expect(blocksText(view.blocks)).toMatch(/Skill profile: ada/);
    expect(blocksText(view.blocks)).toMatch(/Python — 2/);
    expect(blocksText(view.blocks)).toMatch(/Next steps for ML Engineer/);
    expect(buttonsIn(view.blocks).map((b) => b.label)).toEqual(["Rate a skill", "Take a quiz"]);
  });

  it("GIVEN the Messages tab is opened THEN nothing is published", async () => {
    await deliver(appHomeOpened({ tab: "messages" }));
    await h.adapter.stop();
    expect(h.fake.callsTo("views.publish")).toEqual([]);
  });

  it("GIVEN the Home's quiz button WHEN pressed THEN the question arrives in the app's DM and the Home is refreshed", async () => {
    await deliver(appHomeOpened());
    const home = await h.fake.nextCall("views.publish");
    const view = home.body.view as { blocks: unknown };
    const quiz = buttonsIn(view.blocks).find((b) => b.label === "Take a quiz");
    if (!quiz) throw new Error("no quiz button");
    await h.press({
      actionId: quiz.actionId,
      value: quiz.value,
      view: viewOutput({ callbackId: "", type: "home" }),
    });
    const question = await h.fake.nextCall("chat.postMessage");
    expect(question.body.channel).toBe(FAKE_USER.id);
    expect(blocksText(question.body.blocks)).toMatch(/Quiz:/);
    await h.fake.nextCall("views.publish");
  });

  it("GIVEN the Home's rate button WHEN pressed THEN the rating modal opens", async () => {
    await deliver(appHomeOpened());
    const home = await h.fake.nextCall("views.publish");
    const rate = buttonsIn((home.body.view as { blocks: unknown }).blocks)[0];
    await h.press({
      actionId: rate?.actionId ?? "",
      value: rate?.value ?? "",
      view: viewOutput({ callbackId: "", type: "home" }),
      triggerId: "42.1700000000.home",
    });
    const opened = await h.fake.nextCall("views.open");
    expect(opened.body.trigger_id).toBe("42.1700000000.home");
  });
});

describe("buttons and modals Skillbot does not know", () => {
  it("GIVEN a press on a button from an older version or another app THEN it is acknowledged at once and the person is told it does nothing any more", async () => {
    for (const actionId of ["legacy_button", "quiz.retired#1"]) {
      const { ack, responseUrl } = await h.press({ actionId, value: "x" });
      expect(ack.status).toBe(200);
      const told = await h.answerAt(responseUrl ?? "");
      expect(blocksText(told.body.blocks)).toMatch(/doesn't do anything any more/);
      expect(told.body.response_type).toBe("ephemeral");
    }
  });

  it("GIVEN a press on a link button THEN it is acknowledged and nothing is sent: Slack opened the link", async () => {
    const { ack } = await h.press({ actionId: "resource.link", url: "https://example.com/course" });
    expect(ack.status).toBe(200);
    await h.adapter.stop();
    expect(h.fake.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  });

  it("GIVEN a modal Skillbot does not know submitted THEN it is acknowledged, closing it", async () => {
    const ack = await h.post(
      interactionDelivery(viewSubmission({ callbackId: "old.form", values: {} })),
    );
    expect(ack.status).toBe(200);
  });
});
