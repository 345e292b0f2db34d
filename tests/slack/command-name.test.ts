// The slash command under whatever name the workspace gave it, and Slack's rate-limit notice:
// each answered, never left to Bolt's 3-second timeout and a 404.
import { afterEach, describe, expect, it } from "vitest";
import {
  eventDelivery,
  FAKE_BOT,
  FAKE_TEAM,
  slashCommand,
  slashCommandDelivery,
} from "../fakes/slack/index.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness;
let log: RecordingLogger;
afterEach(async () => {
  await h.close();
});

describe("the slash command's name", () => {
  it("GIVEN a manifest that renamed the command to /skill WHEN /skill help is typed THEN it is acknowledged and answered", async () => {
    h = await openSlack();
    const responseUrl = h.fake.responseUrl();
    const ack = await h.post(
      slashCommandDelivery(slashCommand({ command: "/skill", text: "help", responseUrl })),
    );

    expect(ack.status).toBe(200);
    expect(blocksText((await h.answerAt(responseUrl)).body.blocks)).toMatch(/rate <skill> <0-4>/);
  });
});

describe("Slack's app_rate_limited notice", () => {
  it("GIVEN Slack signs an app_rate_limited callback WHEN it arrives THEN it gets 200 at once and a warning in the log", async () => {
    log = recordingLogger();
    h = await openSlack({ log });
    const notice = {
      token: "fake-verification-token",
      type: "app_rate_limited",
      team_id: FAKE_TEAM.id,
      minute_rate_limited: 1_518_467_820,
      api_app_id: FAKE_BOT.appId,
    };
    const started = performance.now();

    const ack = await h.post(eventDelivery(notice));

    expect(ack.status).toBe(200);
    // Bolt's own answer to a request nobody acknowledged comes after 3 s.
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(log.entries.some((e) => e.level === "warn" && /rate limit/i.test(e.msg))).toBe(true);
  });
});
