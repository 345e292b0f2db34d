import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { formatProblem } from "../../src/knowledge/problem.ts";
import { cli } from "./memory-io.ts";
import { lineOf, removeDir } from "./sample-matrix.ts";
import { FRONTEND_DIR, loadValid } from "./shipped.ts";

const matrix = loadValid(FRONTEND_DIR);
const kb = new KnowledgeBase(matrix);
const index = new MatrixIndex(kb);
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) removeDir(dir);
});

describe("a matrix for another role (frontend engineer) works like the shipped one", () => {
  test("GIVEN the frontend matrix WHEN loaded THEN its own areas, skills, track and questions come back in matrix order", () => {
    expect(matrix.id).toBe("frontend-engineer");
    expect(matrix.areas.map((a) => a.id)).toEqual([
      "web-platform",
      "javascript-frameworks",
      "quality-delivery",
    ]);
    expect(matrix.skills.map((s) => s.id)).toEqual([
      "html",
      "css",
      "accessibility",
      "javascript",
      "typescript",
      "react",
      "frontend-testing",
      "web-performance",
    ]);
    expect(kb.defaultTrack?.id).toBe("frontend-engineer");
    expect(matrix.questions).toHaveLength(8);
  });

  test("GIVEN the frontend skills WHEN ordered for a path THEN prerequisites come first", () => {
    expect(
      kb.prerequisitesFirst(["react", "web-performance", "javascript", "html", "css"]),
    ).toEqual(["javascript", "html", "react", "css", "web-performance"]);
  });

  test.each([
    ["a11y", "skill", "accessibility"],
    ["ts", "skill", "typescript"],
    ["react.js", "skill", "react"],
    ["front end", "track", "frontend-engineer"],
    ["js frameworks", "area", "javascript-frameworks"],
  ] as const)(
    "GIVEN someone types %j WHEN resolved THEN the frontend matrix's %s %s is found",
    (term, kind, id) => {
      expect(index.resolve(term, ["skill", "area", "track"])).toEqual({
        kind: "found",
        ref: { kind, id },
        exact: true,
      });
    },
  );

  test("GIVEN a copy of the frontend matrix with a bad prerequisite and answer WHEN validated THEN the problems point into that copy", () => {
    const dir = mkdtempSync(join(tmpdir(), "skillbot-frontend-"));
    copies.push(dir);
    cpSync(FRONTEND_DIR, dir, { recursive: true });
    const skills = join(dir, "skills", "javascript-frameworks.yaml");
    const questions = join(dir, "questions", "quality-delivery.yaml");
    const skillsText = readFileSync(skills, "utf8").replace(
      "prerequisites: [javascript, html]",
      "prerequisites: [javascript, vue]",
    );
    const questionsText = readFileSync(questions, "utf8").replace("answer: 2", "answer: 3");
    writeFileSync(skills, skillsText);
    writeFileSync(questions, questionsText);

    const result = loadMatrix(dir);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${questions}:${lineOf(questionsText, "answer: 3")}:13 questions.1.answer: answer index 3 is out of range (options 0–2) (got "3")`,
      `${skills}:${lineOf(skillsText, "prerequisites: [javascript, vue]")}:33 unknown prerequisite skill id "vue"`,
    ]);
  });

  test("GIVEN SKILLBOT_MATRIX points at the frontend matrix WHEN kb validate runs without a directory THEN that matrix is checked", async () => {
    const run = await cli(["kb", "validate"], { SKILLBOT_MATRIX: FRONTEND_DIR });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: valid \(3 areas, 8 skills, 1 tracks?, 8 questions\)$/);
  });

  test("GIVEN the frontend matrix WHEN exported as JSON THEN its skills and questions are exported", async () => {
    const run = await cli(["kb", "export", "--json", "--matrix", FRONTEND_DIR]);
    const exported = JSON.parse(run.stdout) as { id: string; skills: { id: string }[] };
    expect(run.code).toBe(0);
    expect(exported.id).toBe("frontend-engineer");
    expect(exported.skills.map((s) => s.id)).toEqual(matrix.skills.map((s) => s.id));
  });
});
