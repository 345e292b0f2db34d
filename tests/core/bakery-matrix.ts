import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A team's own small matrix, as a team might first bring one: two areas, three skills (pastry
 * builds on baking), and unless asked for, no tracks and no quiz questions. Written to a fresh
 * temp dir; the path goes in SKILLBOT_MATRIX.
 */
export function writeBakeryMatrix(
  options: {
    /** Skills that get one quiz question each. */
    questionsFor?: readonly string[];
    /** Targets of one track, "Bakery Chef", when the matrix should have one. */
    track?: Readonly<Record<string, number>>;
  } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-bakery-"));
  mkdirSync(join(dir, "skills"));
  writeFileSync(
    join(dir, "matrix.yaml"),
    `id: bakery
name: Bakery Team
areas:
  - id: cooking
    name: Cooking
    summary: Making food.
  - id: serving
    name: Serving
    summary: Bringing food to the table.
`,
  );
  const skill = (id: string, name: string, area: string, prerequisites: string[] = []) => `
  - id: ${id}
    name: ${name}
    areaId: ${area}
    summary: ${name} well.
    prerequisites: [${prerequisites.join(", ")}]
    rubric:
      1: Has seen it done.
      2: Does it from a recipe.
      3: Adapts it.
      4: Teaches it.`;
  writeFileSync(
    join(dir, "skills", "all.yaml"),
    `skills:${skill("baking", "Baking", "cooking")}${skill("pastry", "Pastry", "cooking", ["baking"])}${skill("plating", "Plating", "serving")}\n`,
  );
  if (options.questionsFor?.length) {
    mkdirSync(join(dir, "questions"));
    const questions = options.questionsFor.map(
      (skillId) => `
  - id: ${skillId}-1
    skillId: ${skillId}
    difficulty: 1
    prompt: What comes first in ${skillId}?
    options: [Reading the recipe, Guessing, Skipping it]
    answer: 0
    explanation: The recipe says what to do.`,
    );
    writeFileSync(join(dir, "questions", "all.yaml"), `questions:${questions.join("")}\n`);
  }
  if (options.track) {
    const targets = Object.entries(options.track).map(([id, level]) => `      ${id}: ${level}`);
    writeFileSync(
      join(dir, "tracks.yaml"),
      `tracks:\n  - id: bakery-chef\n    name: Bakery Chef\n    targets:\n${targets.join("\n")}\n`,
    );
  }
  return dir;
}
