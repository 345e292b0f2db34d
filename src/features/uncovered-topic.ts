import type { MatrixIndex } from "../knowledge/matrix-index.ts";
import { STOPWORDS, stem, tokenize } from "../knowledge/terms.ts";
import type { Intent } from "./intent.ts";

// A question about something the matrix does not name ("how do I learn terraform"): where its
// topic is in the words as typed, and whether those words are a name or part of a sentence.

/** To learn it, to have it explained, for a mentor in it, or said as one's own ("I know terraform"). */
export type UncoveredAsk = "learn" | "explain" | "mentor" | "own";

/**
 * Words that carry no topic: "what should I learn next, this month?" asks about nothing in
 * particular. Only used to tell whether anything is left; the topic is named as typed.
 */
const FILLER = new Set(
  `a about actually after ai all also am an and any anything are as at be been best better bit
  can could do does doing for from get getting give go going good got have help how i id im in into
  is it its just know learn learning like lot machine make me ml more most much my need next now
  of on one or out please pls really should so some something start started stuff study that the
  them then there things think this to today up us want wanna way week what when where which why
  will with would year you your month months weeks days day time first new topic topics skill
  skills thing properly quickly fast well deeper whats recommend suggest prioritize prioritise
  focus work plan plans path paths roadmap resources tips materials courses steps`.split(/\s+/),
);
/** Dropped before a topic: articles, pronouns and learning verbs ("learn more about the …"). */
const LEADING = new Set(
  `a an the some more about of on in into with for at to how i me my our your its it this that
  any learn learning study studying master mastering get getting go going started start up
  improve better good well deeper properly really also just basics fundamentals`.split(/\s+/),
);
/** A topic ends before these: "terraform in my free time", "kafka this week", "spark asap". */
const ENDS_TOPIC = new Set(
  `in for at to on so because since from by before after this next asap please pls properly
  quickly fast well better deeper first now today again too also without while when if but
  is are was do does mean means stand used really very pretty quite`.split(/\s+/),
);
/** Words that end a topic but may start one: "first order logic", "fast api". */
const MAY_START_A_NAME = new Set(["first", "fast", "well", "better", "deeper"]);
/** A topic that holds one of these is a sentence, not a name ("what is your name"). */
const NOT_A_NAME = new Set(
  `i me my you your we our they their he his she her it its this that these those there here
  where when who what why how which of for in on at to from by with about up`.split(/\s+/),
);
/** Topics longer than this after an explain or mentor wording are sentences, not names. */
const MAX_NAME_WORDS = 4;

/** Where the topic starts, per wording; each pattern's last group is the rest of the text. */
const TOPIC_AFTER: Record<UncoveredAsk, RegExp> = {
  own: /\b(i (?:really |already |also )?know|im (?:really |pretty |very )?(?:good|great|strong|experienced|fluent|proficient|an expert|expert) (?:at|in|with|on))\b(.*)$/i,
  learn: /\b(learn|learning|study|studying|master|mastering|into|at|about|on|with|in|for)\b(.*)$/i,
  explain:
    /\b(what (?:is|are|even is)|whats|explain|tell me (?:about|abt)|what does|define)\b(.*)$/i,
  mentor:
    /\b(knows? about|knows?|(?:teach|help|mentor) me(?: (?:with|in|on|about))?|(?:good|strong|experienced|expert) (?:at|in|with|on)|(?:mentors?|mentoring)(?: (?:people|someone|others|anyone))? (?:for|in|on|with|about))\b(.*)$/i,
};
/** The wordings that fit each intent: a question with no matrix word often has no intent either. */
const ASKS_OF: Partial<Record<Intent, readonly UncoveredAsk[]>> = {
  "learning-path": ["learn"],
  "explain-skill": ["explain"],
  "find-mentor": ["mentor"],
  // "I know terraform" says what the person has: before "know" is read as "who knows".
  unknown: ["own", "explain", "mentor"],
  rate: ["own"],
};

const lower = (w: string) => w.toLowerCase();

/**
 * The topic of a question that named nothing in the matrix, as typed after its wording
 * ("how do I learn time series forecasting" is about "time series forecasting"), if it has one
 * and the matrix does not know it by that name after all (everyday words: "ray", "feast").
 */
export function uncoveredTopic(
  typed: string,
  intent: Intent,
  index: MatrixIndex,
): { topic: string; ask: UncoveredAsk } | undefined {
  // Case kept, so the topic reads as typed ("NLP"); apostrophes go as in the cues ("whats").
  const plain = typed.replace(/[’']/g, "");
  const ask = ASKS_OF[intent]?.find((a) => TOPIC_AFTER[a].test(plain));
  const topicWords = ask && topicWordsAfter(plain, ask);
  if (ask === undefined || topicWords === undefined) return undefined;
  if (topicWords.every((w) => FILLER.has(lower(w)) || /^\d+$/.test(w))) return undefined;
  if (topicWords.length > MAX_NAME_WORDS || topicWords.some((w) => NOT_A_NAME.has(lower(w))))
    return undefined;
  const topic = topicWords.join(" ");
  if (index.resolve(topic, ["skill", "area", "track"]).kind === "found") return undefined;
  return { topic, ask };
}

/**
 * The words of the topic after a wording, as typed: from the first word that is not a small
 * leading one, to the end of the clause or a word that ends a topic. Empty when the words
 * after the wording start with one that ends a topic ("learn next quarter", "learn before lunch").
 */
export function topicWordsAfter(plain: string, ask: UncoveredAsk): string[] | undefined {
  const rest = plain.match(TOPIC_AFTER[ask])?.[2];
  if (rest === undefined) return undefined;
  const words = (rest.split(/[,;:!?()"]|\.(?:\s|$)|\s-\s/)[0] ?? "").split(/\s+/).filter(Boolean);
  let first = 0;
  if (ask === "learn")
    while (first < words.length && LEADING.has(lower(words[first] ?? ""))) first++;
  else if (/^(a|an|the)$/i.test(words[0] ?? "")) first = 1;
  const opening = lower(words[first] ?? "");
  if (ENDS_TOPIC.has(opening) && !MAY_START_A_NAME.has(opening)) return [];
  let end = first + 1;
  while (end < words.length && !ENDS_TOPIC.has(lower(words[end] ?? ""))) end++;
  return words.slice(first, end);
}

/**
 * A name as people type one: a word with a capital, a digit or a symbol ("gRPC", "k8s", "C++",
 * "First Order Logic"), or a word that is not everyday English ("terraform", "dbt").
 */
export function looksLikeName(topic: string): boolean {
  return topic.split(/\s+/).some((w) => /[^a-z]/.test(w) || !isEverydayEnglish(w));
}

/** As typed, and without a plural or superlative ending: "gaps", "fastest", "biggest", "easiest". */
const everydayForms = (word: string) => [
  word,
  word.replace(/(es|s)$/, ""),
  stem(word),
  word.replace(/est$/, ""),
  word.replace(/(\w)\1est$/, "$1"),
  word.replace(/iest$/, "y"),
];
const isEverydayEnglish = (word: string) =>
  everydayForms(word).some((w) => EVERYDAY_ENGLISH.has(w) || FILLER.has(w) || STOPWORDS.has(w));

/**
 * Common English words of everyday chat, none of them a tool's name: a topic made only of these
 * ("the weather like", "the team's biggest gaps", "love") is part of a sentence, not a name.
 */
const EVERYDAY_ENGLISH = new Set(
  `able answer area back bad big boss break bug bugs busy call car case cat chance change
  coffee company cool cost day dinner dog door easy end error every example fact family feel
  fine free friday friend fun funny game gap gaps great group guy happy hard head hello home hour
  idea important issue job kind late left life line little live long look lost love lunch man
  many meeting meetings minute moment monday money morning name nice night number office old open
  order other part party people person place point problem quarter question real reason rest
  room rule run saturday say school second sense small sorry sort sprint story summer sunday
  sure talk task team teams test thanks thursday today tomorrow tonight true tuesday usual wait
  weather wednesday weekend whole wife winter word world worst wrong year yes yesterday`.split(
    /\s+/,
  ),
);

/**
 * A description resembles a topic only if it shares every word of it: "time management" is
 * not pandas for sharing "time", nor is "first order logic" Airflow for sharing "order".
 */
export function resemblesAll(topic: string): NonNullable<Parameters<MatrixIndex["related"]>[2]> {
  const words = new Set(
    tokenize(topic)
      .filter((w) => !STOPWORDS.has(w))
      .map(stem),
  );
  return (hit) => hit.kind === "skill" && [...words].every((w) => hit.queryTerms.includes(w));
}
