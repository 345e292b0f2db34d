import type { text } from "../core/messages.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixIndex, Mention } from "../knowledge/matrix-index.ts";
import type { Area, Skill, Track } from "../knowledge/schema.ts";
import { STOPWORDS, stem, tokenize } from "../knowledge/terms.ts";
import { cueText, guessIntent, type Intent } from "./intent.ts";

/** What a free-text question is about: the intent, and the areas, skills and tracks it names, best first. */
export type QuestionAnalysis = {
  intent: Intent;
  areas: Area[];
  /**
   * Best first. When the question names nothing and its topic is `uncovered`, only the skills
   * whose descriptions share every word of that topic: they are offered as the closest.
   */
  skills: Skill[];
  /** The skills named outright (not only related by description), in the order typed. */
  namedSkills: Skill[];
  tracks: Track[];
  /** The tracks named outright ("the mlops track"), not only hinted at. */
  namedTracks: Track[];
  /** The person asks about their own weak spots ("quiz me on something I'm weak at"). */
  aboutGaps: boolean;
  /** A level the text states ("put me at 3", "practitioner"), for rate. */
  level?: number;
  /** True when the text named something in the matrix (not only related by description). */
  named: boolean;
  /**
   * What the person asked about, as typed, when it names nothing in the matrix: "terraform" in
   * "how do I learn terraform", "what is terraform" or "who knows terraform".
   */
  uncovered?: string;
  /** How `uncovered` was asked about: to learn it, to have it explained, or for a mentor in it. */
  uncoveredAsk?: UncoveredAsk;
  /** The text set aside something it named ("I already know docker"): that is not its topic. */
  declined?: true;
  /** One of Skillbot's own words asked about ("what is a track", "tell me about yourself"). */
  ownTerm?: OwnTerm;
};

export type UncoveredAsk = "learn" | "explain" | "mentor";
/** Skillbot's own words it explains (the message table's), or Skillbot itself. */
export type OwnTerm = keyof typeof text.ownTerm | "self";

/** Checked in order: "never used" before "used", "a bit" before "good". */
const LEVEL_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/\b(none|zero|nothing|never (used|touched|tried|done))\b/, 0],
  [/\b(aware|beginner|novice|newbie|basics?|a (bit|little)|weak|bad)\b/, 1],
  [/\b(working|intermediate|okay|ok|decent|fair|comfortable)\b/, 2],
  [/\b(expert|guru|master|wizard|inside out)\b/, 4],
  [/\b(practitioner|advanced|proficient|strong|solid|good|great|well|confident|fluent)\b/, 3],
];

export function levelIn(text: string): number | undefined {
  const digit = text.match(/(?:^|[^\w.])([0-4])(?![\w.])/);
  if (digit?.[1] !== undefined) return Number(digit[1]);
  return LEVEL_WORDS.find(([pattern]) => pattern.test(text.toLowerCase()))?.[1];
}

export function analyseQuestion(
  text: string,
  kb: KnowledgeBase,
  index: MatrixIndex,
): QuestionAnalysis {
  let mentions: Mention[] = [];
  const { intent, topicText } = guessIntent(text, (topic) => {
    mentions = index.mentions(topic);
    return mentions.some((m) => m.strength >= 2)
      ? "named"
      : mentions.length > 0
        ? "related"
        : "none";
  });
  // "I already know docker, what next?": what the person has or does not want is not the topic.
  const declined = STATES_OWN_SKILLS.has(intent) ? new Map() : declinedIn(text, index);
  const kept = mentions.filter((m) => (declined.get(`${m.kind}:${m.id}`) ?? 0) < m.strength);
  const setAside = mentions.some((m) => m.strength >= 2 && !kept.includes(m));
  mentions = kept;
  const named = mentions.some((m) => m.strength >= 2);
  const ownTerm = named || ANSWERS_ABOUT_ITSELF.has(intent) ? undefined : ownTermAsked(text);
  const candidate = named || ownTerm ? undefined : uncoveredTopic(text, intent, index);
  const closest = candidate ? index.related(candidate.topic, 3, resemblesAll(candidate.topic)) : [];
  // A fragment of a sentence ("the weather like") is no topic to quote back; a name, or words
  // the matrix's skills are described with ("deep learning"), are.
  const asked =
    candidate && (closest.length > 0 || looksLikeName(candidate.topic)) ? candidate : undefined;
  const related = asked ? closest : mentions.filter((m) => m.kind === "skill");
  const skills = unique(related.map((m) => kb.skill(m.id)));
  const tracks = unique(mentions.filter((m) => m.kind === "track").map((m) => kb.track(m.id)));
  const namedSkills = unique(
    mentions.filter((m) => m.kind === "skill" && m.strength >= 2).map((m) => kb.skill(m.id)),
  );
  const namedTracks = unique(
    mentions.filter((m) => m.kind === "track" && m.strength >= 2).map((m) => kb.track(m.id)),
  );
  // The cue may hold the level ("I'm pretty good at"), so the whole text is read too.
  const level = intent === "rate" ? (levelIn(topicText) ?? levelIn(cueText(text))) : undefined;
  return {
    intent,
    areas: rankAreas(mentions, kb),
    skills,
    namedSkills,
    tracks,
    namedTracks,
    aboutGaps: GAPS.test(cueText(text)),
    named,
    ...(level === undefined ? {} : { level }),
    ...(asked === undefined ? {} : { uncovered: asked.topic, uncoveredAsk: asked.ask }),
    ...(ownTerm === undefined ? {} : { ownTerm }),
    ...(setAside ? { declined: true as const } : {}),
  };
}

/** Intents whose text states the person's own skills: "I'm comfortable with docker" rates it. */
const STATES_OWN_SKILLS: ReadonlySet<Intent> = new Set(["rate", "forget-rating", "become-mentor"]);
/** Intents that already answer about Skillbot itself ("what can you do", "what is the skill matrix"). */
const ANSWERS_ABOUT_ITSELF: ReadonlySet<Intent> = new Set(["help", "overview"]);

/**
 * Where a sentence says the person does not want something or has it already: what follows,
 * to the end of its clause, is not what they ask about. "Never done" is not here: it asks.
 */
const DECLINES =
  /\b(?:(?:dont|do not|doesnt|does not|didnt|no need to|not) (?:\w+ )?(?:want|need|wanna|care|interested)|already (?:know|use|understand|have|did|done|learned|learnt|rated)|(?:comfortable|familiar|fluent|proficient|experienced|done) (?:with|in|at))\b/g;
/** A clause ends at a full stop, a "but", or a comma before a new clause ("…, what next?"). */
const CLAUSE_END =
  /[.;!?]|\bbut\b|,\s*(?=(?:i|im|ive|id|what|whats|where|which|how|now|so|then|can|could|should|would|teach|show|tell|give|explain|help|please|instead)\b)/;

/**
 * What the declining clauses of a text mention, as "kind:id", with how strongly: a thing is
 * declined when nothing else in the text names it more strongly ("I already know docker,
 * explain kubernetes" may relate kubernetes to docker, but names it outside the clause).
 */
function declinedIn(typed: string, index: MatrixIndex): Map<string, number> {
  const said = cueText(typed);
  const declined = new Map<string, number>();
  for (const cue of said.matchAll(DECLINES)) {
    const after = said.slice((cue.index ?? 0) + cue[0].length);
    const end = after.search(CLAUSE_END);
    const clause = end < 0 ? after : after.slice(0, end);
    for (const m of index.mentions(clause)) {
      const key = `${m.kind}:${m.id}`;
      declined.set(key, Math.max(declined.get(key) ?? 0, m.strength));
    }
  }
  return declined;
}

/** Skillbot's own words, as the whole topic after "what is" (article dropped, any case). */
const OWN_TERMS: ReadonlyArray<[RegExp, OwnTerm]> = [
  [/^tracks?$/, "track"],
  [/^levels?( [0-4])?$/, "level"],
  [/^(rate|rates|rating|ratings|self[- ]?ratings?)$/, "rating"],
  [/^streaks?$/, "streak"],
  [/^(daily )?(quiz|quizzes|quizes)$/, "quiz"],
  [/^(mentors?|mentoring)$/, "mentor"],
  [/^profiles?$/, "profile"],
  [/^(learning )?paths?$/, "path"],
  [/^(skills? )?matrix$/, "matrix"],
  [/^(you|yourself|skillbot|this bot|the bot)$/, "self"],
];

function ownTermAsked(typed: string): OwnTerm | undefined {
  const words = topicWordsAfter(typed.replace(/[’']/g, ""), "explain");
  const asked = words?.join(" ").toLowerCase();
  return asked === undefined ? undefined : OWN_TERMS.find(([term]) => term.test(asked))?.[1];
}

const GAPS =
  /\b(im (weak|bad|worst)|my (gaps?|weak(est)? (spots?|skills?|areas?)|weakness(es)?))\b/;

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
  is are was do does mean means stand used`.split(/\s+/),
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
  learn: /\b(learn|learning|study|studying|master|mastering|into|at|about|on|with|in|for)\b(.*)$/i,
  explain:
    /\b(what (?:is|are|even is)|whats|explain|tell me (?:about|abt)|what does|define)\b(.*)$/i,
  mentor:
    /\b(knows? about|knows?|(?:teach|help|mentor) me(?: (?:with|in|on|about))?|(?:good|strong|experienced|expert) (?:at|in|with)|mentors? (?:for|in|on|with))\b(.*)$/i,
};
/** The wordings that fit each intent: a question with no matrix word often has no intent either. */
const ASKS_OF: Partial<Record<Intent, readonly UncoveredAsk[]>> = {
  "learning-path": ["learn"],
  "explain-skill": ["explain"],
  "find-mentor": ["mentor"],
  unknown: ["explain", "mentor"],
};

const lower = (w: string) => w.toLowerCase();

/**
 * The topic of a question that named nothing in the matrix, as typed after its wording
 * ("how do I learn time series forecasting" is about "time series forecasting"), if it has one
 * and the matrix does not know it by that name after all (everyday words: "ray", "feast").
 */
function uncoveredTopic(
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
function topicWordsAfter(plain: string, ask: UncoveredAsk): string[] | undefined {
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
function looksLikeName(topic: string): boolean {
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
function resemblesAll(topic: string): NonNullable<Parameters<MatrixIndex["related"]>[2]> {
  const words = new Set(
    tokenize(topic)
      .filter((w) => !STOPWORDS.has(w))
      .map(stem),
  );
  return (hit) => hit.kind === "skill" && [...words].every((w) => hit.queryTerms.includes(w));
}

/**
 * Areas best first. A named skill says more than a named area ("collaborating with the data
 * eng team" is about collaboration), and a track points at the area it weighs most.
 */
function rankAreas(mentions: readonly Mention[], kb: KnowledgeBase): Area[] {
  const scores = new Map<string, number>();
  const bump = (areaId: string | undefined, score: number) => {
    if (areaId && score > (scores.get(areaId) ?? Number.NEGATIVE_INFINITY))
      scores.set(areaId, score);
  };
  for (const mention of mentions) {
    if (mention.kind === "skill") bump(kb.skill(mention.id)?.areaId, mention.score);
    else if (mention.kind === "area") bump(mention.id, mention.score - 5);
    else {
      const track = kb.track(mention.id);
      if (!track) continue;
      trackAreas(track, kb).forEach((areaId, i) => {
        bump(areaId, mention.score - 6 - i);
      });
    }
  }
  return unique([...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => kb.area(id)));
}

/** A track's areas by the total target level it sets in each, heaviest first. */
export function trackAreas(track: Track, kb: KnowledgeBase): string[] {
  const weight = new Map<string, number>();
  for (const [skillId, target] of Object.entries(track.targets)) {
    const areaId = kb.skill(skillId)?.areaId;
    if (areaId) weight.set(areaId, (weight.get(areaId) ?? 0) + target);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

function unique<T extends { id: string }>(items: ReadonlyArray<T | undefined>): T[] {
  const seen = new Set<string>();
  return items.filter(
    (item): item is T => item !== undefined && !seen.has(item.id) && Boolean(seen.add(item.id)),
  );
}
