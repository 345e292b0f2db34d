import {
  COMMON_WORDS,
  EVERYDAY_CHAT,
  EVERYDAY_NAMES,
  FUNCTION_WORDS,
  isEverydayName,
} from "./common-words.ts";
import {
  ABOUT_THE_SPEAKER,
  ACTIVITY_WORDS,
  ASKING_ABOUT,
  DEGREE_WORDS,
  EVERYDAY_WORDS,
  RATING_WORDS,
  STOPWORDS,
  stem,
  TECH_CONTEXT,
  tokenize,
  WEIGHED_UP,
} from "./terms.ts";

// A word as typed, judged in its sentence: is it small, an activity, or an everyday word that
// may still be meant as a tool's name ("ray", "r", "solid", "helm", "on call")?

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

/** A word of everyday English ("pretty", "state", "write"): never a typo of another word. */
export const isCommonWord = (w: Word) => COMMON_WORDS.has(w.raw) || isNoise(w);

/**
 * Whether the name typed from `at`, `length` words of it, is also ordinary chat: one everyday
 * or common English word ("go", "helm", "stats", "collaboration"), something being done ("I'm
 * debugging"), or common words led by a small one ("on call").
 */
export const readsAsChat = (typed: readonly Word[], at: number, length: number): boolean => {
  const window = typed.slice(at, at + length);
  return window.length === 1
    ? isEveryday(window[0]) || isEverydayName(window[0]?.raw ?? "") || beingDone(typed, at)
    : FUNCTION_WORDS.has(window[0]?.raw ?? "") && window.every((w) => EVERYDAY_NAMES.has(w.raw));
};

/**
 * Whether the word at `at` is something being done, not a skill named: "I'm debugging a prod
 * issue", "just testing", "still debugging", "we were testing it".
 */
const beingDone = (typed: readonly Word[], at: number): boolean => {
  if (!typed[at]?.raw.endsWith("ing")) return false;
  let before = at - 1;
  while (before >= 0 && DEGREE_WORDS.has(typed[before]?.raw ?? "")) before--;
  return DOING.has(typed[before]?.raw ?? "");
};
const DOING: ReadonlySet<string> = new Set(
  "im am is are was were been just still currently".split(" "),
);

/**
 * Whether a message has a word that everyday English does not ("overfitting", "embeddings",
 * "fine-tuning"), so may be about a topic, where chat ("can you book a meeting room?", "brb")
 * has none.
 */
export const hasUncommonWord = (text: string): boolean =>
  tokenize(text).some(
    (raw) =>
      /\p{L}/u.test(raw) && !CHAT_SHORTHAND.has(raw) && !isCommonWord({ raw, stem: stem(raw) }),
  );
/** Shorthand of chat, rarer in film subtitles than in a team's messages. */
const CHAT_SHORTHAND: ReadonlySet<string> = new Set(
  "brb idk btw thx ty plz lmk wfh fyi imo imho afaik omg tbh ngl nvm".split(" "),
);

/** A word for what is done with a tool ("deploy", "monitoring"), not a tool. */
export const isActivity = (w: Word) => ACTIVITY_WORDS.has(w.raw) || ACTIVITY_STEMS.has(w.stem);
const ACTIVITY_STEMS: ReadonlySet<string> = new Set([...ACTIVITY_WORDS].map(stem));

/**
 * Whether the everyday words from `at`, `length` of them ("ray", "helm", "on call"), are meant
 * as a tool's name: when asked or told about as a thing to know ("what is helm", "I'm good at
 * go"), in a rating ("my go is 3"), beside a tech word ("ray cluster", "R vs python"), or typed
 * alone as a skill's own name ("R"), or in a how-to question if rarer than everyday chat.
 * Otherwise they are chat: "where do I go for help", "the chef made pasta", and "who is ray"
 * asks about a person.
 */
export function meantAsName(
  typed: readonly Word[],
  at: number,
  names: NameWords,
  length = 1,
): boolean {
  const end = at + length;
  if (at >= typed.length) return false;
  if (describesSpeaker(typed, at)) return false;
  if (askedAbout(typed, at) && endsTopic(typed[end], names)) return true;
  if (WEIGHED_UP.has(typed[end]?.raw ?? "")) return true;
  if (length === 1 && beingDone(typed, at)) return false;
  if (asksHowTo(typed) && typed.slice(at, end).some((w) => !EVERYDAY_CHAT.has(w.raw))) return true;
  if (standsAlone(typed, at, end, names)) return true;
  const near: number[] = [];
  for (let k = Math.max(0, at - CONTEXT_REACH); k < end + CONTEXT_REACH; k++)
    if ((k < at || k >= end) && k < typed.length) near.push(k);
  if (typed.some((w) => RATING_WORDS.has(w.raw)) || near.some((k) => isLevel(typed, k)))
    return true;
  return near.some((k) => isTechWord(typed[k], names));
}

/** Whether `next`, after a word asked about, leaves it the topic: "what is cart abandonment" asks about abandonment. */
const endsTopic = (next: Word | undefined, names: NameWords): boolean =>
  next === undefined || isNoise(next) || SKILL_TALK.has(next.raw) || isTechWord(next, names);
/** Words after a topic that go on talking about it as a skill: "adopting feast, any experience?" */
const SKILL_TALK: ReadonlySet<string> = new Set(
  "experience experienced tips advice mentor mentors expert experts questions knowledge".split(" "),
);

/**
 * A tech word ("framework", "cluster"), a word of one of the matrix's names, or a word too rare
 * for everyday chat ("goroutines", "kubectl").
 */
const isTechWord = (w: Word | undefined, names: NameWords): boolean =>
  w !== undefined &&
  (TECH_CONTEXT.has(w.raw) ||
    TECH_CONTEXT.has(w.stem) ||
    names.words.has(w.stem) ||
    (/^[a-z]{3,}$/.test(w.raw) && !COMMON_WORDS.has(w.raw) && !COMMON_WORDS.has(w.stem)));

/** A level 0–4 said on its own ("my go is 3", "a 3 in go"), not a count of something ("in 2 minutes"). */
const isLevel = (typed: readonly Word[], at: number): boolean =>
  /^[0-4]$/.test(typed[at]?.raw ?? "") && (at + 1 >= typed.length || isNoise(typed[at + 1]));

/**
 * A name typed alone ("R", "helm", or what is left of "who knows feast" once its wording is read),
 * or a skill's own name, or a name rarer than everyday names ("a stats question"), with only
 * small words around it ("my statistics"). The thousand most frequent words stand alone only as
 * a skill's own name ("go", "R"; not "ray", an alias), and never among other words: "where do I
 * go for help", "how they react to it".
 */
const standsAlone = (typed: readonly Word[], at: number, end: number, names: NameWords) => {
  const window = typed.slice(at, end);
  const rare = window.some((w) => !EVERYDAY_CHAT.has(w.raw));
  // Rarer than everyday names ("stats", "databases"), an alias is as good as a skill's own name.
  const own =
    names.own.has(window.map((w) => w.stem).join(" ")) ||
    window.every((w) => !EVERYDAY_NAMES.has(w.raw));
  if (typed.length === window.length) return rare || own;
  return rare && own && typed.every((w, k) => (k >= at && k < end) || isNoise(w));
};

/** Whether the message asks how to do something ("how do I manage state in python"): a skill question. */
const asksHowTo = (typed: readonly Word[]): boolean =>
  typed.some((w, k) => w.raw === "how" && HOW_TO.has(typed[k + 1]?.raw ?? ""));
const HOW_TO: ReadonlySet<string> = new Set([
  "do",
  "to",
  "can",
  "should",
  "does",
  "would",
  "much",
  "many",
]);

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
