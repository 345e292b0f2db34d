// What Discord lists as soon as someone opens an autocompleted option, before typing: at most 25
// choices, so the broad ones (the daily quiz's "weakest", tracks, areas) come before skills, or
// a matrix of more than 25 skills hides them all.
import type { APIApplicationCommandOptionChoice } from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type DiscordHarness, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

async function choices(
  subcommand: string,
  option: string,
  value: string,
): Promise<APIApplicationCommandOptionChoice<string>[]> {
  const seen = await h.interact(
    h.fake.interactions.autocomplete({
      command: "skills",
      subcommand,
      focused: { name: option, value },
    }),
  );
  return (seen.callbackData.choices ?? []) as APIApplicationCommandOptionChoice<string>[];
}

const values = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe("autocomplete before anything is typed", () => {
  test("GIVEN a matrix with more than 25 skills WHEN quiz's topic is opened THEN its tracks and areas come first", async () => {
    const { kb } = h.booted.core;
    expect(kb.skills.length).toBeGreaterThan(25);
    const offered = await choices("quiz", "topic", "");
    expect(offered).toHaveLength(25);
    const broad = [...values(kb.tracks), ...values(kb.areas)];
    expect(offered.slice(0, broad.length).map((c) => c.value)).toEqual(broad);
    expect(offered[0]?.name).toMatch(/\(track\)$/);
  });

  test("GIVEN quiz-daily's topic WHEN opened or typed THEN the team's weakest skills are offered first", async () => {
    const { kb } = h.booted.core;
    const offered = await choices("quiz-daily", "topic", "");
    expect(offered).toHaveLength(25);
    expect(offered[0]?.value).toBe("weakest");
    expect(offered.slice(1, 1 + kb.tracks.length).map((c) => c.value)).toEqual(values(kb.tracks));
    const typed = await choices("quiz-daily", "topic", "weak");
    expect(typed[0]?.value).toBe("weakest");
  });

  test("GIVEN commands that take no weakest THEN it is never offered", async () => {
    for (const [subcommand, option] of [
      ["quiz", "topic"],
      ["path", "topic"],
      ["mentor", "skill"],
    ] as const) {
      const offered = [
        ...(await choices(subcommand, option, "")),
        ...(await choices(subcommand, option, "weak")),
      ];
      expect(offered.map((c) => c.value)).not.toContain("weakest");
    }
  });

  test("GIVEN mentor's skill WHEN opened THEN areas come first, and no tracks (mentors are by skill or area)", async () => {
    const { kb } = h.booted.core;
    const offered = await choices("mentor", "skill", "");
    expect(offered).toHaveLength(25);
    expect(offered.slice(0, kb.areas.length).map((c) => c.value)).toEqual(values(kb.areas));
    const tracks = new Set(values(kb.tracks));
    expect(offered.some((c) => tracks.has(c.value))).toBe(false);
  });
});
