// Discord sends what was typed in an option as is: spaces only, or nothing at all when a forged
// or odd client sends "". A blank option is one not given, never a search for "   ".
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type DiscordHarness, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

const lastCommand = () => {
  const event = h.bot.events.at(-1);
  return event?.type === "command" ? event.command : undefined;
};

describe("blank option values", () => {
  test("GIVEN /skills path with a topic of spaces THEN it answers as for no topic", async () => {
    const blank = await h.slash("path", { topic: "   " });
    expect(lastCommand()).toEqual({ name: "path" });
    const none = await h.slash("path");
    expect(blank.text).toBe(none.text);
    expect(blank.text).not.toMatch(/couldn't find/);
  });

  test("GIVEN /skills quiz with a topic of spaces THEN it is a quiz without a topic", async () => {
    await h.slash("quiz", { topic: "  " });
    expect(lastCommand()).toEqual({ name: "quiz" });
  });

  test("GIVEN an option with spaces around it THEN the value is used without them", async () => {
    await h.slash("path", { topic: "  mlops-engineer " });
    expect(lastCommand()).toEqual({ name: "path", topic: "mlops-engineer" });
  });

  test("GIVEN /skills explain with an empty skill THEN it asks for a skill instead of looking up nothing", async () => {
    for (const skill of ["", "   "]) {
      const seen = await h.slash("explain", { skill });
      expect(seen.text).not.toMatch(/I don't know a skill called/);
      expect(seen.text).toMatch(/skill/);
      expect(seen.text).toMatch(/\/skills explain/);
    }
  });

  test("GIVEN /skills ask with nothing but spaces THEN it shows what the bot can do, as an empty mention does", async () => {
    const seen = await h.slash("ask", { text: "   " });
    expect(lastCommand()).toEqual({ name: "help" });
    expect(seen.text).not.toMatch(/I'm not sure what you mean/);
  });
});
