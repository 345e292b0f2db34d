import { describe, expect, test } from "vitest";
import { cli } from "./memory-io.ts";
import { loadValid, SHIPPED_DIR } from "./shipped.ts";

type Exported = {
  areas: Record<string, unknown>[];
  skills: (Record<string, unknown> & { rubric: Record<string, unknown> })[];
  tracks: Record<string, unknown>[];
  questions: Record<string, unknown>[];
} & Record<string, unknown>;

const matrix = loadValid(SHIPPED_DIR);
const run = await cli(["kb", "export", "--json", "--matrix", SHIPPED_DIR]);
const exported = JSON.parse(run.stdout) as Exported;

describe("kb export --json prints the promised shape, and only that", () => {
  test("GIVEN the shipped matrix WHEN exported THEN one JSON object is printed on one line and the exit code is 0", () => {
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expect(run.err).toEqual([]);
  });

  test("GIVEN the export WHEN its keys are read THEN the top level is exactly id, name, areas, skills, tracks, questions", () => {
    expect(Object.keys(exported)).toEqual(["id", "name", "areas", "skills", "tracks", "questions"]);
    expect([exported.id, exported.name]).toEqual(["ml-engineer", "ML Engineer"]);
  });

  test("GIVEN the export WHEN each kind of record is read THEN it has exactly its promised fields", () => {
    const keysOf = (records: Record<string, unknown>[]) =>
      new Set(records.map((r) => Object.keys(r).join(",")));
    expect(keysOf(exported.areas)).toEqual(new Set(["id,name,summary"]));
    expect(keysOf(exported.skills)).toEqual(
      new Set(["id,name,areaId,aliases,summary,rubric,prerequisites,resources"]),
    );
    expect(keysOf(exported.skills.map((s) => s.rubric))).toEqual(new Set(["1,2,3,4"]));
    expect(keysOf(exported.tracks)).toEqual(new Set(["id,name,aliases,targets"]));
    expect(keysOf(exported.questions)).toEqual(
      new Set(["id,skillId,difficulty,prompt,options,answer,explanation"]),
    );
  });

  test("GIVEN the export WHEN compared with the matrix THEN every record and value is there", () => {
    expect(exported.areas).toEqual(
      matrix.areas.map(({ id, name, summary }) => ({ id, name, summary })),
    );
    expect(exported.skills).toEqual(
      matrix.skills.map((s) => ({
        id: s.id,
        name: s.name,
        areaId: s.areaId,
        aliases: s.aliases,
        summary: s.summary,
        rubric: { "1": s.rubric[1], "2": s.rubric[2], "3": s.rubric[3], "4": s.rubric[4] },
        prerequisites: s.prerequisites,
        resources: s.resources,
      })),
    );
    expect(exported.tracks).toEqual(
      matrix.tracks.map(({ id, name, aliases, targets }) => ({ id, name, aliases, targets })),
    );
    expect(exported.questions).toEqual(
      matrix.questions.map(({ id, skillId, difficulty, prompt, options, answer, explanation }) => ({
        id,
        skillId,
        difficulty,
        prompt,
        options,
        answer,
        explanation,
      })),
    );
  });
});
