import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixIndex, Mention } from "../knowledge/matrix-index.ts";
import type { Area, Skill, Track } from "../knowledge/schema.ts";
import { cueText, guessIntent, type Intent } from "./intent.ts";

/** What a free-text question is about: the intent, and the areas, skills and tracks it names, best first. */
export type QuestionAnalysis = {
  intent: Intent;
  areas: Area[];
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
   * Words left once the phrasing is set aside, when they name nothing in the matrix: what the
   * person asked about that the matrix does not cover ("terraform" in "how do I learn terraform").
   */
  uncovered?: string;
};

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
  const named = mentions.some((m) => m.strength >= 2);
  const skills = unique(mentions.filter((m) => m.kind === "skill").map((m) => kb.skill(m.id)));
  const tracks = unique(mentions.filter((m) => m.kind === "track").map((m) => kb.track(m.id)));
  const namedSkills = unique(
    mentions.filter((m) => m.kind === "skill" && m.strength >= 2).map((m) => kb.skill(m.id)),
  );
  const namedTracks = unique(
    mentions.filter((m) => m.kind === "track" && m.strength >= 2).map((m) => kb.track(m.id)),
  );
  // The cue may hold the level ("I'm pretty good at"), so the whole text is read too.
  const level = intent === "rate" ? (levelIn(topicText) ?? levelIn(cueText(text))) : undefined;
  const uncovered = named ? undefined : uncoveredWords(cueText(text));
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
    ...(uncovered === undefined ? {} : { uncovered }),
  };
}

const GAPS =
  /\b(im (weak|bad|worst)|my (gaps?|weak(est)? (spots?|skills?|areas?)|weakness(es)?))\b/;

/** Words that carry no topic: "what should I learn next, this month?" asks about nothing in particular. */
const FILLER = new Set(
  `a about actually after ai all also am an and any anything are as at be been best better bit
  can could do does doing for from get getting give go good got have help how i id im in into
  is it its just know learn learning like lot machine make me ml more most much my need next now
  of on one or out please pls really should so some something start started stuff study that the
  them then there things think this to today up us want wanna way week what when where which why
  will with would year you your month months weeks days day time first new topic topics skill
  skills thing properly quickly fast well deeper whats recommend suggest prioritize prioritise
  focus work plan plans path paths roadmap resources tips materials courses steps`.split(/\s+/),
);
/** Kept after a topic word: "deep learning", "prompt engineering". */
const TOPIC_TAILS = new Set(["learning", "engineering", "science"]);
/** What comes after these is what the person wants to learn: "learn terraform", "better at LLMs". */
const TOPIC_AFTER =
  /\b(learn|learning|study|studying|master|mastering|into|at|about|on|with|in|for)\b(.*)$/;

function uncoveredWords(typed: string): string | undefined {
  const asked = typed.match(TOPIC_AFTER)?.[2];
  if (asked === undefined) return undefined;
  const words = asked
    .split(/[^\p{L}\p{N}+#.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ""))
    .filter((w) => w !== "");
  const isTopic = (w: string) => !FILLER.has(w) && !/^\d+$/.test(w);
  const first = words.findIndex(isTopic);
  if (first < 0) return undefined;
  let last = words.findLastIndex(isTopic);
  if (TOPIC_TAILS.has(words[last + 1] ?? "")) last++;
  return words.slice(first, last + 1).join(" ");
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
