import MiniSearch, { type SearchResult } from "minisearch";
import { deepFreeze } from "../core/deep-freeze.ts";
import { CloseNames, type TermDoc, type TypoSearchOptions } from "./close-names.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { EVERYDAY_WORDS, STOPWORDS, stem, tokenize, writtenWithoutSpaces } from "./terms.ts";
import {
  isActivity,
  isEveryday,
  isNoise,
  meantAsName,
  type NameWords,
  readsAsChat,
  type Word,
} from "./typed-words.ts";

export type EntityKind = "skill" | "area" | "track";
export type EntityRef = { kind: EntityKind; id: string };

/** Something a piece of text is about, how sure we are, and where it was said. */
export type Mention = EntityRef & {
  /** 3 = named exactly (name, alias, id), 2 = named with a typo, 1 = only related by its description. */
  strength: 1 | 2 | 3;
  /** Exact names rank before typos, then by where they were said; related ones come last. */
  score: number;
  /** Index of the first token: earlier mentions rank first ("k8s vs docker" is about k8s first). */
  position: number;
};

export type Resolution<T extends EntityKind = EntityKind> =
  | { kind: "found"; ref: EntityRef & { kind: T }; exact: boolean }
  | { kind: "ambiguous"; candidates: (EntityRef & { kind: T })[] }
  | { kind: "none"; suggestions: (EntityRef & { kind: T })[] };

/** One document per entity, for description search. */
type EntityDoc = {
  key: string;
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string;
  summary: string;
};
/** A name in a script written without spaces, as it appears run together with other words. */
type RunName = { name: string; refs: EntityRef[] };

const keyOf = (ref: EntityRef) => `${ref.kind}:${ref.id}`;
const RESOLVED_KEPT = 1024;
const RESOLVED_TERM_LENGTH = 100;
const MAX_WINDOW = 4;
/**
 * Words at each end of a message looked at for names. A question names its topic at its start
 * or after some context, at its end; a pasted essay (Slack and Discord allow 4,000 characters,
 * 700 words) took 0.4 s of matching whole, during which nobody else got an answer. Twice 40
 * words take a few ms (close-names.ts searches only the windows that may name something).
 */
const MAX_WORDS_SCANNED = 40;

/** The first and last MAX_WORDS_SCANNED words; the middle of a long message is not read. */
const ends = (words: readonly string[]): readonly string[] =>
  words.length <= 2 * MAX_WORDS_SCANNED
    ? words
    : [...words.slice(0, MAX_WORDS_SCANNED), ...words.slice(-MAX_WORDS_SCANNED)];
/**
 * Scores of a name said at the first word; each word later scores one less. Any exact name
 * beats any typo ("how do I write a good postmortm" is about postmortems, not "writing"), and
 * a typo said 80 words in still beats a description match (at most 10).
 */
const EXACT_SCORE = 200;
const TYPO_SCORE = 100;
/**
 * Longest word given to a fuzzy search: its cost grows with the word, and "xxxx…" 4,000 long
 * took 40 ms while no description word is half this long.
 */
const MAX_SEARCHED_WORD = 40;

/** The words of `text` worth a fuzzy search, as a query. */
const searchable = (text: string): string =>
  tokenize(text)
    .filter((word) => word.length <= MAX_SEARCHED_WORD)
    .slice(0, 2 * MAX_WORDS_SCANNED)
    .join(" ");

/**
 * Finds skills, areas and tracks in what people type: exact names and aliases (from the matrix,
 * so a team's own synonyms work), then the same names with typos or cut short (MiniSearch fuzzy
 * and prefix search, confirmed word by word), then descriptions for questions that name nothing.
 */
export class MatrixIndex {
  readonly #phrases = new Map<string, EntityRef[]>();
  /** Names in CJK, Thai…, by first character, longest first: found inside longer runs of text. */
  readonly #runNames: ReadonlyMap<string, readonly RunName[]>;
  /**
   * Resolutions already made, by kinds and term. The index never changes and people send the
   * same few terms (autocomplete submits ids), while resolving tokenizes, stems and searches.
   * Bounded like the escape cache: short terms only, cleared when full; frozen, being shared.
   */
  readonly #resolved = new Map<string, Resolution<EntityKind>>();
  readonly #longestPhrase: number;
  /** Words of names that hold a slash ("ci/cd", "a/b"), stemmed: kept whole when typed. */
  readonly #slashedWords: ReadonlySet<string>;
  /** The matrix's words, for judging an everyday word in a sentence (see typed-words.ts). */
  readonly #names: NameWords;
  readonly #closeNames: CloseNames;
  readonly #entities: MiniSearch<EntityDoc>;

  /** `typoSearch`, for tests, counts the fuzzy searches for mistyped names or skips none. */
  constructor(kb: KnowledgeBase, options: { typoSearch?: TypoSearchOptions } = {}) {
    const entities: EntityDoc[] = [
      ...kb.skills.map((s) =>
        entity("skill", s.id, s.name, s.aliases, `${s.summary} ${s.why ?? ""}`),
      ),
      ...kb.areas.map((a) => entity("area", a.id, a.name, a.aliases, a.summary)),
      ...kb.tracks.map((t) => entity("track", t.id, t.name, t.aliases, t.summary ?? "")),
    ];
    const terms: TermDoc[] = [];
    const runNames = new Map<string, EntityRef[]>();
    const ownNames = new Set<string>();
    for (const e of entities) {
      const names = [e.id, e.name, ...e.aliases.split("\n")];
      for (const own of [e.id, e.name, e.id.replace(/-/g, " "), e.name.replace(/-/g, " ")])
        ownNames.add(tokenize(own).map(stem).join(" "));
      // "non-technical" and "non technical" are the same words to the person typing.
      for (const term of new Set([...names, ...names.map((n) => n.replace(/-/g, " "))])) {
        const raw = tokenize(term);
        const words = raw.map(stem);
        const phrase = words.join(" ");
        if (!phrase) continue;
        const refs = this.#phrases.get(phrase) ?? [];
        if (refs.some((r) => r.kind === e.kind && r.id === e.id)) continue;
        refs.push({ kind: e.kind, id: e.id });
        this.#phrases.set(phrase, refs);
        if (writtenWithoutSpaces(phrase)) {
          const named = runNames.get(raw.join("")) ?? [];
          if (!named.some((r) => r.kind === e.kind && r.id === e.id))
            named.push({ kind: e.kind, id: e.id });
          runNames.set(raw.join(""), named);
        }
        terms.push({
          key: terms.length,
          kind: e.kind,
          id: e.id,
          term: [...new Set([...raw, ...words])].join(" "),
          words,
          raw,
        });
      }
    }
    this.#longestPhrase = Math.max(1, ...terms.map((t) => t.words.length));
    this.#slashedWords = new Set(terms.flatMap((t) => t.words).filter((w) => w.includes("/")));
    this.#names = {
      words: new Set(
        terms
          .flatMap((t) => t.words)
          // "3" of "python 3" is no tech word: "rate me 2 on r" is read as a rating either way.
          .filter((w) => !STOPWORDS.has(w) && !EVERYDAY_WORDS.has(w) && !/^\d+$/.test(w)),
      ),
      own: ownNames,
    };
    this.#runNames = byFirstCharacter(runNames);
    this.#closeNames = new CloseNames(terms, options.typoSearch);
    this.#entities = new MiniSearch<EntityDoc>({
      idField: "key",
      fields: ["name", "aliases", "summary"],
      storeFields: ["kind", "id"],
      tokenize: (text) => tokenize(text),
      processTerm: (term) => (STOPWORDS.has(term) ? null : stem(term)),
    });
    this.#entities.addAll(entities);
  }

  /** Everything `text` mentions, best first. */
  mentions(text: string): Mention[] {
    const typed: Word[] = this.#expandSlashes([...ends(tokenize(text))]).map((raw) => ({
      raw,
      stem: stem(raw),
    }));
    const tokens = typed.map((w) => w.stem);
    const found = new Map<string, Mention>();
    const keep = (mention: Mention) => {
      const key = keyOf(mention);
      const previous = found.get(key);
      if (!previous || mention.score > previous.score) found.set(key, mention);
    };
    // Longest window first, exact before typo at each length: "gradient boostign" is one
    // (misspelt) skill, not the exact alias "gradient" followed by noise.
    const consumed = new Set<number>();
    // Names made only of activity words ("deploy"), kept aside: they yield to a tool named too.
    const activities: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(this.#longestPhrase, MAX_WINDOW, tokens.length - i); n >= 1; n--) {
        const window = typed.slice(i, i + n);
        const phrase = tokens.slice(i, i + n).join(" ");
        const exact = this.#phrases.get(phrase);
        const refs = exact ?? this.#closeNames.of(window);
        if (refs.length === 0) continue;
        // A skill's own name ("Model Serving") is named on purpose, whatever its words.
        const activity =
          !this.#names.own.has(phrase) &&
          window.some(isActivity) &&
          window.every((w) => isActivity(w) || isNoise(w));
        // "where do I go for help", "the chef made pasta": a name that is also chat needs a
        // sentence about skills. Activities have their own rule below.
        if (!activity && readsAsChat(typed, i, n) && !meantAsName(typed, i, this.#names, n))
          continue;
        for (const ref of refs) {
          const mention: Mention = {
            ...ref,
            strength: exact ? 3 : 2,
            score: (exact ? EXACT_SCORE : TYPO_SCORE) - i + n * 0.1,
            position: i,
          };
          if (activity) activities.push(mention);
          else keep(mention);
        }
        for (let k = i; k < i + n; k++) consumed.add(k);
        i += n - 1;
        break;
      }
    }
    // "我想学机器学习" is one token: the names inside it are named all the same.
    for (let i = 0; i < typed.length; i++) {
      const token = typed[i]?.raw ?? "";
      if (consumed.has(i) || !writtenWithoutSpaces(token)) continue;
      for (const { refs, at } of this.#namesWithin(token)) {
        for (const ref of refs) {
          keep({
            ...ref,
            strength: 3,
            score: EXACT_SCORE - i - (at / token.length) * 0.5,
            position: i,
          });
        }
        consumed.add(i);
      }
    }
    if (found.size === 0) for (const mention of activities) keep(mention);
    if (found.size === 0) {
      // Nothing named: fall back to descriptions, skills first since they are what people act on.
      // As typed, not stemmed: related() stems, and "engineer" stemmed twice is "engine".
      const rest = typed
        .filter((w, i) => !consumed.has(i) && !isEveryday(w))
        .map((w) => w.raw)
        .join(" ");
      const skills = this.related(rest, 3, (r) => r.kind === "skill");
      for (const mention of skills.length > 0 ? skills : this.related(rest)) keep(mention);
    }
    return [...found.values()].sort((a, b) => b.score - a.score || a.position - b.position);
  }

  /** Skills, areas and tracks whose descriptions share words with `text`: weak, for suggestions. */
  related(text: string, limit = 3, filter?: (result: SearchResult) => boolean): Mention[] {
    const hits = this.#entities.search(searchable(text), {
      ...(filter ? { filter } : {}),
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 7 ? 1 : false),
      boost: { name: 3, aliases: 2 },
    });
    const best = hits[0];
    if (!best) return [];
    return hits
      .filter((h) => h.score >= best.score * 0.5)
      .slice(0, limit)
      .map((hit) => ({
        kind: hit.kind as EntityKind,
        id: String(hit.id),
        strength: 1 as const,
        score: Math.min(10, hit.score),
        position: 0,
      }));
  }

  /** The most words any name or alias has: more words than this cannot spell one. */
  get longestName(): number {
    return this.#longestPhrase;
  }

  /**
   * What a typed term names, among the given kinds: an exact name or alias wins; one close
   * name (typo, prefix) is found; several equally close ones are ambiguous (the bot asks);
   * nothing close gives suggestions from the descriptions.
   */
  resolve<T extends EntityKind>(term: string, kinds: readonly T[]): Resolution<T> {
    const key = `${kinds.join(",")}|${term}`;
    const known = this.#resolved.get(key);
    if (known) return known as Resolution<T>;
    const resolution = deepFreeze(this.#resolve(term, kinds));
    if (term.length <= RESOLVED_TERM_LENGTH) {
      if (this.#resolved.size >= RESOLVED_KEPT) this.#resolved.clear();
      this.#resolved.set(key, resolution);
    }
    return resolution;
  }

  #resolve<T extends EntityKind>(term: string, kinds: readonly T[]): Resolution<T> {
    const accept = (ref: EntityRef): ref is EntityRef & { kind: T } =>
      (kinds as readonly string[]).includes(ref.kind);
    const words = tokenize(term).map((raw) => ({ raw, stem: stem(raw) }));
    const exact = (this.#phrases.get(words.map((w) => w.stem).join(" ")) ?? []).filter(accept);
    // More words than any name has cannot spell one, with typos or without.
    const close =
      exact.length > 0 || words.length > this.#longestPhrase
        ? exact
        : this.#closeNames.of(words, { prefixes: true }).filter(accept);
    const first = close[0];
    if (first && close.length === 1) return { kind: "found", ref: first, exact: exact.length > 0 };
    if (close.length > 1) return { kind: "ambiguous", candidates: close.slice(0, 5) };
    const filter = (result: SearchResult) =>
      (kinds as readonly string[]).includes(String(result.kind));
    const described = this.related(term, 3, filter).map(({ kind, id }) => ({ kind, id }));
    // Started or misspelt names, from the words that could be one: "the" starts "theorem".
    const topical = words.filter((w) => !isNoise(w)).map((w) => w.raw);
    const started = this.#closeNames.terms
      .search(searchable(topical.join(" ")), {
        prefix: (word) => word.length >= 3,
        fuzzy: (word) => (word.length >= 6 ? 0.3 : false),
        filter,
      })
      .map((hit) => ({ kind: hit.kind as EntityKind, id: String(hit.id) }));
    const within = tokenize(term).flatMap((token) =>
      this.#namesWithin(token).flatMap((name) => name.refs),
    );
    const suggestions = [...within, ...described, ...started].filter(
      (ref, i, all) => accept(ref) && all.findIndex((r) => keyOf(r) === keyOf(ref)) === i,
    );
    return { kind: "none", suggestions: suggestions.slice(0, 3) as (EntityRef & { kind: T })[] };
  }

  /**
   * The names run together in `token`, left to right, longest first where two start at one
   * place ("機械学習" before "機械"). A name never starts or ends inside a word of a spaced script:
   * "ai入門" is not in "openai入門".
   */
  #namesWithin(token: string): { refs: EntityRef[]; at: number }[] {
    const inWord = (outside: string | undefined, edge: string | undefined) =>
      outside !== undefined &&
      edge !== undefined &&
      !writtenWithoutSpaces(outside) &&
      !writtenWithoutSpaces(edge);
    const found: { refs: EntityRef[]; at: number }[] = [];
    for (let at = 0; at < token.length; ) {
      const name = this.#runNames
        .get(token[at] ?? "")
        ?.find(
          ({ name }) =>
            token.startsWith(name, at) &&
            !inWord(token[at - 1], name[0]) &&
            !inWord(token[at + name.length], name.at(-1)),
        );
      if (!name) {
        at++;
        continue;
      }
      found.push({ refs: name.refs, at });
      at += name.name.length;
    }
    return found;
  }

  /**
   * "ci/cd" is a name and "a/b" a word of one ("A/B Testing"); "aws/gcp" is two. Split slashed
   * tokens that no name has.
   */
  #expandSlashes(tokens: string[]): string[] {
    return tokens.flatMap((token) =>
      token.includes("/") && !this.#slashedWords.has(stem(token))
        ? token.split("/").filter(Boolean)
        : [token],
    );
  }
}

function entity(
  kind: EntityKind,
  id: string,
  name: string,
  aliases: readonly string[],
  summary: string,
): EntityDoc {
  return { key: `${kind}:${id}`, kind, id, name, aliases: aliases.join("\n"), summary };
}

/** Names grouped by their first character, longest first, to scan a run of text from each place. */
function byFirstCharacter(names: ReadonlyMap<string, EntityRef[]>): Map<string, RunName[]> {
  const grouped = new Map<string, RunName[]>();
  for (const [name, refs] of names) {
    const first = name[0] ?? "";
    const group = grouped.get(first);
    if (group) group.push({ name, refs });
    else grouped.set(first, [{ name, refs }]);
  }
  for (const group of grouped.values()) group.sort((a, b) => b.name.length - a.name.length);
  return grouped;
}
