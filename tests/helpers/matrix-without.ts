import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";

/**
 * A copy of the default matrix without some questions, as a team would ship it after editing:
 * for what happens to rounds and review cards that point at a question that is gone.
 */
export function matrixWithout(questionIds: readonly string[]): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-matrix-"));
  cpSync("knowledge/ml-engineer", dir, { recursive: true });
  for (const file of readdirSync(join(dir, "questions"))) {
    const path = join(dir, "questions", file);
    const doc = parse(readFileSync(path, "utf8")) as { questions: { id: string }[] };
    doc.questions = doc.questions.filter((question) => !questionIds.includes(question.id));
    writeFileSync(path, stringify(doc));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
