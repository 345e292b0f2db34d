// Problems with the matrix's files as a whole: YAML that does not parse, files missing or
// unexpected, no directory at all, and how every problem is ordered and printed.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import { formatProblem } from "../../src/knowledge/problem.ts";
import { sampleWith, writeSampleMatrix } from "./sample-matrix.ts";
import { dirs, lineIn, problemsOf, removeSampleMatricesAfterEach } from "./validator-problems.ts";

removeSampleMatricesAfterEach();

describe("the validator pins each kind of problem to the file and line that causes it", () => {
  test("GIVEN the unchanged sample matrix WHEN it is loaded THEN it is valid", () => {
    const dir = writeSampleMatrix();
    dirs.push(dir);
    const result = loadMatrix(dir);
    expect(result.ok && result.matrix.skills.map((s) => s.id)).toEqual(["go", "rust", "docker"]);
  });

  test("GIVEN a skills file that is not valid YAML WHEN validated THEN its YAML error is reported, not every use of its skills", () => {
    const changes = sampleWith(
      "skills/languages.yaml",
      "    summary: A compiled",
      "    summary: [A compiled\n    x: y",
    );
    // The track, docker's prerequisite and both questions use go and rust: they are not wrong.
    const places = problemsOf(changes).map((p) => `${p.file}:${p.line} ${p.message.slice(0, 5)}`);
    expect(new Set(places)).toEqual(
      new Set([`skills/languages.yaml:${lineIn(changes, "skills/languages.yaml", "x: y")} YAML:`]),
    );
  });

  test("GIVEN broken YAML WHEN validated THEN the YAML error is reported at its line", () => {
    const changes = sampleWith(
      "questions/languages.yaml",
      "    prompt: What does",
      "    prompt: What does\n    prompt: again",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "questions/languages.yaml",
        line: lineIn(changes, "questions/languages.yaml", "prompt: again"),
        col: 5,
        message: "YAML: Map keys must be unique",
      },
    ]);
  });

  test("GIVEN no matrix.yaml and a stray YAML file WHEN validated THEN both are reported at line 1, and nothing else", () => {
    // Without matrix.yaml no area is known, so the skills' areaIds cannot be judged.
    const problems = problemsOf({ "matrix.yaml": null, "skill.yaml": "skills: []\n" });
    expect(problems).toEqual([
      {
        file: "matrix.yaml",
        line: 1,
        col: 1,
        message: "missing: every matrix needs a matrix.yaml with its areas",
      },
      {
        file: "skill.yaml",
        line: 1,
        col: 1,
        message:
          "unexpected file: a matrix has matrix.yaml, tracks.yaml, skills/*.yaml and questions/*.yaml",
      },
    ]);
  });

  test("GIVEN a directory that does not exist WHEN validated THEN it says so", () => {
    const dir = writeSampleMatrix();
    dirs.push(dir);
    const result = loadMatrix(join(dir, "nope"));
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      "is not a matrix directory",
    ]);
  });

  test("GIVEN problems in three files WHEN validated THEN every one is reported, ordered by file and line, as file:line:col message", () => {
    const changes = {
      ...sampleWith("skills/delivery.yaml", "areaId: delivery", "areaId: ops"),
      ...sampleWith("questions/languages.yaml", "answer: 0", "answer: 7"),
      ...sampleWith("tracks.yaml", "rust: 2", "rust: 2\n      zig: 1"),
      ...sampleWith("skills/languages.yaml", "prerequisites: [go]", "prerequisites: [nim]"),
    };
    const dir = writeSampleMatrix(changes);
    dirs.push(dir);
    const result = loadMatrix(dir);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toEqual([
      `${join(dir, "questions/languages.yaml")}:7:13 questions.0.answer: answer index 7 is out of range (options 0–2) (got "7")`,
      `${join(dir, "skills/delivery.yaml")}:4:13 unknown area id "ops" (areas: languages, delivery)`,
      `${join(dir, "skills/languages.yaml")}:23:21 unknown prerequisite skill id "nim"`,
      `${join(dir, "tracks.yaml")}:8:12 track "sample-role" targets unknown skill id "zig"`,
    ]);
  });
});
