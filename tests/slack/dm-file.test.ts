// A file sent to the app's DM without a word: a short note that the bot reads words, not the
// whole help text.
import { afterEach, beforeEach, expect, it } from "vitest";
import { directMessage, eventCallback, eventDelivery } from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

it("GIVEN a DM with only a file WHEN delivered THEN one short note says files are not read", async () => {
  const fileOnly = {
    ...directMessage({ text: "" }),
    subtype: "file_share",
    files: [{ id: "F0FILE0001", name: "screenshot.png" }],
  };
  await h.post(eventDelivery(eventCallback(fileOnly)));
  const reply = await h.fake.nextCall("chat.postMessage");
  expect(reply.body.thread_ts).toBe(fileOnly.ts);
  const seen = blocksText(reply.body.blocks);
  expect(seen).toMatch(/only read words/);
  expect(seen).not.toMatch(/skill mentoring for your team/);
  await h.adapter.stop();
  expect(h.fake.callsTo("chat.postMessage")).toHaveLength(1);
});
