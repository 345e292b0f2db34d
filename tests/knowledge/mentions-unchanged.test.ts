import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/knowledge/matrix-index.ts";
import { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { corpusFor, corpusMatrices } from "./mentions-corpus.ts";

/**
 * Names are found faster by searching for typos only the windows of words that may spell a
 * name. The reference searches every window, as before: the same names must come out, in the
 * same order, with the same strengths, scores and places, whatever the matrix's words and the
 * everyday-word rules are.
 */
const written = (mentions: readonly Mention[]) =>
  mentions.map((m) => `${m.kind}:${m.id} ${m.strength} ${m.score} @${m.position}`).join(" | ");

describe("names found in what people type, found faster", () => {
  const matrices = corpusMatrices();

  it.each(matrices.map((m) => [m.name, m] as const))(
    "GIVEN questions, typos and 4,000-character pastes typed at the %s matrix WHEN their names are found, twice (words looked up before are kept) THEN they are those found by searching every window",
    (_, { kb, index }) => {
      const everyWindow = new MatrixIndex(kb, { typoSearch: { everyWindow: true } });
      const texts = corpusFor(kb);
      const expected = texts.map((text) => everyWindow.mentions(text));
      // The corpus names skills exactly and with typos: a change to either would show.
      expect(expected.flat().filter((m) => m.strength === 2).length).toBeGreaterThan(10);
      expect(expected.flat().filter((m) => m.strength === 3).length).toBeGreaterThan(10);
      for (const pass of ["first", "again"]) {
        const differing = texts
          .map((text, i) => ({
            pass,
            text,
            found: written(index.mentions(text)),
            expected: written(expected[i] ?? []),
          }))
          .filter((row) => row.found !== row.expected);
        expect(differing).toEqual([]);
      }
    },
  );
});
