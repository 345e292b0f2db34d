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
  /** A track asked for by a name that is no track, nor anything else, here ("the data engineer track"). */
  unknownTrack?: string;
  /** Whose ratings are asked about when not the person's own: a teammate's (as typed) or the team's. */
  others?: { kind: "teammate"; name: string } | { kind: "team" };
};

/** To learn it, to have it explained, for a mentor in it, or said as one's own ("I know terraform"). */
export type UncoveredAsk = "learn" | "explain" | "mentor" | "own";
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
  const notDeclined = (m: Mention) => (declined.get(`${m.kind}:${m.id}`) ?? 0) < m.strength;
  const kept = mentions.filter(notDeclined);
  const setAside = mentions.some((m) => m.strength >= 2 && !kept.includes(m));
  // "…mostly Java. My manager wants me on getting models into production": with the background
  // set aside, a name the rest of the text makes is the topic (a long text names few at once).
  const rest = setAside && !kept.some((m) => m.strength >= 2) ? restNamed(text, index) : [];
  mentions = rest.some((m) => m.strength >= 2) ? rest.filter(notDeclined) : kept;
  const named = mentions.some((m) => m.strength >= 2);
  const ownTerm = named || ANSWERS_ABOUT_ITSELF.has(intent) ? undefined : ownTermAsked(text);
  const typedTopic = named || ownTerm ? undefined : uncoveredTopic(text, intent, index);
  // "My background is in SQL and pandas": what is set aside is not an uncovered topic either.
  const candidate =
    typedTopic && setAside && withinDecliningClause(text, typedTopic.topic)
      ? undefined
      : typedTopic;
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
    ...unknownTrackIn(text, index, namedTracks.length > 0),
    ...othersIn(text, index),
  };
}

/** Up to four words before "track": "the path for the data engineer track". */
const BEFORE_TRACK = /((?:[\w+#.-]+\s+){0,3}[\w+#.-]+)\s+track\b/i;
/** The small words a track's name follows ("for the", "on a"): the name is what comes after. */
const LEADS_A_NAME = new Set("for on in to into about of the a an".split(" "));
/** Words that make "<words> track" no name: "my track", "the right track", "which track". */
const NOT_A_TRACK_NAME = new Set(
  `my your our their his her its this that which what whose right wrong same new current own
  other another whole fast good better career learning any each every one`.split(/\s+/),
);

/** "for the data engineer track": a track by a name that names nothing in the matrix. */
function unknownTrackIn(
  typed: string,
  index: MatrixIndex,
  namesATrack: boolean,
): { unknownTrack?: string } {
  const before = typed.match(BEFORE_TRACK)?.[1]?.split(/\s+/);
  if (namesATrack || !before) return {};
  const lead = before.findLastIndex((w) => LEADS_A_NAME.has(lower(w)));
  const words = before.slice(lead + 1);
  if (lead < 0 || words.length === 0 || words.some((w) => NOT_A_TRACK_NAME.has(lower(w))))
    return {};
  const term = words.join(" ");
  // "the data engineering track" names an area: its path answers.
  const known =
    index.resolve(term, ["skill", "area", "track"]).kind === "found" ||
    index.mentions(term).some((m) => m.strength >= 2);
  return known ? {} : { unknownTrack: term };
}

/** "bob's rating", "Alice's level in python", "sam's profile": a teammate's own figures. */
const TEAMMATES =
  /\b([a-z][\w.-]*)['’]s\s+(?:\w+\s+)?(?:ratings?|levels?|profile|gaps?|scores?|self[- ]?ratings?)\b/i;
/** "the team's weakest skills", "our team's biggest gap", "everyone's ratings". */
const TEAMS =
  /\b(?:(?:the|our|my)\s+)?(?:team|teams|everyone|everybody)(?:['’]s|s)?\s+(?:\w+\s+)?(?:weakest|strongest|worst|best|biggest|gaps?|ratings?|levels?|skills?|average)\b/i;
/** Possessives that are no teammate ("what's", "team's"). */
const NOT_A_TEAMMATE = new Set(
  `what that it there here who how where let he she team everyone everybody one today
  year week month matrix skillbot bot`.split(/\s+/),
);

function othersIn(typed: string, index: MatrixIndex): Pick<QuestionAnalysis, "others"> {
  const teammate = typed.match(TEAMMATES)?.[1];
  // "python's levels" is about a skill, not a person.
  if (
    teammate &&
    !NOT_A_TEAMMATE.has(lower(teammate)) &&
    !index.mentions(teammate).some((m) => m.strength >= 2)
  )
    return { others: { kind: "teammate", name: teammate } };
  return TEAMS.test(typed) ? { others: { kind: "team" } } : {};
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
/**
 * Where a sentence tells the person's own background ("I've been working as a backend developer
 * for 5 years, mostly Java", "my background is in SQL", "I have years of experience with
 * python"): what it names is what they have, as with "already know". Not "I have no experience
 * with" (that asks), nor "who has experience with" (a mentor search).
 */
const BACKGROUND =
  /\b(?:i(?:ve| have)? been (?:working|coding|programming|writing|doing|using)|my background (?:is |was )?(?:in|with)?|i(?:ve| have)(?: got)? (?![\w ]*\b(?:no|zero|little|limited|any) experience)(?:\w+ ){0,3}?(?:experience|years?) (?:with|in|of)|im coming from|i come from)\b/g;
/** A clause ends at a full stop, a "but", or a comma before a new clause ("…, what next?"). */
const CLAUSE_END =
  /[.;!?]|\bbut\b|,\s*(?=(?:i|im|ive|id|what|whats|where|which|how|now|so|then|can|could|should|would|teach|show|tell|give|explain|help|please|instead)\b)/;

/**
 * What the declining clauses of a text mention, as "kind:id", with how strongly: a thing is
 * declined when nothing else in the text names it more strongly ("I already know docker,
 * explain kubernetes" may relate kubernetes to docker, but names it outside the clause).
 */
function declinedIn(typed: string, index: MatrixIndex): Map<string, number> {
  const declined = new Map<string, number>();
  for (const { clause, background } of decliningClauses(cueText(typed))) {
    for (const m of index.mentions(clause)) {
      // "I've been working as an ML engineer": a background is skills had, not a track left.
      if (background && m.kind === "track") continue;
      const key = `${m.kind}:${m.id}`;
      declined.set(key, Math.max(declined.get(key) ?? 0, m.strength));
    }
  }
  return declined;
}

/** Each clause that follows a declining or background cue, where it sits in `said`. */
function decliningClauses(said: string) {
  const found: { clause: string; from: number; to: number; background: boolean }[] = [];
  for (const [pattern, background] of [
    [DECLINES, false],
    [BACKGROUND, true],
  ] as const) {
    for (const cue of said.matchAll(pattern)) {
      const from = (cue.index ?? 0) + cue[0].length;
      const after = said.slice(from);
      const end = after.search(CLAUSE_END);
      const clause = end < 0 ? after : after.slice(0, end);
      found.push({ clause, from, to: from + clause.length, background });
    }
  }
  return found;
}

const withinDecliningClause = (typed: string, topic: string) =>
  decliningClauses(cueText(typed)).some(({ clause }) => clause.includes(cueText(topic)));

/** What the text names outside its declining and background clauses. */
function restNamed(typed: string, index: MatrixIndex): Mention[] {
  const said = cueText(typed);
  let rest = said;
  // Blanked, not cut: the words either side of a clause must not run together into a name.
  for (const { from, to } of decliningClauses(said))
    rest = `${rest.slice(0, from)}${" ".repeat(to - from)}${rest.slice(to)}`;
  return index.mentions(rest);
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
  /\b((im|am i) (weak(est)?|bad|worst)|my (gaps?|weak(est)? (spots?|skills?|areas?)|weakness(es)?))\b/;

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
