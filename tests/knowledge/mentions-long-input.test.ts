import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateMatrix } from "../../bench/generate-matrix.ts";
import { JOB_ADVERT, PROSE, pasted } from "../../bench/pastes.ts";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { removeDir } from "./sample-matrix.ts";
import { loadValid, SHIPPED_DIR } from "./shipped.ts";

// Matching is synchronous: while a pasted job advert is read, nobody else is answered. The work
// is counted, not timed: fuzzy searches for mistyped names, each word's or each window's.

/** Words read at each end of a long message (MatrixIndex's MAX_WORDS_SCANNED). */
const WORDS_READ = 2 * 40;

const generated = mkdtempSync(join(tmpdir(), "skillbot-long-input-"));
afterAll(() => removeDir(generated));
generateMatrix(generated, 300);
const MATRICES = { "ML engineer": SHIPPED_DIR, "generated 300-skill": generated };

const loaded = new Map<string, KnowledgeBase>();
/** A fresh index on `dir` and the count of its fuzzy searches so far. */
function counted(dir: string) {
  let searches = 0;
  const kb = loaded.get(dir) ?? new KnowledgeBase(loadValid(dir));
  loaded.set(dir, kb);
  const index = new MatrixIndex(kb, { typoSearch: { onSearch: () => searches++ } });
  return { index, searches: () => searches };
}

describe.each(Object.entries(MATRICES))(
  "typo search of a long message on the %s matrix",
  (_, dir) => {
    it("GIVEN a 4,000-character job advert WHEN its names are found THEN each word read is searched for once, plus the few windows it may name, not every window of every length", () => {
      const { index, searches } = counted(dir);
      index.mentions(pasted(JOB_ADVERT));
      // Every window of 1 to 4 words, searched as typed and stemmed, was 2 × 4 × 80 searches.
      expect(searches()).toBeLessThanOrEqual(2 * WORDS_READ);
    });

    it("GIVEN a 4,000-character paste of everyday English WHEN its names are found THEN nothing is searched for typos: a common word is never a typo", () => {
      const { index, searches } = counted(dir);
      expect(index.mentions(pasted(PROSE)).filter((m) => m.strength > 1)).toEqual([]);
      expect(searches()).toBe(0);
    });

    it("GIVEN a word already looked up in an earlier message WHEN it comes again THEN only the window it names is searched", () => {
      const { index, searches } = counted(dir);
      index.mentions("how do i level up my pyhton and kubernets");
      const before = searches();
      index.mentions(`${pasted(JOB_ADVERT)} how do i level up my pyhton and kubernets`);
      const again = searches();
      index.mentions("how do i level up my pyhton and kubernets");
      expect(searches() - again).toBeLessThanOrEqual(2 * 2);
      expect(before).toBeGreaterThan(0);
    });
  },
);

describe("a question with a typo", () => {
  it("GIVEN 'how do i level up my pyhton' WHEN its names are found THEN python is found with one word's search and one window's, not seven windows'", () => {
    const { index, searches } = counted(SHIPPED_DIR);
    expect(index.mentions("how do i level up my pyhton")).toContainEqual(
      expect.objectContaining({ kind: "skill", id: "python", strength: 2 }),
    );
    // "pyhton" looked up once, then its window searched as typed and stemmed.
    expect(searches()).toBe(3);
  });
});
