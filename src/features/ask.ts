import type { text } from "../core/messages.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixIndex, Mention } from "../knowledge/matrix-index.ts";
import type { Area, Skill, Track } from "../knowledge/schema.ts";
import {
  declinedIn,
  decliningClausesIn,
  NO_DECLINING_CLAUSES,
  restNamed,
  withinDecliningClause,
} from "./declined.ts";
import { cueText, guessIntent, type Intent } from "./intent.ts";
import {
  looksLikeName,
  resemblesAll,
  topicWordsAfter,
  type UncoveredAsk,
  uncoveredTopic,
} from "./uncovered-topic.ts";

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
  /**
   * Whose ratings or track are asked about when not the person's own: a teammate's (as typed),
   * someone's (by a pronoun), the team's, who rated a skill or how many did, who is on a track.
   * `subject`: the other person is the question's subject ("what did alice rate"), so even a
   * rating word in it is no rating of the asker's own.
   */
  others?: (
    | { kind: "teammate"; name: string }
    | { kind: "someone" }
    | { kind: "team" }
    | { kind: "raters"; asked: "who" | "how-many" }
    | { kind: "track-members" }
  ) & { subject?: true };
};

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

/** "and a 2 in sql", "also 1 for git": a level and a skill, as one more rating after another. */
const RATING_FRAGMENT =
  /^(?:(?:and|also|plus|oh and)\s+(?:(?:a|an)\s+)?|(?:a|an)\s+)([0-4])\s+(?:in|for|at|on|with)\s+(.+?)\s*[.!]*$/i;

function ratingFragment(text: string): { level: string; skill: string } | undefined {
  const [, level, skill] = text.trim().match(RATING_FRAGMENT) ?? [];
  return level && skill ? { level, skill } : undefined;
}

/** Where one clause of a sentence ends and the next begins: "decent at docker, weak at kotlin". */
const CLAUSE_BREAK = /\s*[,;]\s*|\s+(?:but|and|while|whereas|though|although)\s+/i;

/**
 * The names each clause makes, in the order said, before the rest: "I'm decent at swift" names
 * Swift where the whole sentence, with "weak" after it, leaves the everyday word as chat.
 */
function withClauseMentions(text: string, mentions: Mention[], index: MatrixIndex): Mention[] {
  const clauses = text.split(CLAUSE_BREAK);
  if (clauses.length < 2) return mentions;
  const key = (m: Mention) => `${m.kind}:${m.id}`;
  const named = new Map<string, Mention>();
  for (const mention of clauses.flatMap((clause) => index.mentions(withoutLevelSaid(clause))))
    if (mention.strength >= 2 && !named.has(key(mention))) named.set(key(mention), mention);
  return [...named.values(), ...mentions.filter((m) => !named.has(key(m)))];
}

/** A level said after a name, the whole clause ("statistics weak"): the name alone is looked up. */
const LEVEL_AFTER_NAME =
  /^((?:[\w.+#-]+ ){0,2}[\w.+#-]+) (?:(?:pretty|really|very|quite|fairly|kinda|somewhat|still) )?(?:none|beginner|novice|newbie|basic|weak|bad|ok|okay|decent|intermediate|comfortable|good|great|strong|solid|advanced|proficient|fluent|expert)[.!]*$/i;

function withoutLevelSaid(clause: string): string {
  return clause.trim().match(LEVEL_AFTER_NAME)?.[1] ?? clause;
}

/** The level said in the clause that names the one skill named, if that clause says one. */
function levelBeside(
  text: string,
  named: readonly Skill[],
  index: MatrixIndex,
): number | undefined {
  const [skill, ...others] = named;
  if (!skill || others.length > 0) return undefined;
  const clause = text
    .split(CLAUSE_BREAK)
    .find((part) => index.mentions(part).some((m) => m.id === skill.id && m.strength >= 2));
  return clause === undefined ? undefined : levelIn(clause);
}

export function analyseQuestion(
  text: string,
  kb: KnowledgeBase,
  index: MatrixIndex,
): QuestionAnalysis {
  let mentions: Mention[] = [];
  const guessed = guessIntent(text, (topic) => {
    mentions = index.mentions(topic);
    return mentions.some((m) => m.strength >= 2)
      ? "named"
      : mentions.length > 0
        ? "related"
        : "none";
  });
  // "and a 2 in sql", after a rating said in a sentence: another rating, not a question about SQL.
  const fragment = ratingFragment(text);
  if (fragment) mentions = index.mentions(fragment.skill);
  const { intent, topicText } = fragment
    ? { intent: "rate" as const, topicText: fragment.skill }
    : guessed;
  // "decent at swift, weak at kotlin": a name that is also a word is read in its own clause too.
  if (intent === "rate") mentions = withClauseMentions(text, mentions, index);
  // "I already know docker, what next?": what the person has or does not want is not the topic.
  // "how strong is carol in statistics" is about carol, not the person's own background either.
  const others = othersIn(text, index);
  const declining =
    STATES_OWN_SKILLS.has(intent) || others.others
      ? NO_DECLINING_CLAUSES
      : decliningClausesIn(text);
  // "my background is in sql, quiz me on it": a quiz tests what the person has.
  const declined = declinedIn(declining, index, { had: intent !== "quiz" });
  const notDeclined = (m: Mention) => (declined.get(`${m.kind}:${m.id}`) ?? 0) < m.strength;
  const kept = mentions.filter(notDeclined);
  const setAside = mentions.some((m) => m.strength >= 2 && !kept.includes(m));
  // "…mostly Java. My manager wants me on getting models into production": with the background
  // set aside, a name the rest of the text makes is the topic (a long text names few at once).
  const rest = setAside && !kept.some((m) => m.strength >= 2) ? restNamed(declining, index) : [];
  mentions = rest.some((m) => m.strength >= 2) ? rest.filter(notDeclined) : kept;
  const named = mentions.some((m) => m.strength >= 2);
  const ownTerm = named || ANSWERS_ABOUT_ITSELF.has(intent) ? undefined : ownTermAsked(text);
  const typedTopic = named || ownTerm ? undefined : uncoveredTopic(text, intent, index);
  // "My background is in SQL and pandas": what is set aside is not an uncovered topic either.
  const candidate =
    typedTopic && setAside && withinDecliningClause(declining, typedTopic.topic)
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
  // The cue may hold the level ("I'm pretty good at"), so the whole text is read too; a level
  // said beside the one skill named is its own ("decent at docker, weak at kotlin").
  const level =
    intent !== "rate"
      ? undefined
      : fragment
        ? Number(fragment.level)
        : (levelBeside(text, namedSkills, index) ?? levelIn(topicText) ?? levelIn(cueText(text)));
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
    ...others,
  };
}

const lower = (w: string) => w.toLowerCase();

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

/** Someone typed: a word, "@bob" (Slack) or "<@123>" (Discord). */
const PERSON = String.raw`(<@!?\d+>|@?[a-z][\w.-]*)`;
const re = (source: string) => new RegExp(source, "i");
/** "bob's rating", "Alice's level in python", "sam's profile", "carol's skills": a teammate's own figures. */
const TEAMMATES = re(
  String.raw`\b${PERSON}['’]s\s+(?:\w+\s+)?(?:ratings?|levels?|profile|gaps?|scores?|self[- ]?ratings?|skills?|strengths?|weakness(?:es)?|progress)\b`,
);
/**
 * Questions whose subject is someone else, about their ratings: "what did alice rate herself
 * in k8s", "how good is bob at python", "what level is carol in pytorch", "is bob good at sql".
 */
const SUBJECTS: readonly RegExp[] = [
  re(
    String.raw`\b(?:what|how) (?:did|does|do|has|have|would|will) ${PERSON} (?:rate|rated|give|gave|put|score|scored)\b`,
  ),
  re(
    String.raw`\b(?:what|which) (?:level|rating|score) (?:is|are|was|does|did|has|would) ${PERSON} (?:at|in|for|on|with|rated|rate|give|gave|put|get|got|have|has)\b`,
  ),
  re(
    String.raw`\bhow (?:good|strong|skilled|experienced|advanced|proficient|bad|weak|competent|solid|familiar) (?:is|are|was) ${PERSON} (?:at|in|with|on)\b`,
  ),
  // Someone's quiz answers, private like ratings: "did tomasz get the sql quiz right?",
  // "how did alice do on the quiz", "what did bob answer yesterday".
  re(
    String.raw`\b(?:did|does|has|have) ${PERSON} (?:get|got|pass|passed|fail|failed|ace|aced|answer|answered|do|score|scored|finish|finished|take|took)\b.*\b(?:quiz(?:zes)?|questions?|answers?|right|wrong|correct(?:ly)?)\b`,
  ),
  re(
    String.raw`\bhow (?:did|does|has|is|was) ${PERSON} (?:do|doing|done|did|score|scored|fare|fared|perform|performed|get on|getting on)\b.*\b(?:quiz(?:zes)?|questions?)\b`,
  ),
  re(String.raw`\bwhat did ${PERSON} (?:answer|pick|choose|chose)\b`),
  re(
    String.raw`^(?:and )?(?:is|are) ${PERSON} (?:really |very |any |actually )?(?:good|strong|weak|bad|great|skilled|experienced|proficient|decent|competent|better|worse|an expert|expert) (?:at|in|with|on|than)\b`,
  ),
];
/** "who rated statistics the lowest", "who has the highest rating in sql": people ranked by rating. */
const WHO_RATED =
  /\bwho (?:else )?(?:has |have )?(?:rated|rates|gave)\b|\bwho (?:has|have|had|got|gave) (?:the )?(?:highest|lowest|best|worst|top|most|least) (?:\w+ )?(?:ratings?|levels?|scores?)\b|\bwho(?: is|['’]s| are) (?:the )?(?:weakest|worst|lowest|least (?:good|skilled|experienced))\b/i;
/** "how many people rated python": a head count, shown only as the team figure's band. */
const HOW_MANY_RATED =
  /\bhow many (?:people|persons|teammates|folks|users|members|of us|of you)? ?(?:have |has |had )?(?:rated|rate)\b/i;
/** "who else is on the mlops track", "which track is alice on", "bob's track": someone's track. */
const TRACK_MEMBERS = re(
  String.raw`\bwho (?:else )?(?:is|['’]s|are) (?:also )?(?:on|in|doing|following|taking)\b.{0,40}\btracks?\b|\bwho (?:else )?(?:picked|chose|took|follows|has) (?:the |that |this )?.{0,40}\btrack\b|\b(?:which|what) track (?:is|are|did|does|has) ${PERSON}\b|\b${PERSON}['’]s (?:\w+ )?track\b`,
);
/** "the team's weakest skills", "our team's biggest gap", "everyone's ratings". */
const TEAMS =
  /\b(?:(?:the|our|my)\s+)?(?:team|teams|everyone|everybody|anyone|anybody)(?:['’]s|s)?\s+(?:\w+\s+)?(?:weakest|strongest|worst|best|biggest|gaps?|ratings?|levels?|average)\b/i;
/** Words in a person's place that are no teammate ("what's", "team's", "what level is required in"). */
const NOT_A_TEAMMATE = new Set(
  `what that it there here who how where let team everyone everybody anyone anybody someone
  somebody one today year week month matrix skillbot bot track i me you we us my your our this
  the a an required needed expected recommended typical normal usual good enough right best
  better ideal minimum considered engineer scientist developer analyst role`.split(/\s+/),
);
/** An article or a demonstrative, up to one word before a possessive: "the question's", "a senior engineer's". */
const THING_BEFORE = /\b(?:a|an|the|this|that|these|those|each|every|any|some)\s+(?:\w+\s+)?$/i;
/** A teammate by a pronoun, or by a mention whose name is not typed: said as "someone". */
const SOMEONE = /^(?:he|she|they|him|her|them|<@!?\d+>)$/i;

function othersIn(typed: string, index: MatrixIndex): Pick<QuestionAnalysis, "others"> {
  // "python's levels", "how good is pandas for", "what level is required in": no person.
  const person = (word: string | undefined): QuestionAnalysis["others"] => {
    if (!word || NOT_A_TEAMMATE.has(lower(word))) return undefined;
    if (SOMEONE.test(word)) return { kind: "someone" };
    const name = word.replace(/^@/, "");
    return index.mentions(name).some((m) => m.strength >= 2)
      ? undefined
      : { kind: "teammate", name };
  };
  const track = typed.match(TRACK_MEMBERS);
  if (
    track &&
    (track.slice(1).every((w) => w === undefined) || track.slice(1).some((w) => person(w)))
  )
    return { others: { kind: "track-members" } };
  if (WHO_RATED.test(typed)) return { others: { kind: "raters", asked: "who" } };
  if (HOW_MANY_RATED.test(typed)) return { others: { kind: "raters", asked: "how-many" } };
  for (const subject of SUBJECTS) {
    const asked = person(typed.match(subject)?.[1]);
    if (asked) return { others: { ...asked, subject: true } };
  }
  const possessive = typed.match(TEAMMATES);
  // "the question's level", "this skill's levels", "a senior engineer's level": a thing or a
  // role after an article is nobody in the team; a name takes none ("bob's rating").
  const teammate = THING_BEFORE.test(typed.slice(0, possessive?.index ?? 0))
    ? undefined
    : person(possessive?.[1]);
  if (teammate) return { others: teammate };
  return TEAMS.test(typed) ? { others: { kind: "team" } } : {};
}

/** Intents whose text states the person's own skills: "I'm comfortable with docker" rates it. */
const STATES_OWN_SKILLS: ReadonlySet<Intent> = new Set(["rate", "forget-rating", "become-mentor"]);
/** Intents that already answer about Skillbot itself ("what can you do", "what is the skill matrix"). */
const ANSWERS_ABOUT_ITSELF: ReadonlySet<Intent> = new Set(["help", "overview"]);

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

/** The person's weak spots: "my gaps", "am I weak", and gaps against something named ("gaps for mlops"). */
const GAPS =
  /\b((im|am i) (weak(est)?|bad|worst)|my (gaps?|weak(est)? (spots?|skills?|areas?)|weakness(es)?)|gaps? (for|against|to|on|in|vs|versus|compared (to|with)|towards?) |gaps? (do|would) i have|i have gaps?)\b/;

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
