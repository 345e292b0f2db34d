import { afterEach, describe, expect, it } from "vitest";
import { deliveryOutbox, realTime } from "../../src/delivery.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { startDailyScheduler } from "../../src/features/daily/scheduler.ts";
import { openSlack, type SlackHarness } from "../slack/harness.ts";

/** Virtual time for the fan-out of the tick after the stop: nothing waits on the wall clock. */
const instant = { now: () => 0, sleep: async () => {} };

describe("stopping the daily scheduler while a post waits out Slack's Retry-After", () => {
  let slack: SlackHarness;
  afterEach(async () => {
    await slack.close();
  });

  // The timeout is the assertion: before the fix, stop() waited the 240 s out.
  it("GIVEN the day's post was answered 429 Retry-After 240 s WHEN the scheduler is stopped THEN stop returns at once, nothing was posted, and the next tick posts without waiting for the lease", {
    timeout: 5_000,
  }, async () => {
    slack = await openSlack({ fake: { users: { UADMIN: { is_admin: true } } } });
    const enabled = await slack.slash("quiz daily on 09:30 UTC", { user: "UADMIN" });
    expect(JSON.stringify((await slack.answerAt(enabled.responseUrl)).body)).toMatch(
      /Daily quiz on/,
    );
    slack.clock.set("2026-11-27T09:30:00Z");
    slack.fake.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 240 });
    const limited = slack.fake.nextCall("chat.postMessage");

    const scheduler = startDailyScheduler(slack.booted.core, (stopping) =>
      deliveryOutbox([slack.adapter], realTime(stopping)),
    );
    await limited;
    await scheduler.stop();
    expect(slack.fake.callsTo("chat.postMessage")).toHaveLength(1);

    // As after a failed send: the claim is free, so the next tick (any instance) posts now.
    slack.clock.set("2026-11-27T09:31:00Z");
    await runDue(slack.booted.core, deliveryOutbox([slack.adapter], instant), slack.clock.now());
    expect(slack.fake.callsTo("chat.postMessage")).toHaveLength(2);
  });
});
