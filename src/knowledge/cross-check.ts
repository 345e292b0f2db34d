import { type Problem, quote } from "./problem.ts";
import type { Area, Question, Skill, Track } from "./schema.ts";
import type { Path, YamlFile } from "./yaml-file.ts";

/** A validated value and where it was written, so later checks can point at it. */
export type Sourced<T> = { value: T; yaml: YamlFile; path: Path };

/**
 * Ids in files that failed validation: they exist (or, in a file that could not be read, may
 * exist), so references to them are not reported as unknown on top of the file's own problems.
 */
export type UnvalidatedIds = Record<
  "areas" | "skills" | "tracks",
  { ids: Set<string>; unreadable: boolean }
>;

type Parts = {
  areas: Sourced<Area>[];
  skills: Sourced<Skill>[];
  tracks: Sourced<Track>[];
  questions: Sourced<Question>[];
  defaultTrack: Sourced<string> | undefined;
  unvalidated?: UnvalidatedIds;
};

/** Normalises a name or alias the way people type it, for collision checks. */
export function normaliseTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Checks what one file cannot: ids that must exist, ids that must be unique, cycles, clashes. */
export function crossCheck({
  areas,
  skills,
  tracks,
  questions,
  defaultTrack,
  unvalidated,
}: Parts): Problem[] {
  const problems: Problem[] = [];
  const at = (item: Sourced<unknown>, ...rest: Path): Problem => ({
    file: item.yaml.file,
    ...item.yaml.positionOf([...item.path, ...rest]),
    message: "",
  });
  const report = (item: Sourced<unknown>, rest: Path, message: string) =>
    problems.push({ ...at(item, ...rest), message });

  const areaIds = uniqueIds("area", areas, report);
  const skillIds = uniqueIds("skill", skills, report);
  const trackIds = uniqueIds("track", tracks, report);
  uniqueIds("question", questions, report);
  const exists = (
    ids: Set<string>,
    more: UnvalidatedIds[keyof UnvalidatedIds] | undefined,
    id: string,
  ) => ids.has(id) || more?.unreadable === true || more?.ids.has(id) === true;

  for (const skill of skills) {
    const { areaId, prerequisites, id } = skill.value;
    if (!exists(areaIds, unvalidated?.areas, areaId))
      report(
        skill,
        ["areaId"],
        `unknown area id ${quote(areaId)} (areas: ${[...areaIds].join(", ")})`,
      );
    prerequisites.forEach((prerequisite, i) => {
      if (prerequisite === id)
        report(skill, ["prerequisites", i], `skill ${quote(id)} lists itself as a prerequisite`);
      else if (!exists(skillIds, unvalidated?.skills, prerequisite))
        report(skill, ["prerequisites", i], `unknown prerequisite skill id ${quote(prerequisite)}`);
    });
  }
  for (const cycle of prerequisiteCycles(skills.map((s) => s.value))) {
    const first = skills.find((s) => s.value.id === cycle[0]);
    const second = cycle[1];
    if (!first || second === undefined) continue;
    report(
      first,
      ["prerequisites", first.value.prerequisites.indexOf(second)],
      `prerequisite cycle: ${cycle.join(" → ")}`,
    );
  }
  // `path security` looks among tracks, areas and skills at once: one word must name one thing.
  checkTermClashes(
    [
      ...skills.map((item) => ({ kind: "skill", item })),
      ...areas.map((item) => ({ kind: "area", item })),
      ...tracks.map((item) => ({ kind: "track", item })),
    ],
    report,
  );

  // An area without skills would be offered as a topic with nothing in it. Not told when a skill
  // could still belong to it: one in a file that failed, or one whose areaId is misspelt.
  const someSkillsUnplaced =
    unvalidated?.skills.unreadable === true ||
    (unvalidated?.skills.ids.size ?? 0) > 0 ||
    skills.some((s) => !areaIds.has(s.value.areaId));
  if (skills.length > 0 && !someSkillsUnplaced) {
    const areasWithSkills = new Set(skills.map((s) => s.value.areaId));
    for (const area of areas) {
      if (!areasWithSkills.has(area.value.id))
        report(
          area,
          ["id"],
          `area ${quote(area.value.id)} has no skills: give a skill areaId: ${area.value.id}, or remove the area`,
        );
    }
  }

  for (const track of tracks) {
    if (Object.keys(track.value.targets).length === 0)
      report(
        track,
        ["targets"],
        `track ${quote(track.value.id)} targets no skills: list at least one skill id and its level`,
      );
    for (const skillId of Object.keys(track.value.targets)) {
      if (!exists(skillIds, unvalidated?.skills, skillId))
        report(
          track,
          ["targets", skillId],
          `track ${quote(track.value.id)} targets unknown skill id ${quote(skillId)}`,
        );
    }
  }
  if (defaultTrack && !exists(trackIds, unvalidated?.tracks, defaultTrack.value)) {
    report(
      defaultTrack,
      [],
      `defaultTrack ${quote(defaultTrack.value)} is not a track in tracks.yaml`,
    );
  }
  for (const question of questions) {
    if (!exists(skillIds, unvalidated?.skills, question.value.skillId)) {
      report(
        question,
        ["skillId"],
        `question ${quote(question.value.id)} is about unknown skill id ${quote(question.value.skillId)}`,
      );
    }
  }
  return problems;
}

type Report = (item: Sourced<unknown>, rest: Path, message: string) => void;

function uniqueIds<T extends { id: string }>(
  kind: string,
  items: Sourced<T>[],
  report: Report,
): Set<string> {
  const firstSeen = new Map<string, Sourced<T>>();
  for (const item of items) {
    const first = firstSeen.get(item.value.id);
    if (first) {
      const where = `${first.yaml.file}:${first.yaml.positionOf(first.path).line}`;
      report(
        item,
        ["id"],
        `duplicate ${kind} id ${quote(item.value.id)} (first defined at ${where})`,
      );
    } else firstSeen.set(item.value.id, item);
  }
  return new Set(firstSeen.keys());
}

type Named = { id: string; name: string; aliases: string[] };

/** Two different things answering to the same word would make the bot guess. */
function checkTermClashes(
  entries: ReadonlyArray<{ kind: string; item: Sourced<Named> }>,
  report: Report,
): void {
  const owner = new Map<string, { kind: string; id: string }>();
  for (const { kind, item } of entries) {
    const { id, name, aliases } = item.value;
    const reported = new Set<string>(); // "go" as id and "Go" as name is one clash, told once
    [id, name, ...aliases].forEach((term, index) => {
      const normalised = normaliseTerm(term);
      const other = owner.get(normalised);
      if (other === undefined) owner.set(normalised, { kind, id });
      else if ((other.kind !== kind || other.id !== id) && !reported.has(normalised)) {
        reported.add(normalised);
        const path = index < 2 ? [index === 0 ? "id" : "name"] : ["aliases", index - 2];
        report(
          item,
          path,
          `${kind} ${quote(id)} uses ${quote(term)}, already used by ${other.kind} ${quote(other.id)}`,
        );
      }
    });
  }
}

/** Every prerequisite cycle once, spelled out from its first skill back to itself. */
export function prerequisiteCycles(
  skills: ReadonlyArray<Pick<Skill, "id" | "prerequisites">>,
): string[][] {
  const edges = new Map(skills.map((s) => [s.id, s.prerequisites]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (id: string) => {
    state.set(id, "visiting");
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (!edges.has(next) || next === id) continue; // a self-reference is reported on its own
      if (state.get(next) === "visiting") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const { id } of skills) if (!state.has(id)) visit(id);
  return cycles;
}
