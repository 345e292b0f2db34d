import type { Core } from "../core/context.ts";
import { SkillbotError } from "../core/errors.ts";
import type { EntityRef } from "../knowledge/matrix-index.ts";
import type { Skill, Track } from "../knowledge/schema.ts";
import type { PathTopic } from "./learning-path.ts";

/** The skill, area or track a reference names, if the matrix has it. */
export function entityOf(core: Core, ref: EntityRef): { name: string } | undefined {
  if (ref.kind === "skill") return core.kb.skill(ref.id);
  if (ref.kind === "area") return core.kb.area(ref.id);
  return core.kb.track(ref.id);
}

/** The display name of a skill, area or track. */
export function nameOf(core: Core, ref: EntityRef): string {
  return entityOf(core, ref)?.name ?? ref.id;
}

export type SkillChoice =
  /** `exact`: named by its name, an alias or its id, not read through a typo. */
  | { kind: "skill"; skill: Skill; exact: boolean }
  | { kind: "choose"; candidates: Skill[] }
  | { kind: "none"; suggestions: Skill[] };

/**
 * The skill a person typed, forgiving typos and aliases. Several close matches are returned for
 * the person to choose from; nothing close comes with the nearest suggestions.
 */
export function resolveSkill(core: Core, term: string): SkillChoice {
  const result = core.index.resolve(term.trim(), ["skill"]);
  if (result.kind === "found") {
    const skill = core.kb.skill(result.ref.id);
    if (skill) return { kind: "skill", skill, exact: result.exact };
  }
  if (result.kind === "ambiguous") {
    const candidates = result.candidates.flatMap((ref) => core.kb.skill(ref.id) ?? []);
    if (candidates.length > 0) return { kind: "choose", candidates };
  }
  const suggestions =
    result.kind === "none" ? result.suggestions.flatMap((ref) => core.kb.skill(ref.id) ?? []) : [];
  return { kind: "none", suggestions };
}

/** Like resolveSkill, but a person must pick before going on (ambiguity becomes an error to show). */
export function requireSkill(core: Core, term: string): Skill {
  const choice = resolveSkill(core, term);
  if (choice.kind === "skill") return choice.skill;
  if (choice.kind === "none") {
    const suggestions = choice.suggestions.map((s) => s.name);
    throw new SkillbotError({ code: "SkillNotFound", term: term.trim(), suggestions });
  }
  throw new SkillbotError({
    code: "SkillAmbiguous",
    term,
    candidates: choice.candidates.map((s) => s.name),
  });
}

/** A track, area or skill, in that order of preference for exact names. */
export function resolveTopic(core: Core, term: string): PathTopic {
  const result = core.index.resolve(term.trim(), ["track", "area", "skill"]);
  if (result.kind === "found") return result.ref;
  if (result.kind === "ambiguous") {
    const first =
      result.candidates.find((c) => c.kind === "track") ??
      result.candidates.find((c) => c.kind === "area");
    if (first) return first;
    throw new SkillbotError({
      code: "SkillAmbiguous",
      term,
      candidates: result.candidates.map((c) => nameOf(core, c)),
    });
  }
  throw new SkillbotError({
    code: "TopicNotFound",
    term,
    suggestions: result.suggestions.map((ref) => nameOf(core, ref)),
  });
}

export function resolveTrack(core: Core, term: string): Track {
  const result = core.index.resolve(term.trim(), ["track"]);
  const track = result.kind === "found" ? core.kb.track(result.ref.id) : undefined;
  if (track) return track;
  throw new SkillbotError({ code: "TrackNotFound", term, tracks: core.kb.tracks.map((t) => t.id) });
}

/** The track a person measures themselves against: their choice, else the matrix default. */
export function trackOf(core: Core, chosen: string | undefined): Track | undefined {
  return (chosen ? core.kb.track(chosen) : undefined) ?? core.kb.defaultTrack;
}

/**
 * The id of the track a person chose when the matrix no longer has it: trackOf falls back to the
 * default then, and the person should be told.
 */
export function goneTrack(core: Core, chosen: string | undefined): string | undefined {
  return chosen !== undefined && core.kb.track(chosen) === undefined ? chosen : undefined;
}

/** A person's ratings of skills the matrix still has: one taken out since counts for nothing. */
export function ratingsInMatrix<R>(
  core: Core,
  ratings: Readonly<Record<string, R>>,
): Record<string, R> {
  return Object.fromEntries(Object.entries(ratings).filter(([id]) => core.kb.skill(id)));
}

/** Current levels by skill id, from a person's ratings. */
export function levelsOf(
  ratings: Readonly<Record<string, { level: number }>>,
): Record<string, number> {
  return Object.fromEntries(Object.entries(ratings).map(([id, r]) => [id, r.level]));
}
