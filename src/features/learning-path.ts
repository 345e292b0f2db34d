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
  /** The skill asked about, when the person is already at its target (so it has no step). */
  topicReached: PathStep | undefined;
  /** Steps the person's track sets no target for (asked about all the same), to be said so. */
  outsideTrack: Skill[];
};

export const MIN_STEPS = 3;
export const MAX_STEPS = 5;
/** The level a prerequisite needs before building on it. */
const PREREQUISITE_LEVEL = 2;

/**
 * The next 3–5 skills to work on for a track, area or skill (or, with no topic, the whole
 * matrix): the biggest gaps between a person's own level and the target first, every unmet
 * prerequisite before what needs it. With a track, an area or skill path puts the track's own
 * gaps first; in an area, skills the track does not ask for come only when it leaves no gap
 * there. Pure: the same ratings always give the same path.
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
  // A track topic is its own targets; otherwise what the person's track skips comes last.
  const outside = (id: string) =>
    topic?.kind !== "track" && baseTrack !== undefined && baseTrack.targets[id] === undefined;
  const gaps = [...targets.entries()]
    .filter(([id, target]) => target > levelOf(id))
    .sort(
      ([a, ta], [b, tb]) =>
        Number(outside(a)) - Number(outside(b)) ||
        tb - levelOf(b) - (ta - levelOf(a)) ||
        tb - ta ||
        (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
  // An area the track has gaps in is the track's part of it: Java is no MLOps gap.
  const candidates =
    topic?.kind === "area" && gaps.some(([id]) => !outside(id))
      ? gaps.filter(([id]) => !outside(id))
      : gaps;

  if (topic?.kind === "skill") {
    // Asked about one skill: that skill leads, what builds on it follows.
    candidates.sort(([a], [b]) => Number(b === topic.id) - Number(a === topic.id));
  }

  // Chosen skill -> its target. A skill only pulled in as a prerequisite gets the level its
  // dependant needs, not the track's target for it: working Python before PyTorch, not expert.
  const chosen = new Map<string, number>();
  for (const [id, target] of candidates) {
    if (chosen.size >= MAX_STEPS) break;
    if (chosen.has(id)) continue;
    const chain = withUnmetPrerequisites(kb, id, target, targets, levelOf, chosen);
    // A skill whose prerequisites leave no room for it would leave them on the path alone;
    // only the first (most wanted) keeps the start of its chain: that is where to begin.
    const added = [...chain.keys()].filter((step) => !chosen.has(step)).length;
    if (chosen.size + added > MAX_STEPS && chosen.size > 0) continue;
    for (const [step, stepTarget] of chain) {
      if (chosen.has(step) || chosen.size < MAX_STEPS)
        chosen.set(step, Math.max(stepTarget, chosen.get(step) ?? 0));
    }
  }
  const stepOf = (id: string, target: number): PathStep[] => {
    const skill = kb.skill(id);
    return skill ? [{ skill, level: levelOf(id), target }] : [];
  };
  const steps = kb
    .prerequisitesFirst([...chosen.keys()])
    .flatMap((id) => stepOf(id, chosen.get(id) ?? PREREQUISITE_LEVEL));
  const topicTarget = topic?.kind === "skill" ? targets.get(topic.id) : undefined;
  const topicReached =
    topic?.kind === "skill" && topicTarget !== undefined && levelOf(topic.id) >= topicTarget
      ? stepOf(topic.id, topicTarget)[0]
      : undefined;
  const track = topic?.kind === "track" ? kb.track(topic.id) : baseTrack;
  // Only what was asked for: a prerequisite outside the track is there because it is needed.
  const asked = new Set(candidates.map(([id]) => id));
  const outsideTrack = steps
    .filter(({ skill }) => outside(skill.id) && asked.has(skill.id))
    .map(({ skill }) => skill);
  return { topic, track, steps, complete: candidates.length === 0, topicReached, outsideTrack };
}

/**
 * A skill and every prerequisite below the level it needs (not yet chosen), prerequisites
 * first, each with its target: the topic's own target for a skill the topic lists, else the
 * level its dependant needs (at most PREREQUISITE_LEVEL).
 */
function withUnmetPrerequisites(
  kb: KnowledgeBase,
  id: string,
  target: number,
  targets: ReadonlyMap<string, number>,
  levelOf: (id: string) => number,
  chosen: ReadonlyMap<string, number>,
): Map<string, number> {
  const chain = new Map<string, number>();
  const visit = (skillId: string, skillTarget: number, trail: Set<string>) => {
    if (trail.has(skillId)) return;
    trail.add(skillId);
    for (const prerequisite of kb.skill(skillId)?.prerequisites ?? []) {
      const needed = Math.min(PREREQUISITE_LEVEL, skillTarget);
      const prerequisiteTarget = targets.get(prerequisite) ?? needed;
      if (levelOf(prerequisite) >= Math.min(needed, prerequisiteTarget)) continue;
      if ((chosen.get(prerequisite) ?? chain.get(prerequisite) ?? 0) >= prerequisiteTarget)
        continue;
      visit(prerequisite, prerequisiteTarget, trail);
    }
    chain.set(skillId, Math.max(skillTarget, chain.get(skillId) ?? 0));
  };
  visit(id, target, new Set());
  return chain;
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
    // An area, or the whole matrix: the track's targets, else the level others build on
    // (learningPathFor decides whether those outside the track come at all).
    const skills = topic === undefined ? kb.skills : kb.skillsIn(topic.id);
    return new Map(skills.map((s) => [s.id, trackTarget(s.id) ?? PREREQUISITE_LEVEL]));
  }
  // A skill: its next level (or the track's target), then what builds on it at the track's
  // target. What the track skips is still part of what was asked: the level others build on.
  const targets = new Map<string, number>();
  const level = levelOf(topic.id);
  targets.set(
    topic.id,
    Math.min(4, Math.max(level + 1, trackTarget(topic.id) ?? PREREQUISITE_LEVEL)),
  );
  for (const skill of kb.skills) {
    if (skill.prerequisites.includes(topic.id))
      targets.set(skill.id, trackTarget(skill.id) ?? PREREQUISITE_LEVEL);
  }
  return targets;
}
