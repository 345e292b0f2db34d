// Slack can send a block_actions payload whose `actions` list is empty (a block with nothing
// pressed in it). Bolt then finds no action listener and answers 404 after ~3 s, which Slack
// shows the person as an error. Nothing was pressed, so there is nothing to answer: it is
// acknowledged at once and ignored, with a debug line for whoever looks into it.
import { afterEach, describe, expect, it } from "vitest";
import { buttonPress, interactionDelivery } from "../fakes/slack/index.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { openSlack, type SlackHarness } from "./harness.ts";

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A button press as Slack sends it, but with no action in it. */
function pressOfNothing(responseUrl: string) {
  return { ...buttonPress({ actionId: "quiz.answer#0", value: "r1:0", responseUrl }), actions: [] };
}

describe("a block_actions payload with no action", () => {
  it("GIVEN block_actions with an empty actions list WHEN Slack posts it THEN it is acknowledged (200), nothing reaches the core or the person, and a debug line says why", async () => {
    const log: RecordingLogger = recordingLogger();
    h = await openSlack({ log });
    const responseUrl = h.fake.responseUrl();

    const ack = await h.post(interactionDelivery(pressOfNothing(responseUrl)));

    expect(ack.status).toBe(200);
    await h.adapter.stop();
    expect(h.events).toEqual([]);
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
    expect(h.fake.calls.filter((c) => c.url === responseUrl)).toHaveLength(0);
    expect(log.entries.some((e) => e.level === "debug" && /no action/i.test(e.msg))).toBe(true);
    expect(log.entries.filter((e) => e.level === "warn" || e.level === "error")).toEqual([]);
  });
});
