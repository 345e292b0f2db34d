import { describe, expect, it } from "vitest";
import { bold, plain, type RichText, rich, textWithCode } from "../../src/core/rich-text.ts";

/** One call site, used with different values: its authored parts are split once and reused. */
const saved = (skill: string, level: number): RichText =>
  rich`Saved: ${skill} at ${bold(String(level))}. Try \`quiz\` _next_.`;

describe("rich text", () => {
  it("GIVEN one template used with different values THEN each result has its own values, markers from the authored text only", () => {
    expect(saved("Python", 3)).toEqual([
      { text: "Saved: Python at " },
      { text: "3", bold: true },
      { text: ". Try " },
      { text: "quiz", code: true },
      { text: " " },
      { text: "next", italic: true },
      { text: "." },
    ]);
    const typed = saved("*SQL* `x`", 1);
    expect(plain(typed)).toBe("Saved: *SQL* `x` at 1. Try quiz next.");
    expect(typed.filter((span) => span.bold || span.code || span.italic)).toEqual([
      { text: "1", bold: true },
      { text: "quiz", code: true },
      { text: "next", italic: true },
    ]);
  });

  it("GIVEN spans shared by every reply from a call site THEN they cannot be changed in place", () => {
    const span = saved("Python", 3).find((s) => s.code);
    expect(span).toEqual({ text: "quiz", code: true });
    expect(() => {
      (span as { text: string }).text = "forget me";
    }).toThrow(TypeError);
    expect(saved("Python", 3).find((s) => s.code)?.text).toBe("quiz");
  });

  it("GIVEN matrix text THEN only code between backticks formats: * and _ stay literal, a lone backtick stays text", () => {
    expect(textWithCode("What does `[x ** 2 for x in range(4)]` give, and `add_id(2)`?")).toEqual([
      { text: "What does " },
      { text: "[x ** 2 for x in range(4)]", code: true },
      { text: " give, and " },
      { text: "add_id(2)", code: true },
      { text: "?" },
    ]);
    expect(textWithCode("2 * 3 * 4 in snake_case_names")).toEqual([
      { text: "2 * 3 * 4 in snake_case_names" },
    ]);
    for (const literal of ["a lone ` backtick", "`open\nacross lines`", "an empty `` pair"])
      expect(textWithCode(literal)).toEqual([{ text: literal }]);
    expect(textWithCode("`COPY . .`")).toEqual([{ text: "COPY . .", code: true }]);
  });
});
