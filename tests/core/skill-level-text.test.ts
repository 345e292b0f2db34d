import { expect, it } from "vitest";
import { skillLevelText } from "../../src/core/messages.ts";

it("GIVEN each pairing of level and target, asked twice over WHEN written THEN each says where the person stands, and only that", () => {
  const pairs: [number | undefined, number | undefined, string][] = [
    [2, 3, " — 2 → 3 (practitioner)"],
    [0, 4, " — 0 → 4 (expert)"],
    [3, undefined, " — 3 (practitioner)"],
    [undefined, 3, " — target 3 (practitioner)"],
    [0, undefined, " — 0 (none)"],
    [undefined, undefined, ""],
  ];
  for (let round = 0; round < 2; round++)
    for (const [level, target, expected] of pairs)
      expect(skillLevelText(level, target)).toBe(expected);
});
