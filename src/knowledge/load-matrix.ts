import { join } from "node:path";
import type { z } from "zod";
import { crossCheck, type Sourced, type UnvalidatedIds } from "./cross-check.ts";
import { kindOf, namesIn, readMatrixText, YAML_EXTENSION, yamlFilesIn } from "./matrix-files.ts";
import { byPosition, type Problem } from "./problem.ts";
import {
  type Area,
  type MatrixData,
  MatrixFileSchema,
  type Question,
  QuestionsFileSchema,
  type Skill,
  SkillsFileSchema,
  type Track,
  TracksFileSchema,
} from "./schema.ts";
import { schemaProblems } from "./schema-problems.ts";
import { parseYamlFile, type YamlFile } from "./yaml-file.ts";

export type MatrixLoad = { ok: true; matrix: MatrixData } | { ok: false; problems: Problem[] };

/**
 * Reads a matrix directory (matrix.yaml, tracks.yaml, skills/*.yaml, questions/*.yaml),
 * validating every file and every cross-reference. Reports every problem, not just the first.
 */
export function loadMatrix(dir: string): MatrixLoad {
  const problems: Problem[] = [];
  const dirKind = kindOf(dir);
  if (!dirKind.ok) return { ok: false, problems: [dirKind.problem] };
  if (dirKind.value !== "directory") {
    return {
      ok: false,
      problems: [{ file: dir, line: 1, col: 1, message: "is not a matrix directory" }],
    };
  }
  // Ids written in files that failed validation still exist: references to them are not "unknown".
  const unvalidated: UnvalidatedIds = {
    areas: { ids: new Set(), unreadable: false },
    skills: { ids: new Set(), unreadable: false },
    tracks: { ids: new Set(), unreadable: false },
  };
  /** Whether a file is there to read; a path that cannot even be looked at is a problem. */
  const present = (file: string, list: keyof UnvalidatedIds, ifMissing?: string): boolean => {
    const kind = kindOf(file);
    if (kind.ok && kind.value !== "missing") return true;
    if (!kind.ok) problems.push(kind.problem);
    else if (ifMissing) problems.push({ file, line: 1, col: 1, message: ifMissing });
    else return false; // an optional file left out: no id is in doubt
    unvalidated[list].unreadable = true;
    return false;
  };
  const matrixPath = join(dir, "matrix.yaml");
  const hasMatrixFile = present(
    matrixPath,
    "areas",
    "missing: every matrix needs a matrix.yaml with its areas",
  );
  problems.push(...unexpectedFiles(dir));
  const read = <S extends z.ZodType>(
    file: string,
    schema: S,
    list?: keyof UnvalidatedIds,
  ): { yaml: YamlFile; data: z.infer<S> } | undefined => {
    const text = readMatrixText(file);
    if (!text.ok) {
      problems.push(text.problem);
      if (list) unvalidated[list].unreadable = true;
      return undefined;
    }
    const parsed = parseYamlFile(file, text.value);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      if (list) unvalidated[list].unreadable = true;
      return undefined;
    }
    const result = schema.safeParse(parsed.yaml.data);
    if (!result.success) {
      problems.push(...schemaProblems(parsed.yaml, result.error.issues));
      if (list) {
        const ids = idsIn(parsed.yaml.data, list);
        for (const id of ids) unvalidated[list].ids.add(id);
        // A file too broken to show any id (`skills:` left empty) might have meant any of them.
        if (ids.length === 0) unvalidated[list].unreadable = true;
      }
      return undefined;
    }
    return { yaml: parsed.yaml, data: result.data };
  };

  const matrixFile = hasMatrixFile ? read(matrixPath, MatrixFileSchema, "areas") : undefined;
  const areas: Sourced<Area>[] =
    matrixFile?.data.areas.map((value, i) => ({
      value,
      yaml: matrixFile.yaml,
      path: ["areas", i],
    })) ?? [];

  const tracksPath = join(dir, "tracks.yaml");
  const tracksFile = present(tracksPath, "tracks")
    ? read(tracksPath, TracksFileSchema, "tracks")
    : undefined;
  const tracks: Sourced<Track>[] =
    tracksFile?.data.tracks.map((value, i) => ({
      value,
      yaml: tracksFile.yaml,
      path: ["tracks", i],
    })) ?? [];

  const skillsDir = join(dir, "skills");
  const skillFiles = yamlFilesIn(skillsDir, "skills");
  problems.push(...skillFiles.problems);
  if (skillFiles.problems.length > 0) unvalidated.skills.unreadable = true;
  const skills: Sourced<Skill>[] = skillFiles.files.flatMap((file) => {
    const loaded = read(file, SkillsFileSchema, "skills");
    return (
      loaded?.data.skills.map((value, i) => ({ value, yaml: loaded.yaml, path: ["skills", i] })) ??
      []
    );
  });
  // Without a skill the bot can only say false things ("you have covered everything").
  const someSkillsUnchecked = unvalidated.skills.unreadable || unvalidated.skills.ids.size > 0;
  if (skills.length === 0 && !someSkillsUnchecked) {
    problems.push({
      file: skillsDir,
      line: 1,
      col: 1,
      message: "no skills found in skills/*.yaml: a matrix needs at least one skill",
    });
  }
  const questionFiles = yamlFilesIn(join(dir, "questions"), "questions");
  problems.push(...questionFiles.problems);
  const questions: Sourced<Question>[] = questionFiles.files.flatMap((file) => {
    const loaded = read(file, QuestionsFileSchema);
    return (
      loaded?.data.questions.map((value, i) => ({
        value,
        yaml: loaded.yaml,
        path: ["questions", i],
      })) ?? []
    );
  });

  problems.push(
    ...crossCheck({
      areas,
      skills,
      tracks,
      questions,
      defaultTrack: defaultTrackOf(matrixFile),
      unvalidated,
    }),
  );
  if (problems.length > 0 || !matrixFile) {
    return { ok: false, problems: problems.sort(byPosition) };
  }
  const { id, name, summary, defaultTrack } = matrixFile.data;
  return {
    ok: true,
    matrix: {
      id,
      name,
      ...(summary === undefined ? {} : { summary }),
      ...(defaultTrack === undefined ? {} : { defaultTrack }),
      areas: areas.map((a) => a.value),
      skills: sortByArea(
        skills.map((s) => s.value),
        areas.map((a) => a.value.id),
      ),
      tracks: tracks.map((t) => t.value),
      questions: questions.map((q) => q.value),
    },
  };
}

function defaultTrackOf(
  matrixFile: { yaml: YamlFile; data: z.infer<typeof MatrixFileSchema> } | undefined,
) {
  const id = matrixFile?.data.defaultTrack;
  return id === undefined || !matrixFile
    ? undefined
    : { value: id, yaml: matrixFile.yaml, path: ["defaultTrack"] };
}

function idsIn(data: unknown, list: string): string[] {
  const items = data !== null && typeof data === "object" ? Reflect.get(data, list) : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const id = item !== null && typeof item === "object" ? Reflect.get(item, "id") : undefined;
    return typeof id === "string" ? [id] : [];
  });
}

function unexpectedFiles(dir: string): Problem[] {
  const expected = new Set(["matrix.yaml", "tracks.yaml"]);
  const names = namesIn(dir);
  if (!names.ok) return [names.problem];
  return names.value
    .filter((name) => YAML_EXTENSION.test(name) && !expected.has(name))
    .map((name) => ({
      file: join(dir, name),
      line: 1,
      col: 1,
      message:
        "unexpected file: a matrix has matrix.yaml, tracks.yaml, skills/*.yaml and questions/*.yaml",
    }));
}

/** Skills in area order, then in file order, so every list the bot shows follows the matrix. */
function sortByArea(skills: Skill[], areaOrder: string[]): Skill[] {
  const rank = new Map(areaOrder.map((id, index) => [id, index]));
  return skills
    .map((skill, index) => ({ skill, index }))
    .sort(
      (a, b) =>
        (rank.get(a.skill.areaId) ?? 0) - (rank.get(b.skill.areaId) ?? 0) || a.index - b.index,
    )
    .map(({ skill }) => skill);
}
