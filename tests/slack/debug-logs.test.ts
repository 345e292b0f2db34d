import { LogLevel, webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { boltLogger } from "../../adapters/slack/bolt-logger.ts";
import { FAKE_BOT, type FakeSlack, startFakeSlack } from "../fakes/slack/index.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});

describe("Slack calls at debug level", () => {
  test("GIVEN debug logging WHEN a private profile is posted THEN the calls are traced by method, without the profile's text or the user's record", async () => {
    const log = recordingLogger();
    const client = new webApi.WebClient(FAKE_BOT.token, {
      slackApiUrl: fake.apiUrl,
      logger: boltLogger(log),
      logLevel: LogLevel.DEBUG,
    });

    await client.chat.postMessage({
      channel: "D0ADA",
      text: "Skill profile: ada — Python 4 (expert)",
    });

    const written = JSON.stringify(log.entries);
    expect(written).toContain("chat.postMessage");
    expect(written).toContain("http request body left out");
    expect(written).not.toContain("Skill profile");
  });
});
