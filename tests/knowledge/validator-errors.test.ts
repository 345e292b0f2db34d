import { join, sep } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import { formatProblem, type Problem } from "../../src/knowledge/problem.ts";
import {
  lineOf,
  removeDir,
  SAMPLE_FILES,
  type SampleFile,
  sampleWith,
  writeSampleMatrix,
} from "./sample-matrix.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

/** Loads the sample matrix with `changes` applied; the problems, with paths relative to it. */
function problemsOf(changes: Record<string, string | null>): Problem[] {
  const dir = writeSampleMatrix(changes);
  dirs.push(dir);
  const result = loadMatrix(dir);
  if (result.ok) return [];
  const relative = (text: string) => text.replaceAll(`${dir}${sep}`, "");
  return result.problems.map((p) => ({
    ...p,
    file: relative(p.file),
    message: relative(p.message),
  }));
}

/** The line of `needle` in the changed file, so each case says what line it expects in words. */
function lineIn(changes: Record<string, string | null>, file: SampleFile, needle: string, nth = 1) {
  return lineOf(changes[file] ?? SAMPLE_FILES[file], needle, nth);
}

describe("the validator pins each kind of problem to the file and line that causes it", () => {
  test("GIVEN the unchanged sample matrix WHEN it is loaded THEN it is valid", () => {
    const dir = writeSampleMatrix();
    dirs.push(dir);
    const result = loadMatrix(dir);
    expect(result.ok && result.matrix.skills.map((s) => s.id)).toEqual(["go", "rust", "docker"]);
  });

  test("GIVEN a skill whose areaId is misspelt WHEN validated THEN the areaId line quotes the unknown id and lists the real ones", () => {
    const changes = sampleWith(
      "skills/languages.yaml",
      "areaId: languages\n    aliases: [rustlang]",
      "areaId: langauges\n    aliases: [rustlang]",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/languages.yaml",
        line: lineIn(changes, "skills/languages.yaml", "areaId: langauges"),
        col: 13,
        message: 'unknown area id "langauges" (areas: languages, delivery)',
      },
    ]);
  });

  test("GIVEN a prerequisite naming no skill WHEN validated THEN the prerequisites line quotes it", () => {
    const changes = sampleWith(
      "skills/delivery.yaml",
      "prerequisites: [go]",
      "prerequisites: [go, kubernetes]",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/delivery.yaml",
        line: lineIn(changes, "skills/delivery.yaml", "prerequisites: [go, kubernetes]"),
        col: 25,
        message: 'unknown prerequisite skill id "kubernetes"',
      },
    ]);
  });

  test("GIVEN a track target and a question about skills that do not exist WHEN validated THEN each is reported where it is written", () => {
    const changes = {
      ...sampleWith("tracks.yaml", "docker: 2", "docker: 2\n      kubernetes: 1"),
      ...sampleWith("questions/languages.yaml", "skillId: rust", "skillId: haskell"),
    };
    expect(problemsOf(changes)).toEqual([
      {
        file: "questions/languages.yaml",
        line: lineIn(changes, "questions/languages.yaml", "skillId: haskell"),
        col: 14,
        message: 'question "rust-1" is about unknown skill id "haskell"',
      },
      {
        file: "tracks.yaml",
        line: lineIn(changes, "tracks.yaml", "kubernetes: 1"),
        col: 19,
        message: 'track "sample-role" targets unknown skill id "kubernetes"',
      },
    ]);
  });

  test("GIVEN two files defining the same skill id WHEN validated THEN the second is reported with where the first is", () => {
    const changes = {
      "skills/delivery.yaml": `${SAMPLE_FILES["skills/delivery.yaml"]}  - id: go
    name: Go Templates
    areaId: delivery
    summary: Rendering config files with Go templates.
    rubric: { 1: Reads one, 2: Writes one, 3: Writes helpers, 4: Designs the layout }
`,
    };
    const problems = problemsOf(changes);
    // skills/ files are read in name order, so delivery.yaml's go is the first definition.
    expect(problems.map((p) => [p.file, p.line, p.col])).toEqual([
      ["skills/languages.yaml", lineOf(SAMPLE_FILES["skills/languages.yaml"], "id: go"), 9],
    ]);
    const first = lineIn(changes, "skills/delivery.yaml", "- id: go");
    expect(problems[0]?.message).toBe(
      `duplicate skill id "go" (first defined at skills/delivery.yaml:${first})`,
    );
  });

  test("GIVEN two areas and two questions sharing ids WHEN validated THEN both duplicates are reported", () => {
    const changes = {
      ...sampleWith("matrix.yaml", "id: delivery", "id: languages"),
      ...sampleWith("questions/languages.yaml", "id: rust-1", "id: go-1"),
    };
    const problems = problemsOf(changes);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message.split(" (")[0]}`)).toEqual([
      `matrix.yaml:${lineIn(changes, "matrix.yaml", "- id: languages", 2)} duplicate area id "languages"`,
      `questions/languages.yaml:${lineIn(changes, "questions/languages.yaml", "id: go-1", 2)} duplicate question id "go-1"`,
      // docker's area is gone, and it says so, instead of silently moving it
      `skills/delivery.yaml:4 unknown area id "delivery"`,
    ]);
  });

  test("GIVEN two skills requiring each other WHEN validated THEN the cycle is spelled out once at the first skill's prerequisite", () => {
    const changes = sampleWith(
      "skills/languages.yaml",
      "prerequisites: []",
      "prerequisites: [rust]",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/languages.yaml",
        line: lineIn(changes, "skills/languages.yaml", "prerequisites: [rust]"),
        col: 21,
        message: "prerequisite cycle: go → rust → go",
      },
    ]);
  });

  test("GIVEN a cycle through three skills in two files WHEN validated THEN every step of it is named", () => {
    const changes = {
      ...sampleWith("skills/languages.yaml", "prerequisites: []", "prerequisites: [docker]"),
      ...sampleWith("skills/delivery.yaml", "prerequisites: [go]", "prerequisites: [rust]"),
    };
    const messages = problemsOf(changes).map((p) => `${p.file}:${p.line} ${p.message}`);
    expect(messages).toEqual([
      `skills/delivery.yaml:${lineIn(changes, "skills/delivery.yaml", "prerequisites: [rust]")} prerequisite cycle: docker → rust → go → docker`,
    ]);
  });

  test("GIVEN a skill listing itself as a prerequisite WHEN validated THEN it is told once, not again as a cycle", () => {
    const changes = sampleWith("skills/languages.yaml", "prerequisites: []", "prerequisites: [go]");
    expect(problemsOf(changes).map((p) => p.message)).toEqual([
      'skill "go" lists itself as a prerequisite',
    ]);
  });

  test("GIVEN an answer index past the last option WHEN validated THEN the answer line says the allowed range and quotes the index", () => {
    const changes = sampleWith(
      "questions/languages.yaml",
      "answer: 0\n    explanation: It",
      "answer: 3\n    explanation: It",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "questions/languages.yaml",
        line: lineIn(changes, "questions/languages.yaml", "answer: 3"),
        col: 13,
        message: 'questions.1.answer: answer index 3 is out of range (options 0–2) (got "3")',
      },
    ]);
  });

  test("GIVEN two options that differ only in case WHEN validated THEN the repeated option is pointed at and quoted", () => {
    const changes = sampleWith("questions/languages.yaml", "[go, async, spawn]", "[go, async, Go]");
    expect(problemsOf(changes)).toEqual([
      {
        file: "questions/languages.yaml",
        line: lineIn(changes, "questions/languages.yaml", "[go, async, Go]"),
        col: 26,
        message: 'questions.0.options.2: duplicate option "Go" (same as option 0) (got "Go")',
      },
    ]);
  });

  test("GIVEN a question with two options WHEN validated THEN its options line says 3 to 5 are needed", () => {
    const changes = sampleWith("questions/languages.yaml", "[go, async, spawn]", "[go, async]");
    expect(problemsOf(changes)).toEqual([
      {
        file: "questions/languages.yaml",
        line: lineIn(changes, "questions/languages.yaml", "[go, async]"),
        col: 14,
        message: "questions.0.options: needs 3 to 5 options",
      },
    ]);
  });

  test("GIVEN a rubric without level 4 WHEN validated THEN the rubric is reported as missing that level", () => {
    const changes = sampleWith(
      "skills/delivery.yaml",
      "      4: Hardens images and the build supply chain.\n",
      "",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/delivery.yaml",
        line: lineIn(changes, "skills/delivery.yaml", "1: Runs a container"),
        col: 7,
        message: "skills.0.rubric.4: missing (string required)",
      },
    ]);
  });

  test("GIVEN an empty rubric level 2 WHEN validated THEN the level 2 line itself is reported, not the rubric's first line", () => {
    const changes = sampleWith(
      "skills/delivery.yaml",
      "2: Writes a Dockerfile for a service.",
      '2: ""',
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/delivery.yaml",
        line: lineIn(changes, "skills/delivery.yaml", '2: ""'),
        col: 10,
        message: 'skills.0.rubric.2: must not be empty (got "")',
      },
    ]);
  });

  test("GIVEN a misspelt field WHEN validated THEN the field's key is reported and quoted", () => {
    const changes = sampleWith(
      "skills/delivery.yaml",
      "    summary: Packaging",
      "    sumary: x\n    summary: Packaging",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/delivery.yaml",
        line: lineIn(changes, "skills/delivery.yaml", "sumary: x"),
        col: 5,
        message: 'skills.0: unknown field "sumary"',
      },
    ]);
  });

  test("GIVEN a skill without a name WHEN validated THEN the skill is reported as missing it", () => {
    const changes = sampleWith("skills/delivery.yaml", "    name: Docker\n", "");
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/delivery.yaml",
        line: lineIn(changes, "skills/delivery.yaml", "- id: docker"),
        col: 5,
        message: "skills.0.name: missing (string required)",
      },
    ]);
  });

  test("GIVEN an http resource and a non-kebab id WHEN validated THEN both values are quoted on their lines", () => {
    const changes = sampleWith(
      "skills/delivery.yaml",
      "url: https://docs.docker.com/",
      "url: http://docs.docker.com/",
    );
    const withBadId = {
      "skills/languages.yaml": SAMPLE_FILES["skills/languages.yaml"].replace(
        "id: rust",
        "id: Rust_Lang",
      ),
    };
    const problems = problemsOf({ ...changes, ...withBadId });
    // rust-1 and the track still use "rust", which no longer exists under that id
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      `questions/languages.yaml:${lineOf(SAMPLE_FILES["questions/languages.yaml"], "skillId: rust")} question "rust-1" is about unknown skill id "rust"`,
      `skills/delivery.yaml:${lineIn(changes, "skills/delivery.yaml", "url: http:")} skills.0.resources.0.url: must be an https URL (got "http://docs.docker.com/")`,
      `skills/languages.yaml:${lineIn(withBadId, "skills/languages.yaml", "id: Rust_Lang")} skills.1.id: must be kebab-case: lowercase letters, digits, single dashes (got "Rust_Lang")`,
      `tracks.yaml:${lineOf(SAMPLE_FILES["tracks.yaml"], "rust: 2")} track "sample-role" targets unknown skill id "rust"`,
    ]);
  });

  test("GIVEN a skill with four resources WHEN validated THEN its resources list is reported", () => {
    const resource =
      "      - title: Docker documentation\n        url: https://docs.docker.com/\n        kind: docs\n";
    const changes = sampleWith("skills/delivery.yaml", resource, resource.repeat(4));
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/delivery.yaml",
        line: lineIn(changes, "skills/delivery.yaml", "- title: Docker documentation"),
        col: 7,
        message: "skills.0.resources: at most 3 resources",
      },
    ]);
  });

  test("GIVEN a track target above level 4 WHEN validated THEN the target is reported, and the track's other uses are not", () => {
    const changes = sampleWith("tracks.yaml", "docker: 2", "docker: 5");
    // defaultTrack names this track: the track exists, it is just invalid, so that is not a problem.
    expect(problemsOf(changes)).toEqual([
      {
        file: "tracks.yaml",
        line: lineIn(changes, "tracks.yaml", "docker: 5"),
        col: 15,
        message: 'tracks.0.targets.docker: Too big: expected number to be <=4 (got "5")',
      },
    ]);
  });

  test("GIVEN an invalid skill that others depend on WHEN validated THEN only the skill's own problem is reported", () => {
    const changes = sampleWith("skills/languages.yaml", "    name: Go\n", "");
    // rust and docker need go, the track and a question use it: none of them is wrong.
    expect(problemsOf(changes).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      "skills/languages.yaml:2 skills.0.name: missing (string required)",
    ]);
  });

  test("GIVEN an alias two skills answer to WHEN validated THEN the second use is reported with both skills", () => {
    const changes = sampleWith(
      "skills/delivery.yaml",
      "aliases: [containers]",
      "aliases: [golang]",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "skills/languages.yaml",
        line: lineIn(changes, "skills/languages.yaml", "aliases: [golang]"),
        col: 15,
        message: 'skill "go" uses "golang", already used by skill "docker"',
      },
    ]);
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

  test("GIVEN a defaultTrack that is not a track WHEN validated THEN the defaultTrack line quotes it", () => {
    const changes = sampleWith("matrix.yaml", "defaultTrack: sample-role", "defaultTrack: nobody");
    expect(problemsOf(changes)).toEqual([
      {
        file: "matrix.yaml",
        line: 3,
        col: 15,
        message: 'defaultTrack "nobody" is not a track in tracks.yaml',
      },
    ]);
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
