import type MiniSearch from "minisearch";
import type { EntityKind, EntityRef } from "./matrix-index.ts";
import { isTypoOf } from "./terms.ts";
import { isCommonWord, isNoise, type Word } from "./typed-words.ts";

/** One document per name or alias, for typo-tolerant matching of whole names. */
export type TermDoc = {
  key: number;
  kind: EntityKind;
  id: string;
  term: string;
  words: string[];
  raw: string[];
};

/** Edits a typo may make (typosAllowed's most): a longer word is no name's typo. */
const MAX_TYPO_EDITS = 2;

/**
 * Names or aliases that `window` spells with typos, word for word: "gradient boostign" is
 * gradient boosting, but "writing" alone is not "technical writing". MiniSearch proposes,
 * a transposition-aware edit distance confirms. `terms` holds one document per name or alias;
 * `longestWord` is the longest word of any of them.
 */
export function closeNames(
  terms: MiniSearch<TermDoc>,
  longestWord: number,
  window: readonly Word[],
  options: { prefixes?: boolean } = {},
): EntityRef[] {
  if (
    window.some((w) => w.raw.length > longestWord + MAX_TYPO_EDITS) ||
    window.every((w) => isNoise(w) || w.raw.length < 4)
  )
    return [];
  const search = (query: string) =>
    terms.search(query, {
      combineWith: "AND",
      fuzzy: (term) => (term.length >= 5 ? 2 : term.length === 4 ? 1 : false),
      prefix: (term) => term.length >= 3,
    });
  const hits = [
    ...search(window.map((w) => w.raw).join(" ")),
    ...search(window.map((w) => w.stem).join(" ")),
  ];
  // A word of everyday English is that word, never another one mistyped: "pretty" is not
  // "prettier", "state" not "stats", and "data" in "data cleanign" is only "data".
  const near = (typed: string, known: string, common: boolean) =>
    typed === known ||
    (options.prefixes === true && typed.length >= 3 && known.startsWith(typed)) ||
    (!common && isTypoOf(typed, known));
  // "serve" is "serving" inflected, not mistyped: the final e gives way to a vowel ending.
  const inflected = (typed: string, known: string) =>
    typed.endsWith("e") &&
    known.startsWith(typed.slice(0, -1)) &&
    /^[aeiouy]/.test(known.slice(typed.length - 1));
  const matches = (w: Word, raw: string, stemmed: string) => {
    const common = isCommonWord(w);
    return near(w.raw, raw, common) || near(w.stem, stemmed, common) || inflected(w.raw, raw);
  };
  const refs: EntityRef[] = [];
  for (const hit of hits) {
    const words = hit.words as string[];
    const raw = hit.raw as string[];
    if (words.length !== window.length) continue;
    const close = window.every((w, k) => matches(w, raw[k] ?? "", words[k] ?? ""));
    if (close && !refs.some((r) => r.kind === hit.kind && r.id === hit.id)) {
      refs.push({ kind: hit.kind as EntityKind, id: String(hit.id) });
    }
  }
  return refs;
}
