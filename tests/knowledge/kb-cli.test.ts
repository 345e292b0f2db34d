import { afterAll, describe, expect, test } from "vitest";
import { formatProblem } from "../../src/knowledge/problem.ts";
import { cli } from "./memory-io.ts";
import { lineOf, removeDir, SAMPLE_FILES, sampleWith, writeSampleMatrix } from "./sample-matrix.ts";
import { SHIPPED_DIR } from "./shipped.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) removeDir(dir);
});
const sample = (changes: Record<string, string | null> = {}) => {
  const dir = writeSampleMatrix(changes);
  dirs.push(dir);
  return dir;
};

describe("kb validate", () => {
  test("GIVEN the shipped matrix WHEN validated THEN exit 0 with its counts", async () => {
    const run = await cli(["kb", "validate", SHIPPED_DIR]);
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toEqual([
      `${SHIPPED_DIR}: valid (8 areas, 47 skills, 2 tracks, 188 questions)`,
    ]);
  });

  test("GIVEN no directory and no SKILLBOT_MATRIX WHEN validated THEN the shipped matrix is checked", async () => {
    const run = await cli(["kb", "validate"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^knowledge\/ml-engineer: valid \(8 areas, \d+ skills/);
  });

  test("GIVEN a matrix with three problems in three files WHEN validated THEN exit 1 and every problem is printed as file:line:col message", async () => {
    const skills = sampleWith("skills/delivery.yaml", "areaId: delivery", "areaId: ops");
    const questions = sampleWith(
      "questions/languages.yaml",
      "[go, async, spawn]",
      "[go, go, spawn]",
    );
    const tracks = sampleWith("tracks.yaml", "rust: 2", "rust: 9");
    const dir = sample({ ...skills, ...questions, ...tracks });
    const run = await cli(["kb", "validate", dir]);

    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      `${dir}/questions/languages.yaml:${lineOf(questions["questions/languages.yaml"] ?? "", "[go, go, spawn]")}:19 questions.0.options.1: duplicate option "go" (same as option 0) (got "go")`,
      `${dir}/skills/delivery.yaml:${lineOf(skills["skills/delivery.yaml"] ?? "", "areaId: ops")}:13 unknown area id "ops" (areas: languages, delivery)`,
      `${dir}/tracks.yaml:${lineOf(tracks["tracks.yaml"] ?? "", "rust: 9")}:13 tracks.0.targets.rust: Too big: expected number to be <=4 (got "9")`,
    ]);
    expect(run.err).toEqual([`${dir}: 3 problems`]);
  });

  test("GIVEN one problem WHEN validated THEN the summary says 1 problem", async () => {
    const dir = sample(sampleWith("matrix.yaml", "defaultTrack: sample-role", "defaultTrack: x"));
    const run = await cli(["kb", "validate", dir]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([
      formatProblem({
        file: `${dir}/matrix.yaml`,
        line: lineOf(SAMPLE_FILES["matrix.yaml"], "defaultTrack"),
        col: 15,
        message: 'defaultTrack "x" is not a track in tracks.yaml',
      }),
    ]);
    expect(run.err).toEqual([`${dir}: 1 problem`]);
  });

  test("GIVEN a directory that does not exist WHEN validated THEN exit 1", async () => {
    const run = await cli(["kb", "validate", `${sample()}/missing`]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([expect.stringMatching(/missing:1:1 is not a matrix directory$/)]);
  });

  test("GIVEN two directories WHEN validated THEN it is a usage error (exit 2)", async () => {
    const run = await cli(["kb", "validate", SHIPPED_DIR, SHIPPED_DIR]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^kb validate takes at most one directory/);
  });
});

describe("kb usage and export errors", () => {
  test.each([
    [["kb"], /^kb needs a command/],
    [["kb", "lint"], /^unknown kb command "lint"/],
    [["kb", "export"], /^kb export needs exactly one of --json or --csv/],
    [["kb", "export", "--json", "--csv"], /^kb export needs exactly one of --json or --csv/],
    [["kb", "export", "--yaml"], /--yaml/],
  ])("GIVEN %j WHEN run THEN exit 2 with the reason and the usage", async (argv, reason) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.join("\n")).toMatch(reason);
    expect(run.err.join("\n")).toContain("kb validate [dir]");
  });

  test("GIVEN a broken matrix WHEN exported THEN exit 1, the problems go to stderr and nothing to stdout", async () => {
    const dir = sample(sampleWith("skills/delivery.yaml", "areaId: delivery", "areaId: ops"));
    const run = await cli(["kb", "export", "--json", "--matrix", dir]);
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([expect.stringMatching(/delivery\.yaml:4:13 unknown area id "ops"/)]);
  });
});
