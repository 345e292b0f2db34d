import { describe, expect, it } from "vitest";
import { testBot, textOf } from "../helpers/core.ts";
import { sayAsAdmin } from "../helpers/daily-channel.ts";

// Admins say "Monday to Friday" in many ways; each sets up the same weekday schedule as
// `weekdays`, and none of them falls through to a personal quiz.

describe("weekdays said in words", () => {
  it.each([
    "quiz daily on weekdays",
    "quiz daily on every weekday",
    "quiz daily on 09:00 UTC weekday",
    "quiz daily on weekdays only",
    "quiz daily on mon-fri sql",
    "quiz daily on 09:00 UTC monday to friday",
    "quiz daily on Mon–Fri",
  ])("GIVEN `%s` THEN the daily quiz is set up for weekdays", async (typed) => {
    const bot = await testBot();
    const reply = textOf(await sayAsAdmin(bot, typed));
    expect(reply).toMatch(/on weekdays at/);
    expect(reply).not.toMatch(/Quiz:/);
  });

  it("GIVEN a topic whose name only contains 'weekday' words WHEN set up THEN the topic is kept", async () => {
    const bot = await testBot();
    const reply = textOf(await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql"));
    expect(reply).toMatch(/every day at/);
    expect(reply).toMatch(/SQL/);
  });
});
