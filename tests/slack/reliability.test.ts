import { afterEach, describe, expect, it } from "vitest";
import {
  appHomeOpened,
  appMention,
  BOT_MENTION,
  eventCallback,
  eventDelivery,
  pingsIn,
  RESPONSE_URL,
} from "../fakes/slack/index.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const mention = (text: string) =>
  h?.post(eventDelivery(eventCallback(appMention({ text: `${BOT_MENTION} ${text}` }))));

describe("Slack's rate limits", () => {
  it("GIVEN chat.postMessage answers 429 WHEN replying THEN the reply waits Retry-After and is posted once", async () => {
    h = await openSlack();
    h.fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 3 });
    await mention("help");
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.status)).toEqual([429, 200]);
    expect(h.sleeps).toEqual([3000]);
  });

  it("GIVEN a response_url answers 429 WHEN answering /skills THEN it waits and answers once", async () => {
    h = await openSlack();
    h.fake.failNext(RESPONSE_URL, { status: 429, retryAfterSeconds: 2 });
    const { responseUrl } = await h.slash("help");
    await h.adapter.stop();
    const posts = h.fake.callsTo(RESPONSE_URL).filter((c) => c.url === responseUrl);
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(h.sleeps).toEqual([2000]);
  });

  it("GIVEN a Retry-After longer than the answer is worth WHEN replying THEN no wait, an apology, and a log line", async () => {
    const log = recordingLogger();
    h = await openSlack({ log });
    h.fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 120 });
    await mention("help");
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.status)).toEqual([429]);
    // The apology is for the person who asked, not the channel.
    const [apology] = h.fake.callsTo("chat.postEphemeral");
    expect(blocksText(apology?.body.blocks)).toMatch(/Sorry, I couldn't finish that/);
    expect(h.sleeps).toEqual([]);
    expect(log.entries.some((l) => l.level === "error" && l.msg === "Slack request failed")).toBe(
      true,
    );
  });
});

describe("failures", () => {
  it("GIVEN a 500 from chat.postMessage WHEN replying THEN the reply is not posted again (it may have arrived); an apology follows", async () => {
    h = await openSlack();
    h.fake.failNext("chat.postMessage", { status: 500 });
    await mention("help");
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage").map((c) => c.status)).toEqual([500]);
    const [apology] = h.fake.callsTo("chat.postEphemeral");
    expect(blocksText(apology?.body.blocks)).toMatch(/Sorry, I couldn't finish that/);
    expect(JSON.stringify(apology?.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("GIVEN chat.postMessage hangs WHEN replying THEN the call times out, is not sent again, and the person gets an apology", async () => {
    const log = recordingLogger();
    h = await openSlack({ log, apiTimeoutMs: 200 });
    h.fake.failNext("chat.postMessage", { hang: true });
    await mention("help");
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
    const [apology] = h.fake.callsTo("chat.postEphemeral");
    expect(blocksText(apology?.body.blocks)).toMatch(/Sorry, I couldn't finish that/);
    const line = log.entries.find((l) => l.msg === "Slack request failed");
    expect(JSON.stringify(line?.obj)).toMatch(/slack_webapi_request_error/);
  });

  it("GIVEN views.publish fails once with a 500 WHEN the Home opens THEN it is published on a second try (publishing twice is harmless)", async () => {
    h = await openSlack();
    h.fake.failNext("views.publish", { status: 500 });
    await h.post(eventDelivery(eventCallback(appHomeOpened())));
    await h.adapter.stop();
    expect(h.fake.callsTo("views.publish").map((c) => c.status)).toEqual([500, 200]);
    expect(h.sleeps).toEqual([500]);
  });

  it("GIVEN Slack refuses an ephemeral reply WHEN answering a mention THEN the person gets a short apology and the cause is logged", async () => {
    const log = recordingLogger();
    h = await openSlack({ log });
    h.fake.failNext("chat.postEphemeral", { error: "user_not_in_channel" });
    await mention("profile");
    await h.adapter.stop();
    const [refused, apology] = h.fake.callsTo("chat.postEphemeral");
    expect(refused?.body.blocks).toBeDefined();
    expect(blocksText(apology?.body.blocks)).toBe(
      "Sorry, I couldn't finish that. It's been logged; please try again in a minute.",
    );
    const line = log.entries.find((l) => l.msg === "Slack request failed");
    expect(JSON.stringify(line?.obj)).toMatch(/user_not_in_channel/);
  });
});

describe("mrkdwn injection", () => {
  it("GIVEN user text with Slack mentions and markup WHEN echoed in a reply THEN every text, the fallback included, is escaped and nobody is pinged", async () => {
    h = await openSlack();
    // What Slack sends when a person types `<!channel>` literally, plus a real @here mention.
    await mention("rate &lt;!channel&gt; &amp; <!here> <@U0OTHER001> 2");
    const reply = await h.fake.nextCall("chat.postEphemeral");
    expect(reply.body.text).toMatch(/&lt;!channel&gt; &amp; @here @U0OTHER001/);
    expect(JSON.stringify(reply.body)).not.toMatch(/<!|<@/);
    expect(pingsIn(h.fake.calls)).toEqual([]);
  });

  it("GIVEN user text with markup WHEN echoed through /skills THEN the response_url answer is escaped too", async () => {
    h = await openSlack();
    const { responseUrl } = await h.slash("mentor &lt;!everyone&gt;");
    const answer = await h.answerAt(responseUrl);
    expect(JSON.stringify(answer.body)).not.toMatch(/<!/);
    expect(String(answer.body.text)).not.toMatch(/<!/);
    expect(pingsIn(h.fake.calls)).toEqual([]);
  });
});
