// Each /skills subcommand through the real discord.js client against the fake Discord: what
// the person sees, that it is ephemeral, and the neutral event the adapter made of it.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { SUBCOMMANDS } from "../../adapters/discord/commands/skills.ts";
import { MANAGER_PERMISSIONS } from "../fakes/discord/index.ts";
import { type DiscordHarness, GUILD_ID, openDiscord } from "./harness.ts";
import { isEphemeral } from "./seen.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

describe("/skills subcommands", () => {
  test("GIVEN /skills help THEN the commands are listed in an ephemeral reply", async () => {
    const seen = await h.slash("help");
    expect(seen.callbackType).toBe(4);
    expect(seen.messages.every(isEphemeral)).toBe(true);
    expect(seen.text).toMatch(/\/skills rate skill \[level\]/);
    expect(h.bot.events.at(-1)).toMatchObject({
      type: "command",
      command: { name: "help" },
      person: { platform: "discord", tenant: GUILD_ID, user: h.fake.testUser.id },
      where: { kind: "channel", audience: "private" },
      canManageChannel: false,
    });
  });

  test("GIVEN /skills help THEN every command it names is a /skills subcommand Discord offers", async () => {
    const seen = await h.slash("help");
    const named = [...seen.text.matchAll(/\/skills ([a-z-]+)/g)].map((m) => m[1] ?? "");
    expect(named.length).toBeGreaterThanOrEqual(9);
    for (const name of named) expect(Object.keys(SUBCOMMANDS)).toContain(name);
    expect(seen.text).not.toMatch(/mentor on\|off|forget me/);
  });

  test("GIVEN /skills ask THEN the question is answered like free text", async () => {
    const seen = await h.slash("ask", { text: "what should I learn for MLOps?" });
    expect(seen.text).toMatch(/Next steps in MLOps Engineer/);
    expect(h.bot.events.at(-1)?.type).toBe("command");
  });

  test("GIVEN /skills path with a track THEN its steps are shown", async () => {
    const seen = await h.slash("path", { topic: "mlops-engineer" });
    expect(seen.text).toMatch(/MLOps Engineer/);
    expect(h.bot.events.at(-1)).toMatchObject({
      command: { name: "path", topic: "mlops-engineer" },
    });
  });

  test("GIVEN /skills path without a topic THEN the person's track is used", async () => {
    const seen = await h.slash("path");
    expect(seen.text).toMatch(/Next steps in/);
    expect(h.bot.events.at(-1)).toMatchObject({ command: { name: "path" } });
    const event = h.bot.events.at(-1);
    expect(event?.type === "command" && "topic" in event.command).toBe(false);
  });

  test("GIVEN /skills rate with a skill and a level THEN it is saved and profile shows it, ephemerally", async () => {
    const rated = await h.slash("rate", { skill: "python", level: 3 });
    expect(rated.text).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(rated.messages.every(isEphemeral)).toBe(true);
    const profile = await h.slash("profile");
    expect(profile.messages.every(isEphemeral)).toBe(true);
    expect(profile.text).toMatch(/Python/);
  });

  test("GIVEN /skills track with and without a track THEN the track is chosen, or the tracks are listed, ephemerally", async () => {
    const listed = await h.slash("track");
    expect(listed.text).toMatch(/Available tracks/);
    const chosen = await h.slash("track", { track: "mlops-engineer" });
    expect(chosen.text).toMatch(/Your track is now MLOps Engineer/);
    expect([...listed.messages, ...chosen.messages].every(isEphemeral)).toBe(true);
    expect(h.bot.events.at(-1)).toMatchObject({
      command: { name: "track", track: "mlops-engineer" },
    });
  });

  test("GIVEN /skills explain with a skill THEN what it is and its rubric", async () => {
    const seen = await h.slash("explain", { skill: "python" });
    expect(h.bot.events.at(-1)).toMatchObject({ command: { name: "explain", skill: "python" } });
    expect(seen.text).toMatch(/Python/);
    expect(seen.text).toMatch(/practitioner/);
  });

  test("GIVEN an opted-in expert WHEN someone runs /skills mentor THEN the expert is listed, without a ping", async () => {
    const expert = h.user("ada");
    await h.slash("rate", { skill: "pytorch", level: 4 }, { user: expert });
    const optin = await h.slash("mentor-optin", { status: "on" }, { user: expert });
    expect(optin.text).toMatch(/You're now listed as a mentor/);
    const seen = await h.slash("mentor", { skill: "pytorch" });
    expect(seen.text).toMatch(/@ada/);
    expect(seen.messages.every((m) => m.allowed_mentions?.parse?.length === 0)).toBe(true);
  });

  test("GIVEN /skills mentor-optin off THEN the person leaves the list", async () => {
    const seen = await h.slash("mentor-optin", { status: "off" });
    expect(seen.text).toMatch(/no longer listed/);
    expect(h.bot.events.at(-1)).toMatchObject({ command: { name: "mentor-optin", on: false } });
  });

  test("GIVEN a forged mentor-optin value THEN a friendly correction and no event", async () => {
    const before = h.bot.events.length;
    const seen = await h.slash("mentor-optin", { status: "maybe" });
    expect(seen.text).toMatch(/"maybe" is neither on nor off/);
    expect(seen.messages.every(isEphemeral)).toBe(true);
    expect(h.bot.events.length).toBe(before);
  });

  test("GIVEN forged values thousands of characters long THEN each correction is one short page that quotes only their start", async () => {
    const long = (c: string) => c.repeat(2100);
    const optin = await h.slash("mentor-optin", { status: long("x") });
    const daily = await h.slash("quiz-daily", { action: long("y") });
    const rate = await h.slash("rate", { skill: long("z"), level: 1 });
    const emoji = await h.slash("mentor-optin", { status: "😀".repeat(1000) });
    expect(optin.text).toMatch(/"x{79}…" is neither on nor off/);
    expect(daily.text).toMatch(/"y{79}…" is not one of on, off or status/);
    expect(rate.text).toMatch(/"z{79}…"/);
    // 79 characters would end inside the 40th emoji: that half is left out.
    expect(emoji.text).toContain(`"${"😀".repeat(39)}…"`);
    for (const seen of [optin, daily, rate, emoji]) {
      expect(seen.calls.map((c) => c.status < 300)).toEqual([true]);
      expect(seen.messages).toHaveLength(1);
      expect(seen.text.length).toBeLessThan(400);
    }
  });

  test("GIVEN /skills quiz on a topic THEN a question with one button per option, 5 per row at most", async () => {
    const seen = await h.slash("quiz", { topic: "sql" });
    expect(seen.text).toMatch(/Quiz: /);
    expect(seen.buttons.length).toBeGreaterThanOrEqual(3);
    for (const row of seen.messages[0]?.components ?? [])
      expect(row.components?.length).toBeLessThanOrEqual(5);
    expect(seen.buttons.every((b) => b.customId.startsWith("quiz.answer|"))).toBe(true);
  });

  test("GIVEN /skills forget-me WHEN confirmed THEN the data is gone", async () => {
    await h.slash("rate", { skill: "sql", level: 2 });
    const asked = await h.slash("forget-me");
    const confirm = asked.buttons.find((b) => /Delete my data/.test(b.label));
    expect(confirm).toBeDefined();
    const done = await h.press(confirm?.customId ?? "");
    expect(done.text).toMatch(/deleted everything/);
    expect(done.messages.every(isEphemeral)).toBe(true);
    const profile = await h.slash("profile");
    expect(profile.text).toMatch(/haven't rated any skills yet/);
  });

  test("GIVEN a member with Manage Channels THEN the event says so; in a DM the tenant is dm and it is false", async () => {
    await h.slash("help", {}, { permissions: MANAGER_PERMISSIONS });
    expect(h.bot.events.at(-1)?.canManageChannel).toBe(true);
    await h.slash("help", {}, { dm: true });
    expect(h.bot.events.at(-1)).toMatchObject({
      person: { tenant: "dm" },
      where: { kind: "dm", audience: "private" },
      canManageChannel: false,
    });
  });
});
