// The Home tab is opened, not asked: when it cannot be published, the log hears of it, the
// person's DM does not fill up with apologies.
import { afterEach, beforeEach, expect, it } from "vitest";
import { appHomeOpened, eventCallback, eventDelivery } from "../fakes/slack/index.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { openSlack, type SlackHarness } from "./harness.ts";

let h: SlackHarness;
let log: RecordingLogger;
beforeEach(async () => {
  log = recordingLogger();
  h = await openSlack({ log });
});
afterEach(async () => {
  await h.close();
});

it("GIVEN Slack refuses to publish the Home WHEN the person opens it three times THEN each failure is logged and nothing is sent to their DM", async () => {
  h.fake.failNext("views.publish", { error: "invalid_blocks", times: 3 });
  for (let i = 0; i < 3; i++) await h.post(eventDelivery(eventCallback(appHomeOpened())));
  await h.adapter.stop();
  expect(h.fake.callsTo("views.publish")).toHaveLength(3);
  expect(h.fake.callsTo("chat.postMessage")).toEqual([]);
  expect(log.entries.filter((e) => e.level === "error" && /Home/.test(e.msg))).toHaveLength(3);
});
