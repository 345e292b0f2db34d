import { describe, expect, it } from "vitest";
import { commandFromText } from "../../src/core/command-text.ts";
import { asker, say, testBot, textOf } from "../helpers/core.ts";

// Slack and Discord deliver up to 4,000 characters. Matching is synchronous, so a pasted essay
// must cost little more than a question, not hold up everyone else (bench/ask.ts measures it).

const filler = (words: number) =>
  Array.from({ length: words }, (_, i) => `w${(i * 7919) % 1000}x`).join(" ");

describe("long messages", () => {
  it("GIVEN a long message WHEN the skill is named at its start or after the context, at its end THEN it is found; named only in the middle THEN it is not looked for", async () => {
    const bot = await testBot();
    const kubernetes = expect.objectContaining({ kind: "skill", id: "kubernetes", strength: 3 });
    const mentions = (text: string) => bot.core.index.mentions(text);
    expect(mentions(`how do I get better at kubernetes ${filler(600)}`)).toContainEqual(kubernetes);
    expect(mentions(`${filler(48)} so what should I learn about kubernetes?`)).toContainEqual(
      kubernetes,
    );
    expect(mentions(`${filler(300)} kubernetes ${filler(300)}`)).not.toContainEqual(kubernetes);
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
  it("GIVEN a command word and a pasted paragraph WHEN read THEN its start is looked up only at the lengths a name can have", async () => {
    // "quiz me on it it it …" once took 1.5 s: each of its first 2…1,700 words was a lookup.
    const bot = await testBot();
    const index = bot.core.index;
    const lookups: string[] = [];
    const resolve = index.resolve.bind(index);
    index.resolve = ((term, kinds) => {
      lookups.push(term);
      return resolve(term, kinds);
    }) as typeof index.resolve;
    commandFromText(`quiz me on ${"it ".repeat(1700)}`, index);
    expect(lookups.length).toBeLessThanOrEqual(index.longestName + 2);
    expect(lookups.every((term) => term.split(" ").length <= index.longestName)).toBe(true);
  });
});
