// `/skills quiz-daily` has separate options (time, timezone, topic, days), but the core reads
// one line "[HH:MM] [time zone] [weekdays] [topic]". A value must count for the option it was typed in: a
// time typed as the topic is not the time, and a value in the wrong option gets a correction
// that says where it belongs, with nothing scheduled.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { MANAGER_PERMISSIONS } from "../fakes/discord/index.ts";
import { type DiscordHarness, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

const manager = { permissions: MANAGER_PERMISSIONS };
const turnOn = (options: Record<string, string>) =>
  h.slash("quiz-daily", { action: "on", ...options }, manager);
const nothingScheduled = async () =>
  expect((await h.slash("quiz-daily", { action: "status" })).text).toMatch(
    /No daily quiz in this channel/,
  );

describe("quiz-daily's options stay in their own places", () => {
  test("GIVEN a time typed as the topic THEN it is not taken as the time: a correction points to the time option", async () => {
    const seen = await turnOn({ topic: "09:45" });
    expect(seen.text).not.toMatch(/Daily quiz on/);
    expect(seen.text).toMatch(/"09:45"/);
    expect(seen.text).toMatch(/time:09:45/);
    await nothingScheduled();
  });

  test("GIVEN a time zone typed as the topic THEN it is not taken as the time zone: a correction points to the timezone option", async () => {
    const seen = await turnOn({ topic: "Europe/Paris" });
    expect(seen.text).not.toMatch(/Daily quiz on/);
    expect(seen.text).toMatch(/timezone:Europe\/Paris/);
    await nothingScheduled();
  });

  test("GIVEN a time zone typed as the time, or a time as the time zone THEN each correction names the right option", async () => {
    const zoneAsTime = await turnOn({ time: "Europe/Paris" });
    expect(zoneAsTime.text).toMatch(/timezone:Europe\/Paris/);
    const timeAsZone = await turnOn({ timezone: "10:15" });
    expect(timeAsZone.text).toMatch(/time:10:15/);
    await nothingScheduled();
  });

  test("GIVEN a topic typed as the time THEN it says the time is not a time, without taking it as the topic", async () => {
    const seen = await turnOn({ time: "python" });
    expect(seen.text).toMatch(/"python" isn't a time/);
    await nothingScheduled();
  });

  test("GIVEN a time zone option that is not a time zone THEN it is corrected as a time zone, not searched as a topic", async () => {
    const seen = await turnOn({ timezone: "Mars", topic: "python" });
    expect(seen.text).toMatch(/"Mars" isn't a time zone/);
    await nothingScheduled();
  });

  test("GIVEN each option in its place THEN all three are used", async () => {
    const seen = await turnOn({ time: "07:05", timezone: "Europe/Paris", topic: "python" });
    expect(seen.text).toMatch(/Daily quiz on: every day at 07:05 \(Europe\/Paris\), topic Python/);
    const zoneOnly = await turnOn({ timezone: "Asia/Tokyo" });
    expect(zoneOnly.text).toMatch(/at 09:30 \(Asia\/Tokyo\), topic the team's weakest skills/);
    const topicOnly = await turnOn({ topic: "weakest" });
    expect(topicOnly.text).toMatch(/at 09:30 \(UTC\), topic the team's weakest skills/);
  });
  test("GIVEN days:weekdays THEN the quiz posts Monday to Friday, and status says so", async () => {
    const seen = await turnOn({ time: "07:05", topic: "python", days: "weekdays" });
    expect(seen.text).toMatch(/Daily quiz on: on weekdays at 07:05 \(UTC\), topic Python/);
    const status = await h.slash("quiz-daily", { action: "status" });
    expect(status.text).toMatch(/on weekdays/);
  });

  test("GIVEN days:every THEN it is the every-day quiz it was before the option", async () => {
    const seen = await turnOn({ topic: "python", days: "every" });
    expect(seen.text).toMatch(/Daily quiz on: every day at 09:30/);
  });
});
