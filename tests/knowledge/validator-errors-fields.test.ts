// Problems inside one definition: a field missing, misspelt, empty or out of range, each pinned
// to the line that holds it.
import { describe, expect, test } from "vitest";
import { lineOf, SAMPLE_FILES, sampleWith } from "./sample-matrix.ts";
import { lineIn, problemsOf, removeSampleMatricesAfterEach } from "./validator-problems.ts";

removeSampleMatricesAfterEach();

describe("the validator pins each kind of problem to the file and line that causes it", () => {
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
});
