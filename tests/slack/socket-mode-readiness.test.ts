// /readyz in Socket Mode follows Slack's WebSocket, not just "the adapter started": a process
// whose socket dropped gets no events and should get no traffic until the client reconnects.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FAKE_APP_TOKEN } from "../fakes/slack/index.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";
import { openSlack, type SlackHarness } from "./harness.ts";

// The Socket Mode client waits its ping timeout (5 s) before the first reconnect.
const RECONNECT_TEST_MS = 30_000;

let h: SlackHarness;
let log: RecordingLogger;
beforeEach(async () => {
  log = recordingLogger();
  h = await openSlack({ env: { SLACK_APP_TOKEN: FAKE_APP_TOKEN }, log });
});
afterEach(async () => {
  await h.close();
});

const readyz = async () => (await fetch(`${h.origin()}/readyz`)).status;
const logged = (msg: string) => log.waitFor((entry) => entry.msg === msg);

describe("Socket Mode readiness", () => {
  it(
    "GIVEN Slack drops the WebSocket THEN /readyz is 503 until the client has reconnected, then 200",
    async () => {
      expect(await readyz()).toBe(200);

      const lost = logged("Slack connection lost; reconnecting");
      h.fake.socketMode.drop();
      await lost;
      expect(await readyz()).toBe(503);
      expect((await fetch(`${h.origin()}/healthz`)).status).toBe(200);

      await logged("Slack connection is back");
      expect(await readyz()).toBe(200);
      expect(h.fake.callsTo("apps.connections.open")).toHaveLength(2);
    },
    RECONNECT_TEST_MS,
  );

  it("GIVEN the adapter stops on purpose THEN no lost connection is logged", async () => {
    await h.adapter.stop();
    expect(log.entries.map((e) => e.msg)).not.toContain("Slack connection lost; reconnecting");
  });
});
