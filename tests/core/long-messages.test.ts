import { describe, expect, it } from "vitest";
import { asker, say, testBot, textOf } from "../helpers/core.ts";

// Slack and Discord deliver up to 4,000 characters. Matching is synchronous, so a pasted essay
// must cost what a question costs, not hold up everyone else (bench/ask.ts measures it).

const filler = (words: number) =>
  Array.from({ length: words }, (_, i) => `w${(i * 7919) % 1000}x`).join(" ");

describe("long messages", () => {
  it("GIVEN a skill named early in a long message THEN it is found; named after the first 40 words THEN it is not looked for", async () => {
    const bot = await testBot();
    expect(
      bot.core.index.mentions(`how do I get better at kubernetes ${filler(600)}`)[0],
    ).toMatchObject({ kind: "skill", id: "kubernetes" });
    expect(
      bot.core.index.mentions(`${filler(45)} how do I get better at kubernetes`),
    ).not.toContainEqual(expect.objectContaining({ kind: "skill", id: "kubernetes", strength: 3 }));
  });

  it("GIVEN one word 4,000 characters long WHEN asked, explained or rated THEN a plain answer that no such skill exists", async () => {
    const bot = await testBot();
    const word = "x".repeat(4000);
    expect(bot.core.index.mentions(word)).toEqual([]);
    expect(bot.core.index.resolve(word, ["skill"])).toEqual({ kind: "none", suggestions: [] });
    const reply = await say(bot, "ana", `rate ${word} 3`);
    expect(textOf(reply)).toMatch(/I don't know a skill called/);
    expect((await bot.core.people.get(asker("ana").person)).ratings).toEqual({});
  });
});
