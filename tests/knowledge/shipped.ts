import { join } from "node:path";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import { formatProblem } from "../../src/knowledge/problem.ts";
import type { MatrixData } from "../../src/knowledge/schema.ts";

/** The matrix Skillbot ships with. */
export const SHIPPED_DIR = join(import.meta.dirname, "..", "..", "knowledge", "ml-engineer");

/** The second matrix, for another role: proves nothing is tied to the ML engineer. */
export const FRONTEND_DIR = join(import.meta.dirname, "..", "fixtures", "frontend-engineer");

export function loadValid(dir: string): MatrixData {
  const result = loadMatrix(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.matrix;
}
