import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import { loadMatrix } from "./load-matrix.ts";
import { formatProblem } from "./problem.ts";
import type { MatrixData } from "./schema.ts";

const YAML_OPTIONS = { lineWidth: 100 } as const;

/**
 * Writes a matrix as a directory of YAML files. Everything is written to a sibling temporary
 * directory first, validated like any matrix, and moved into place only when valid, so a
 * failure leaves nothing half-written.
 */
export function writeMatrixDir(matrix: MatrixData, outDir: string): void {
  const target = resolve(outDir);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new Error(`${outDir} already exists and is not empty`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  try {
    const { areas, skills, tracks, questions, ...head } = matrix;
    writeFileSync(join(staging, "matrix.yaml"), stringify({ ...head, areas }, YAML_OPTIONS));
    writeFileSync(join(staging, "tracks.yaml"), stringify({ tracks }, YAML_OPTIONS));
    mkdirSync(join(staging, "skills"));
    mkdirSync(join(staging, "questions"));
    for (const area of areas) {
      const inArea = skills.filter((s) => s.areaId === area.id);
      writeFileSync(
        join(staging, "skills", `${area.id}.yaml`),
        stringify({ skills: inArea }, YAML_OPTIONS),
      );
      const asked = questions.filter((q) => inArea.some((s) => s.id === q.skillId));
      if (asked.length > 0) {
        writeFileSync(
          join(staging, "questions", `${area.id}.yaml`),
          stringify({ questions: asked }, YAML_OPTIONS),
        );
      }
    }
    const check = loadMatrix(staging);
    if (!check.ok)
      throw new Error(
        `the written matrix is invalid: ${check.problems.map(formatProblem).join("; ")}`,
      );
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
