import { describe, expect, it } from "vitest";
import { renderReply, richText } from "../../adapters/console/render.ts";
import { privateReply } from "../../src/core/reply.ts";
import { code, rich, textWithCode } from "../../src/core/rich-text.ts";

const ESC = "\u001b";

describe("console rendering", () => {
  it("GIVEN code WHEN shown without colour THEN backticks mark it; with colour THEN it is cyan", () => {
    const prompt = textWithCode("What does `add_id(2)` return?");
    expect(richText(prompt, { color: false })).toBe("What does `add_id(2)` return?");
    expect(richText(prompt, { color: true })).toBe(
      "What does \u001b[36madd_id(2)\u001b[0m return?",
    );
    expect(richText([code("mentor on")], { color: false })).toBe("`mentor on`");
  });

  it("GIVEN a dimmed line with code and italics WHEN shown with colour THEN the dimming resumes after each span, to the end of the line", () => {
    const line = rich`Turn it on with \`mentor on\`, _or later_, from anywhere.`;
    const { text } = renderReply(privateReply([{ kind: "context", text: line }]), { color: true });
    expect(text).toBe(
      `${ESC}[2mTurn it on with ${ESC}[36mmentor on${ESC}[0m${ESC}[2m, ${ESC}[3mor later${ESC}[0m${ESC}[2m, from anywhere.${ESC}[0m`,
    );
  });
});
