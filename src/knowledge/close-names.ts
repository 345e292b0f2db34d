import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
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

/** For tests: `onSearch` counts fuzzy searches; `everyWindow` skips no window, as before skipping. */
export type TypoSearchOptions = { onSearch?: () => void; everyWindow?: boolean };

/** Edits a typo may make (typosAllowed's most): a longer word is no name's typo. */
const MAX_TYPO_EDITS = 2;
/** Word places a bit mask holds: a message's windows are far shorter. */
const PLACES = 30;
/**
 * Places kept across messages, counted name by name: bounded like the index's resolutions and
 * cleared when full. Counted by names, not words: in a matrix of 10,000 skills one word
 * ("practice", or a typo of it) can stand in 10,000 names.
 */
const PLACES_KEPT = 100_000;

/**
 * Where one typed word could stand in names: for each name's document, a bit per word place
 * the typed word spells ("boostign" stands at place 1 of "gradient boosting").
 */
type Places = Map<number, number>;

/**
 * Names or aliases that a window of typed words spells with typos, word for word: "gradient
 * boostign" is gradient boosting, but "writing" alone is not "technical writing". MiniSearch
 * proposes, a transposition-aware edit distance confirms.
 */
export class CloseNames {
  /** The names and aliases, one document each, also searched for suggestions. */
  readonly terms: MiniSearch<TermDoc>;
  /** Documents by key. */
  readonly #docs: readonly TermDoc[];
  /** Characters in the longest word of any name: a typed word much longer names nothing. */
  readonly #longestWord: number;
  /** Documents by each word of theirs as written, and stemmed: where a common word may stand. */
  readonly #byRaw = new Map<string, number[]>();
  readonly #byStem = new Map<string, number[]>();
  /** The words of names as written, sorted, to find those a word inflects ("serve": serving). */
  readonly #rawWords: readonly string[];
  /** Documents by each word of their term, as the fuzzy search matches them, without scoring. */
  readonly #byTermWord: SearchableMap<number[]>;
  /** Where typed words could stand in names, by the word as typed (see #placesOf). */
  readonly #places = new Map<string, Places>();
  #placesKept = 0;
  readonly #searched: () => void;
  readonly #everyWindow: boolean;

  /** `docs[key]` is the document of that key. */
  constructor(docs: readonly TermDoc[], options: TypoSearchOptions = {}) {
    this.terms = new MiniSearch<TermDoc>({
      idField: "key",
      fields: ["term"],
      // The stored id (the entity's) stands in a hit's id; its key says which document it is.
      storeFields: ["key", "kind", "id", "words", "raw"],
      tokenize: (text) => text.split(" "),
      processTerm: (term) => term,
    });
    this.terms.addAll(docs);
    this.#docs = docs;
    this.#searched = options.onSearch ?? (() => {});
    this.#everyWindow = options.everyWindow === true;
    this.#longestWord = Math.max(1, ...docs.flatMap((d) => d.raw.map((word) => word.length)));
    const file = (by: Map<string, number[]>, word: string, key: number) => {
      const keys = by.get(word);
      if (!keys) by.set(word, [key]);
      else if (keys.at(-1) !== key) keys.push(key);
    };
    const byTermWord = new Map<string, number[]>();
    for (const doc of docs) {
      for (const word of doc.raw) file(this.#byRaw, word, doc.key);
      for (const word of doc.words) file(this.#byStem, word, doc.key);
      for (const word of doc.term.split(" ")) file(byTermWord, word, doc.key);
    }
    this.#byTermWord = SearchableMap.from(byTermWord);
    this.#rawWords = [...this.#byRaw.keys()].sort();
  }

  /**
   * The names `window` spells, typos forgiven; with `prefixes`, names it starts too. A message
   * of 80 words has 300 windows and searching each took 30–200 ms, so a window is searched only
   * when each of its words could stand in its place in one name: each word is looked up once.
   */
  of(window: readonly Word[], options: { prefixes?: boolean } = {}): EntityRef[] {
    if (this.#namesNothing(window)) return [];
    const skippable = options.prefixes !== true && !this.#everyWindow;
    if (skippable && !this.#mayBeSpelt(window)) return [];
    const hits = [
      ...this.#search(window.map((w) => w.raw).join(" ")),
      ...this.#search(window.map((w) => w.stem).join(" ")),
    ];
    const refs: EntityRef[] = [];
    for (const hit of hits) {
      const words = hit.words as string[];
      const raw = hit.raw as string[];
      if (words.length !== window.length) continue;
      const close = window.every((w, k) =>
        spells(w, raw[k] ?? "", words[k] ?? "", options.prefixes === true),
      );
      if (close && !refs.some((r) => r.kind === hit.kind && r.id === hit.id)) {
        refs.push({ kind: hit.kind as EntityKind, id: String(hit.id) });
      }
    }
    return refs;
  }

  /** Whether one name has, place by place, a word each word of `window` could stand for. */
  #mayBeSpelt(window: readonly Word[]): boolean {
    const [first, ...rest] = window;
    if (!first || window.length > PLACES) return true;
    for (const [key, places] of this.#placesOf(first)) {
      if ((places & 1) === 0 || this.#docs[key]?.words.length !== window.length) continue;
      if (rest.every((w, k) => ((this.#placesOf(w).get(key) ?? 0) >> (k + 1)) & 1)) return true;
    }
    return false;
  }

  /** Windows no name can be: a word too long for any, or only small and stop words. */
  #namesNothing(window: readonly Word[]): boolean {
    return (
      window.some((w) => w.raw.length > this.#longestWord + MAX_TYPO_EDITS) ||
      window.every((w) => isNoise(w) || w.raw.length < 4)
    );
  }

  /** Where `w` could stand in names, looked up once: the names never change, words recur. */
  #placesOf(w: Word): Places {
    let places = this.#places.get(w.raw);
    if (!places) {
      places = this.#lookUpPlaces(w);
      if (this.#placesKept + places.size + 1 > PLACES_KEPT) {
        this.#places.clear();
        this.#placesKept = 0;
      }
      this.#places.set(w.raw, places);
      this.#placesKept += places.size + 1;
    }
    return places;
  }

  /**
   * Every place in a name where `w` could stand in a window `of` confirms. A common word stands
   * where a name has it as written or stemmed, or inflected: it is never a typo. Another word
   * stands only in a name the fuzzy search proposes for it (`of` finds no other), and only
   * where it spells the name's word.
   */
  #lookUpPlaces(w: Word): Places {
    const candidates = isCommonWord(w)
      ? [
          ...(this.#byRaw.get(w.raw) ?? []),
          ...(this.#byStem.get(w.stem) ?? []),
          ...(w.raw.endsWith("e") ? this.#startingWith(w.raw.slice(0, -1)) : []),
        ]
      : [...this.#proposed(w.raw), ...(w.stem === w.raw ? [] : this.#proposed(w.stem))];
    // Names share words ("… Practice"): each is judged once. A word's stem follows from it.
    const spelt = new Map<string, boolean>();
    const spellsWord = (raw: string, stemmed: string) => {
      let yes = spelt.get(raw);
      if (yes === undefined) {
        yes = spells(w, raw, stemmed, false);
        spelt.set(raw, yes);
      }
      return yes;
    };
    const places: Places = new Map();
    for (const key of new Set(candidates)) {
      const doc = this.#docs[key];
      if (!doc) continue;
      let bits = 0;
      for (let k = 0; k < Math.min(PLACES, doc.words.length); k++)
        if (spellsWord(doc.raw[k] ?? "", doc.words[k] ?? "")) bits |= 1 << k;
      if (bits !== 0) places.set(key, bits);
    }
    return places;
  }

  /** Documents with a word that starts with `prefix` and goes on. */
  #startingWith(prefix: string): number[] {
    let low = 0;
    let high = this.#rawWords.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#rawWords[middle] ?? "") < prefix) low = middle + 1;
      else high = middle;
    }
    const keys: number[] = [];
    for (let i = low; this.#rawWords[i]?.startsWith(prefix); i++)
      keys.push(...(this.#byRaw.get(this.#rawWords[i] ?? "") ?? []));
    return keys;
  }

  /** Documents the fuzzy search matches `word` in, as `#search` would find them for it alone. */
  #proposed(word: string): number[] {
    this.#searched();
    const keys = [...(this.#byTermWord.get(word) ?? [])];
    if (prefixed(word))
      for (const [, found] of this.#byTermWord.atPrefix(word)) keys.push(...found);
    const edits = fuzziness(word);
    if (edits)
      for (const [found] of this.#byTermWord.fuzzyGet(word, edits).values()) keys.push(...found);
    return keys;
  }

  #search(query: string) {
    this.#searched();
    return this.terms.search(query, { combineWith: "AND", fuzzy: fuzziness, prefix: prefixed });
  }
}

/** Edits the fuzzy search forgives in a typed word: none in short words. */
const fuzziness = (word: string) => (word.length >= 5 ? 2 : word.length === 4 ? 1 : false);
/** Whether the fuzzy search also finds names' words that `word` starts. */
const prefixed = (word: string) => word.length >= 3;

/**
 * Whether typed `w` spells a name's word, as written (`raw`) or stemmed. A word of everyday
 * English is that word, never another one mistyped: "pretty" is not "prettier", "state" not
 * "stats", and "data" in "data cleanign" is only "data".
 */
function spells(w: Word, raw: string, stemmed: string, prefixes: boolean): boolean {
  const common = isCommonWord(w);
  const near = (typed: string, known: string) =>
    typed === known ||
    (prefixes && typed.length >= 3 && known.startsWith(typed)) ||
    (!common && isTypoOf(typed, known));
  return near(w.raw, raw) || near(w.stem, stemmed) || inflected(w.raw, raw);
}

/** "serve" is "serving" inflected, not mistyped: the final e gives way to a vowel ending. */
const inflected = (typed: string, known: string) =>
  typed.endsWith("e") &&
  known.startsWith(typed.slice(0, -1)) &&
  /^[aeiouy]/.test(known.slice(typed.length - 1));
