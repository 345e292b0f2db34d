// Problems with what the matrix files say about each other: unknown and duplicate ids, prerequisite
// cycles, words shared by skills, areas and tracks, and no knock-on reports from a skill that is itself invalid.
import { describe, expect, test } from "vitest";
import { lineOf, SAMPLE_FILES, sampleWith } from "./sample-matrix.ts";
import { lineIn, problemsOf, removeSampleMatricesAfterEach } from "./validator-problems.ts";

removeSampleMatricesAfterEach();

describe("the validator pins each kind of problem to the file and line that causes it", () => {
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

  test("GIVEN a track named like an area WHEN validated THEN the track is reported, since `path security` could mean either", () => {
    const changes = {
      ...sampleWith(
        "tracks.yaml",
        "      docker: 2\n",
        "      docker: 2\n  - id: delivery-lead\n    name: Delivery\n    targets: {docker: 4}\n",
      ),
    };
    expect(problemsOf(changes)).toEqual([
      {
        file: "tracks.yaml",
        line: lineIn(changes, "tracks.yaml", "name: Delivery"),
        col: 11,
        message: 'track "delivery-lead" uses "Delivery", already used by area "delivery"',
      },
    ]);
  });

  test("GIVEN an area whose alias is a skill's name, and a track whose id is a skill's id WHEN validated THEN each is reported once, at the word that clashes", () => {
    const changes = {
      ...sampleWith(
        "matrix.yaml",
        "    name: Languages\n",
        "    name: Languages\n    aliases: [rust]\n",
      ),
      ...sampleWith(
        "tracks.yaml",
        "      docker: 2\n",
        "      docker: 2\n  - id: go\n    name: Go\n    targets: {go: 4}\n",
      ),
    };
    expect(problemsOf(changes)).toEqual([
      {
        file: "matrix.yaml",
        line: lineIn(changes, "matrix.yaml", "aliases: [rust]"),
        col: 15,
        message: 'area "languages" uses "rust", already used by skill "rust"',
      },
      {
        file: "tracks.yaml",
        line: lineIn(changes, "tracks.yaml", "id: go"),
        col: 9,
        message: 'track "go" uses "go", already used by skill "go"',
      },
    ]);
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
});
