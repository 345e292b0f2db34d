import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { text } from "../../src/core/messages.ts";
import { plain } from "../../src/core/rich-text.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { figureOf } from "../../src/features/team-figures.ts";
import { DM, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * The team-figure line of `explain python` as `user` sees it in a DM, or undefined when there is
 * none. (In a channel, a figure follows the public rule: tests/core/team-figure-in-public.test.ts.)
 */
async function figureSeenBy(bot: TestBot, user: string, where = DM) {
  const shown = textOf(await say(bot, user, "explain python", where));
  return shown.split("\n").find((line) => /teammates rated/.test(line));
}

/** Nothing in a figure that differencing could use: no decimals, no exact head count. */
function expectCoarse(figure: string | undefined) {
  expect(figure).toBeDefined();
  expect(figure).not.toMatch(/\d\.\d|average/);
  expect(figure).not.toMatch(/(^|[^–\d])\d+ teammates/);
}

describe("team figures can't be differenced into one person's rating", () => {
  it("GIVEN the reviewer's team (5, then 6 raters) WHEN someone joins, re-rates or is forgotten THEN the figure reads the same before and after each change, with no decimals or exact count", async () => {
    const bot = await testBot();
    for (const [user, level] of [
      ["ann", 1],
      ["bob", 3],
      ["cat", 2],
      ["dan", 4],
    ] as const)
      await say(bot, user, `rate python ${level}`);
    expect(await figureSeenBy(bot, "zed")).toBeUndefined();

    await say(bot, "eve", "rate python 2");
    const five = await figureSeenBy(bot, "zed");
    expectCoarse(five);
    expect(five).toMatch(/5–9 teammates rated this skill/);
    expect(five).toMatch(/2 \(working\)/);

    await say(bot, "fay", "rate python 3");
    expect(await figureSeenBy(bot, "zed")).toBe(five);
    await say(bot, "bob", "rate python 0");
    expect(await figureSeenBy(bot, "zed")).toBe(five);
    await press(bot, "fay", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));
    expect(await figureSeenBy(bot, "zed")).toBe(five);
  });

  it("GIVEN the asker and four others rated WHEN the asker explains the skill THEN no figure: the asker doesn't count towards the five", async () => {
    const bot = await testBot();
    for (const user of ["ann", "bob", "cat", "dan"]) await say(bot, user, "rate python 2");
    await say(bot, "mal", "rate python 0");

    expect(await figureSeenBy(bot, "mal")).toBeUndefined();
    expect(await figureSeenBy(bot, "zed")).toMatch(/5–9 teammates rated this skill/);
  });

  it("GIVEN five others rated WHEN the asker changes their own rating THEN the figure they see doesn't move: it leaves them out", async () => {
    const bot = await testBot();
    for (const [user, level] of [
      ["ann", 1],
      ["bob", 2],
      ["cat", 2],
      ["dan", 3],
      ["eve", 3],
    ] as const)
      await say(bot, user, `rate python ${level}`);

    await say(bot, "mal", "rate python 0");
    const low = await figureSeenBy(bot, "mal");
    await say(bot, "mal", "rate python 4");
    const high = await figureSeenBy(bot, "mal");

    expectCoarse(low);
    expect(high).toBe(low);
  });

  it("GIVEN any 5 to 9 raters WHEN one joins, leaves or re-rates THEN the figures before and after never pin down that person's level", () => {
    const shown = (atLevel: readonly number[]) => {
      const figure = figureOf(atLevel);
      return figure ? plain(text.teamFigure(figure.raters, figure.typical)) : "none";
    };
    // For each pair of figures seen before and after a change, every level the person could have
    // had before it, or have after it.
    const possible = new Map<string, Set<number>>();
    const seen = (which: "had" | "has", before: number[], after: number[], level: number) => {
      const key = `${which}: ${shown(before)} → ${shown(after)}`;
      const levels = possible.get(key) ?? new Set<number>();
      possible.set(key, levels.add(level));
    };
    for (let raters = 5; raters <= 9; raters++) {
      for (const team of histograms(raters)) {
        for (let level = 0; level <= 4; level++) {
          seen("has", team, bump(team, level, +1), level);
          if ((team[level] ?? 0) === 0) continue;
          seen("had", team, bump(team, level, -1), level);
          for (let to = 0; to <= 4; to++) {
            if (to === level) continue;
            const after = bump(bump(team, level, -1), to, +1);
            seen("had", team, after, level);
            seen("has", team, after, to);
          }
        }
      }
    }
    const pinned = [...possible].filter(([, levels]) => levels.size === 1);
    expect(pinned.map(([key, levels]) => `${key}: ${[...levels]}`)).toEqual([]);
  });
});

/** Every way `count` people can rate a skill, as how many are at each level 0–4. */
function histograms(count: number, from = 0): number[][] {
  if (from === 4) return [[count]];
  const all: number[][] = [];
  for (let here = 0; here <= count; here++)
    for (const rest of histograms(count - here, from + 1)) all.push([here, ...rest]);
  return all;
}

function bump(atLevel: readonly number[], level: number, by: number): number[] {
  return atLevel.map((n, at) => (at === level ? n + by : n));
}
