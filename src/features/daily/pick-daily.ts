import type { Random } from "../../core/ports.ts";
import type { KnowledgeBase } from "../../knowledge/knowledge-base.ts";
import type { Question, Track } from "../../knowledge/schema.ts";
import { publicFigureOf } from "../team-figures.ts";
import type { DailyTopic } from "./schedule.ts";

const NO_REPEAT_DAYS = 30;
/** A track's core skills: what it expects at practitioner level or above. */
const CORE_TARGET = 3;
/** The level a team too small to show figures is taken to be at. */
const UNKNOWN_TEAM_LEVEL = 1;

export type DailyPickInput = {
  kb: KnowledgeBase;
  topic: DailyTopic;
  track: Track | undefined;
  /** Each team member's levels by skill id (members who rated at least one skill). */
  team: ReadonlyArray<Readonly<Record<string, number>>>;
  /** The channel's recent posts, oldest first. */
  recent: ReadonlyArray<{ date: string; questionId: string; areaId: string }>;
  today: string;
  random: Random;
};

/**
 * The day's question for a channel. `weakest` aims at the skills whose team figure (at least five
 * raters, their typical level) is furthest below the track's target; when no such skill has a
 * question left, at the track's core skills, as for a team too small for figures. Its difficulty
 * is one level above the typical level of those who rated the skill, as a team figure shows it.
 * No question repeats in the channel within 30 days, and areas rotate: an area asked recently
 * waits behind the others.
 */
export function pickDailyQuestion(input: DailyPickInput): Question | undefined {
  const { kb, recent, today, random } = input;
  const since = shiftDate(today, -NO_REPEAT_DAYS);
  const asked = new Set(recent.filter((p) => p.date >= since).map((p) => p.questionId));
  const areaRecency = new Map<string, number>();
  recent.forEach((p, i) => {
    areaRecency.set(p.areaId, i + 1); // later posts overwrite: higher means more recent
  });

  const rank = (candidates: readonly Candidate[]) =>
    candidates
      .map(({ skillId, gap }) => ({
        skillId,
        gap,
        areaId: kb.skill(skillId)?.areaId ?? "",
        fresh: kb.questionsFor(skillId).filter((q) => !asked.has(q.id)),
      }))
      .filter((c) => c.fresh.length > 0)
      .sort(
        (a, b) =>
          (areaRecency.get(a.areaId) ?? 0) - (areaRecency.get(b.areaId) ?? 0) || b.gap - a.gap,
      );
  const ranked =
    candidateSkills(input)
      .map(rank)
      .find((r) => r.length > 0) ?? [];
  const best = ranked[0];
  if (!best) return undefined;
  // Among equally good skills (same area recency and gap), let chance pick, so days differ.
  const ties = ranked.filter(
    (c) =>
      (areaRecency.get(c.areaId) ?? 0) === (areaRecency.get(best.areaId) ?? 0) &&
      c.gap === best.gap,
  );
  const chosen = ties[Math.floor(random.next() * ties.length)] ?? best;
  // The question's difficulty shows in public, so it follows the public figure's rule (the
  // skill's raters alone, five besides any one, ends merged); else it aims as for a team at "aware".
  const level =
    publicFigureOf(ratersAtLevel(input.team, chosen.skillId))?.typical ?? UNKNOWN_TEAM_LEVEL;
  const wanted = level + 1;
  const distance = (q: Question) => Math.abs(q.difficulty - wanted);
  const closest = Math.min(...chosen.fresh.map(distance));
  const pool = chosen.fresh.filter((q) => distance(q) === closest);
  return pool[Math.floor(random.next() * pool.length)];
}

type Candidate = { skillId: string; gap: number };

/**
 * The skills to ask about, in sets tried in turn until one has a question left. `weakest` ranks
 * only skills with a public figure (five raters besides any one), by that figure, since the
 * skill it picks is posted in public: what fewer people rated never steers it. Its fallback, the track's core skills
 * ranked by target alone, uses no rating at all.
 */
function candidateSkills({ kb, topic, track, team }: DailyPickInput): Candidate[][] {
  if (topic !== "weakest")
    return [topicSkillIds(kb, topic).map((skillId) => ({ skillId, gap: 0 }))];
  // A matrix without tracks: every skill, as if a track expected it at practitioner level.
  const targets = track
    ? Object.entries(track.targets)
    : kb.skills.map((skill): [string, number] => [skill.id, CORE_TARGET]);
  const core = targets
    .filter(([, target]) => target >= CORE_TARGET)
    .map(([skillId, target]) => ({ skillId, gap: target }));
  const figured = targets.flatMap(([skillId, target]) => {
    const figure = publicFigureOf(ratersAtLevel(team, skillId));
    return figure ? [{ skillId, gap: target - figure.typical }] : [];
  });
  return figured.length > 0 ? [figured, core] : [core];
}

/** Every question a daily quiz on `topic` can ask; `weakest` draws on the whole matrix. */
export function topicQuestions(kb: KnowledgeBase, topic: DailyTopic): readonly Question[] {
  return topic === "weakest"
    ? kb.questions
    : topicSkillIds(kb, topic).flatMap((id) => kb.questionsFor(id));
}

/** The skills a daily quiz on a named topic asks about. */
export function topicSkillIds(kb: KnowledgeBase, topic: Exclude<DailyTopic, "weakest">): string[] {
  if (topic.kind === "skill") return [topic.id];
  if (topic.kind === "area") return kb.skillsIn(topic.id).map((s) => s.id);
  return Object.keys(kb.track(topic.id)?.targets ?? {});
}

/** How many members rated `skillId` at each level (index 0–4); those who didn't aren't counted. */
function ratersAtLevel(
  team: ReadonlyArray<Readonly<Record<string, number>>>,
  skillId: string,
): number[] {
  const atLevel = [0, 0, 0, 0, 0];
  for (const levels of team) {
    const level = levels[skillId];
    if (level !== undefined) atLevel[level] = (atLevel[level] ?? 0) + 1;
  }
  return atLevel;
}

/** A YYYY-MM-DD date moved by whole days. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
