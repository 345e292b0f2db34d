// Empty sets that would load and then make the bot say false things ("you have covered
// everything", a topic with nothing in it): each is refused, naming where to fix it.
import { describe, expect, test } from "vitest";
import { sampleWith } from "./sample-matrix.ts";
import { lineIn, problemsOf, removeSampleMatricesAfterEach } from "./validator-problems.ts";

removeSampleMatricesAfterEach();

const withoutSkills = {
  "skills/languages.yaml": null,
  "skills/delivery.yaml": null,
  "questions/languages.yaml": null,
  "tracks.yaml": null,
  "matrix.yaml":
    "id: sample\nname: Sample\nareas:\n  - id: languages\n    name: Languages\n    summary: The languages the team writes.\n",
};

describe("a matrix must have something in every set it declares", () => {
  test.each([
    ["no skills folder", withoutSkills],
    [
      "a skills file with an empty list",
      { ...withoutSkills, "skills/languages.yaml": "skills: []\n" },
    ],
  ])(
    "GIVEN %s WHEN validated THEN it says no skills were found in skills/*.yaml",
    (_case, changes) => {
      expect(problemsOf(changes)).toEqual([
        {
          file: "skills",
          line: 1,
          col: 1,
          message: "no skills found in skills/*.yaml: a matrix needs at least one skill",
        },
      ]);
    },
  );

  test("GIVEN a skills file that is broken WHEN validated THEN only its own problem is told, not that no skills were found", () => {
    const problems = problemsOf({ ...withoutSkills, "skills/languages.yaml": "skills:\n" });
    expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
      "skills/languages.yaml skills: Invalid input: expected array, received null",
    ]);
  });

  test("GIVEN an area no skill belongs to WHEN validated THEN the area's line says it has no skills", () => {
    const changes = sampleWith(
      "matrix.yaml",
      "  - id: delivery",
      "  - id: security\n    name: Security\n    summary: Keeping things safe.\n  - id: delivery",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "matrix.yaml",
        line: lineIn(changes, "matrix.yaml", "id: security"),
        col: 9,
        message: 'area "security" has no skills: give a skill areaId: security, or remove the area',
      },
    ]);
  });

  test("GIVEN a track whose targets are empty WHEN validated THEN the targets line says the track targets no skills", () => {
    const changes = sampleWith(
      "tracks.yaml",
      "      docker: 2\n",
      "      docker: 2\n  - id: manager\n    name: Manager\n    targets: {}\n",
    );
    expect(problemsOf(changes)).toEqual([
      {
        file: "tracks.yaml",
        line: lineIn(changes, "tracks.yaml", "targets: {}"),
        col: 14,
        message: 'track "manager" targets no skills: list at least one skill id and its level',
      },
    ]);
  });
});
