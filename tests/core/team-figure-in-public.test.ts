import { describe, expect, it } from "vitest";
import { DM, PUBLIC, say, testBot, textOf } from "../helpers/core.ts";

// A team figure in a channel is read by everyone, and any of its raters may move their own
// rating between two of them: like the daily question, it needs five raters besides any one of
// them, and leaves nobody out, so it reads the same whoever asks.

const FIGURE = /teammates rated this skill/;

async function docker(levels: readonly number[]) {
  const bot = await testBot();
  const raters = ["bob", "carol", "dave", "erin", "frank", "gina"].slice(0, levels.length);
  for (const [i, user] of raters.entries()) await say(bot, user, `rate docker ${levels[i]}`);
  return bot;
}

describe("team figures asked for in a channel", () => {
  it("GIVEN five raters, one of whom is refused the figure in his DM WHEN someone who did not rate asks in a channel THEN no figure is posted", async () => {
    const bot = await docker([0, 1, 1, 3, 3]);
    expect(textOf(await say(bot, "bob", "what is docker?", DM))).not.toMatch(FIGURE);
    const inChannel = await say(bot, "alice", "what is docker?", PUBLIC);
    expect(inChannel.visibility).toBe("public");
    expect(textOf(inChannel)).not.toMatch(FIGURE);
    expect(textOf(await say(bot, "alice", "how many people rated docker?", PUBLIC))).not.toMatch(
      FIGURE,
    );
  });

  it("GIVEN six raters WHEN a rater and someone who did not rate each ask in the channel THEN both see the same figure", async () => {
    const bot = await docker([0, 1, 1, 3, 3, 3]);
    const byAlice = textOf(await say(bot, "alice", "what is docker?", PUBLIC));
    const byBob = textOf(await say(bot, "bob", "what is docker?", PUBLIC));
    expect(byAlice).toMatch(FIGURE);
    const figure = (reply: string) => reply.split("\n").find((line) => FIGURE.test(line));
    expect(figure(byBob)).toBe(figure(byAlice));
  });

  it("GIVEN five raters besides the asker WHEN asked in a DM THEN the figure is still shown there", async () => {
    const bot = await docker([0, 1, 1, 3, 3]);
    expect(textOf(await say(bot, "alice", "what is docker?", DM))).toMatch(FIGURE);
  });
});
