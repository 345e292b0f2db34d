import { describe, expect, it } from "vitest";
import { richText } from "../../adapters/console/render.ts";
import { code, textWithCode } from "../../src/core/rich-text.ts";

describe("console rendering", () => {
  it("GIVEN code WHEN shown without colour THEN backticks mark it; with colour THEN it is cyan", () => {
    const prompt = textWithCode("What does `add_id(2)` return?");
    expect(richText(prompt, { color: false })).toBe("What does `add_id(2)` return?");
    expect(richText(prompt, { color: true })).toBe(
      "What does \u001b[36madd_id(2)\u001b[0m return?",
    );
    expect(richText([code("mentor on")], { color: false })).toBe("`mentor on`");
  });
});
