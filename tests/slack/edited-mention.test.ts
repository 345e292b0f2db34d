// Slack sends a fresh app_mention (new event_id, same ts, `edited` set) each time a message that
// mentions the bot is edited: the message was answered already, and an edit is no new question.
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  appMention,
  BOT_MENTION,
  eventCallback,
  eventDelivery,
  FAKE_USER,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

it("GIVEN a mention answered in public WHEN its message is edited THEN no second answer is posted", async () => {
  const original = appMention({ text: `${BOT_MENTION} path mlop` });
  await h.post(eventDelivery(eventCallback(original, { eventId: "Ev0ORIGINAL1" })));
  const answer = await h.fake.nextCall("chat.postMessage");
  expect(blocksText(answer.body.blocks)).toMatch(/MLOps/);

  const edited = {
    ...original,
    text: `${BOT_MENTION} path mlops`,
    edited: { user: FAKE_USER.id, ts: "1700000100.000000" },
  };
  expect(
    (await h.post(eventDelivery(eventCallback(edited, { eventId: "Ev0EDITED01" })))).status,
  ).toBe(200);
  await h.adapter.stop();
  expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
  expect(h.fake.callsTo("chat.postEphemeral")).toEqual([]);
});
