import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Skill, Track } from "../knowledge/schema.ts";

export type PathTopic = { kind: "track" | "area" | "skill"; id: string };
export type PathStep = { skill: Skill; level: number; target: number };
export type LearningPath = {
  /** Undefined: the whole matrix (one without tracks has nothing narrower to offer). */
  topic: PathTopic | undefined;
  track: Track | undefined;
  steps: PathStep[];
  complete: boolean;
};

export const MIN_STEPS = 3;
export const MAX_STEPS = 5;
/** The level a prerequisite needs before building on it. */
const PREREQUISITE_LEVEL = 2;

/**
 * The next 3–5 skills to work on for a track, area or skill (or, with no topic, the whole
 * matrix): the biggest gaps between a person's own level and the target first, every unmet
 * prerequisite before what needs it. Pure: the same ratings always give the same path.
 */
export function learningPathFor(
  kb: KnowledgeBase,
  topic: PathTopic | undefined,
  levels: Readonly<Record<string, number>>,
  baseTrack: Track | undefined,
): LearningPath {
  const levelOf = (id: string) => levels[id] ?? 0;
  const targets = targetsFor(kb, topic, levelOf, baseTrack);
  const order = new Map(kb.skills.map((s, i) => [s.id, i]));
  const candidates = [...targets.entries()]
    .filter(([id, target]) => target > levelOf(id))
    .sort(
      ([a, ta], [b, tb]) =>
        tb - levelOf(b) - (ta - levelOf(a)) || tb - ta || (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );

  if (topic?.kind === "skill") {
    // Asked about one skill: that skill leads, what builds on it follows.
    candidates.sort(([a], [b]) => Number(b === topic.id) - Number(a === topic.id));
  }

  const chosen: string[] = [];
  const targetOf = (id: string) =>
    targets.get(id) ?? Math.max(PREREQUISITE_LEVEL, baseTrack?.targets[id] ?? 0);
  const add = (id: string, trail: Set<string>) => {
    if (chosen.includes(id) || trail.has(id)) return;
    trail.add(id);
    for (const prerequisite of kb.skill(id)?.prerequisites ?? []) {
      if (levelOf(prerequisite) < Math.min(PREREQUISITE_LEVEL, targetOf(prerequisite)))
        add(prerequisite, trail);
    }
    chosen.push(id);
  };
  for (const [id] of candidates) {
    if (chosen.length >= MAX_STEPS) break;
    add(id, new Set());
  }
  const steps = kb
    .prerequisitesFirst(chosen)
    .slice(0, MAX_STEPS)
    .flatMap((id) => {
      const skill = kb.skill(id);
      return skill ? [{ skill, level: levelOf(id), target: targetOf(id) }] : [];
    });
  const track = topic?.kind === "track" ? kb.track(topic.id) : baseTrack;
  return { topic, track, steps, complete: candidates.length === 0 };
}

function targetsFor(
  kb: KnowledgeBase,
  topic: PathTopic | undefined,
  levelOf: (id: string) => number,
  baseTrack: Track | undefined,
): Map<string, number> {
  const trackTarget = (id: string) => baseTrack?.targets[id];
  if (topic?.kind === "track") return new Map(Object.entries(kb.track(topic.id)?.targets ?? {}));
  if (topic === undefined || topic.kind === "area") {
    // An area, or the whole matrix: the track's targets, else the level others build on.
    const skills = topic === undefined ? kb.skills : kb.skillsIn(topic.id);
    return new Map(skills.map((s) => [s.id, trackTarget(s.id) ?? PREREQUISITE_LEVEL]));
  }
  // A skill: its next level (or the track's target), then what builds on it in the track.
  const targets = new Map<string, number>();
  const level = levelOf(topic.id);
  targets.set(topic.id, Math.min(4, Math.max(level + 1, trackTarget(topic.id) ?? 0)));
  for (const skill of kb.skills) {
    const target = trackTarget(skill.id);
    if (skill.prerequisites.includes(topic.id) && target !== undefined)
      targets.set(skill.id, target);
  }
  return targets;
}
