import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixIndex, Mention } from "../knowledge/matrix-index.ts";
import type { Area, Skill, Track } from "../knowledge/schema.ts";
import { guessIntent, type Intent } from "./intent.ts";

/** What a free-text question is about: the intent, and the areas, skills and tracks it names, best first. */
export type QuestionAnalysis = {
  intent: Intent;
  areas: Area[];
  skills: Skill[];
  tracks: Track[];
  /** A level the text states ("put me at 3", "practitioner"), for rate. */
  level?: number;
  /** True when the text named something in the matrix (not only related by description). */
  named: boolean;
};

const LEVEL_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/\b(none|zero|nothing|never used)\b/, 0],
  [/\b(aware|beginner|novice|newbie|basic)\b/, 1],
  [/\b(working|intermediate|okay|ok|decent)\b/, 2],
  [/\b(practitioner|advanced|proficient|strong|solid)\b/, 3],
  [/\b(expert|guru|master|wizard)\b/, 4],
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
  const level = intent === "rate" ? levelIn(topicText) : undefined;
  return {
    intent,
    areas: rankAreas(mentions, kb),
    skills,
    tracks,
    named,
    ...(level === undefined ? {} : { level }),
  };
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
