// Long text with nowhere to break (a wall of emoji) is cut hard at Discord's limits. A cut
// between the two halves of an emoji leaves a lone surrogate on each page: broken characters
// Discord shows as boxes, and the emoji itself lost.
import { describe, expect, test } from "vitest";
import { type DiscordPage, renderReply } from "../../adapters/discord/render.ts";
import { splitText } from "../../adapters/discord/split-text.ts";
import { privateReply } from "../../src/core/reply.ts";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EMOJI_WALL = `a${"😀".repeat(3000)}`;

const textsOf = (pages: readonly DiscordPage[]) =>
  pages.flatMap((p) => [p.content, ...p.embeds.map((e) => e.description ?? "")]).filter(Boolean);

describe("hard cuts keep emoji whole", () => {
  test("GIVEN text with no space to split on WHEN split THEN no piece starts or ends inside an emoji and nothing is lost", () => {
    for (const limit of [2000, 4096, 7]) {
      const pieces = splitText(EMOJI_WALL, limit);
      expect(pieces.length).toBeGreaterThan(1);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(limit);
        expect(LONE_SURROGATE.test(piece)).toBe(false);
      }
      expect(pieces.join("")).toBe(EMOJI_WALL);
    }
  });

  test("GIVEN a plain answer of emoji only WHEN rendered THEN every message holds whole emoji", () => {
    const pages = renderReply(privateReply([{ kind: "text", text: [{ text: EMOJI_WALL }] }]));
    expect(pages.length).toBeGreaterThan(1);
    for (const text of textsOf(pages)) expect(LONE_SURROGATE.test(text)).toBe(false);
    expect(textsOf(pages).join("")).toBe(EMOJI_WALL);
  });

  test("GIVEN an embed whose description is emoji only WHEN paged at 4,096 THEN every description holds whole emoji", () => {
    const pages = renderReply(
      privateReply([
        { kind: "heading", text: "T" },
        { kind: "text", text: [{ text: EMOJI_WALL + EMOJI_WALL }] },
      ]),
    );
    const descriptions = textsOf(pages);
    expect(descriptions.length).toBeGreaterThan(1);
    for (const text of descriptions) {
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(LONE_SURROGATE.test(text)).toBe(false);
    }
  });
});
