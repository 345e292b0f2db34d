// Shared by the validator-errors tests: load the sample matrix with one thing broken, and read
// back the problems the validator found, with paths relative to the matrix.
import { sep } from "node:path";
import { afterEach } from "vitest";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import type { Problem } from "../../src/knowledge/problem.ts";
import {
  lineOf,
  removeDir,
  SAMPLE_FILES,
  type SampleFile,
  writeSampleMatrix,
} from "./sample-matrix.ts";

/** Matrix directories written by the running test; push any written outside `problemsOf`. */
export const dirs: string[] = [];

/** Removes, after each test, every directory in `dirs`. */
export function removeSampleMatricesAfterEach(): void {
  afterEach(() => {
    for (const dir of dirs.splice(0)) removeDir(dir);
  });
}

/** Loads the sample matrix with `changes` applied; the problems, with paths relative to it. */
export function problemsOf(changes: Record<string, string | null>): Problem[] {
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
export function lineIn(
  changes: Record<string, string | null>,
  file: SampleFile,
  needle: string,
  nth = 1,
) {
  return lineOf(changes[file] ?? SAMPLE_FILES[file], needle, nth);
}
