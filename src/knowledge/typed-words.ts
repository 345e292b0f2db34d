import {
  ABOUT_THE_SPEAKER,
  ACTIVITY_WORDS,
  ASKING_ABOUT,
  DEGREE_WORDS,
  EVERYDAY_WORDS,
  STOPWORDS,
  stem,
  TECH_CONTEXT,
  WEIGHED_UP,
} from "./terms.ts";

// A word as typed, judged in its sentence: is it small, an activity, or an everyday word that
// may still be meant as a tool's name ("ray", "r", "solid")?

/** A typed word, as written and stemmed: typos are judged on either ("boostign", "comunicate"). */
export type Word = { raw: string; stem: string };

/** What the matrix names, for judging a word beside others. */
export type NameWords = {
  /** Stems of the words in names and aliases: tech words, for everyday words beside them. */
  words: ReadonlySet<string>;
  /** Ids and names, not aliases: an everyday word that is a skill's own name ("R") may stand alone. */
  own: ReadonlySet<string>;
};

/** Words either side of an everyday word looked at for a tech word that makes it a name. */
const CONTEXT_REACH = 2;

/** A word that names no topic ("the", "help"): no name starts or ends with one. */
export const isNoise = (w: Word | undefined) => !w || STOPWORDS.has(w.raw) || STOPWORDS.has(w.stem);

/** An everyday word that may be a tool's name ("ray", "r", "solid"): it needs a tech word nearby. */
export const isEveryday = (w: Word | undefined) =>
  w !== undefined && (EVERYDAY_WORDS.has(w.raw) || EVERYDAY_WORDS.has(w.stem));

/** A word for what is done with a tool ("deploy", "monitoring"), not a tool. */
export const isActivity = (w: Word) => ACTIVITY_WORDS.has(w.raw) || ACTIVITY_STEMS.has(w.stem);
const ACTIVITY_STEMS: ReadonlySet<string> = new Set([...ACTIVITY_WORDS].map(stem));

/**
 * Whether the everyday word at `at` ("ray", "r", "solid") is meant as a tool's name: when a
 * name's word or a tech word stands near it ("ray cluster", "R vs python"), or it is a skill's
 * own name with nothing but small words ("what is R"). An alias alone is not enough: "who is ray" asks about a person.
 */
export function meantAsName(typed: readonly Word[], at: number, names: NameWords): boolean {
  const word = typed[at];
  if (!word) return false;
  if (describesSpeaker(typed, at)) return false;
  if (askedAbout(typed, at) && endsTopic(typed[at + 1], names)) return true;
  if (WEIGHED_UP.has(typed[at + 1]?.raw ?? "")) return true;
  const alone = typed.every((w, k) => k === at || isNoise(w) || isEveryday(w));
  if (alone && names.own.has(word.stem)) return true;
  return typed
    .slice(Math.max(0, at - CONTEXT_REACH), at + CONTEXT_REACH + 1)
    .some((w, k) => k !== Math.min(at, CONTEXT_REACH) && isTechWord(w, names));
}

/** Whether `next`, after a word asked about, leaves it the topic: "what is cart abandonment" asks about abandonment. */
const endsTopic = (next: Word | undefined, names: NameWords): boolean =>
  next === undefined || isNoise(next) || isTechWord(next, names);

/** A tech word ("framework", "cluster"), or a word of one of the matrix's names. */
const isTechWord = (w: Word, names: NameWords): boolean =>
  TECH_CONTEXT.has(w.raw) || TECH_CONTEXT.has(w.stem) || names.words.has(w.stem);

/** Whether the words just before `at` ask about it as a thing: "what is ray", "setting up feast". */
const askedAbout = (typed: readonly Word[], at: number): boolean =>
  ASKING_ABOUT.some(
    (phrase) =>
      phrase.length <= at && phrase.every((word, k) => typed[at - phrase.length + k]?.raw === word),
  );

/** Whether the word at `at` describes the speaker: "I'm solid at python", "I am pretty solid". */
const describesSpeaker = (typed: readonly Word[], at: number): boolean => {
  let before = at - 1;
  while (before >= 0 && DEGREE_WORDS.has(typed[before]?.raw ?? "")) before--;
  return ABOUT_THE_SPEAKER.has(typed[before]?.raw ?? "");
};
