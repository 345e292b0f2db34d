import { lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "./problem.ts";
import { decodeUtf8 } from "./utf8-text.ts";
import { YAML_LIMITS } from "./yaml-file.ts";

/**
 * The matrix's files on disk. Whatever the filesystem throws (a file where a folder should be,
 * a folder named like a file, no permission, a dangling link) becomes a problem naming the path,
 * so a person sees what to fix instead of an unexpected error.
 */

/** `.yaml` or `.yml`, in any case: `Go.YAML` is as much a skills file as `go.yaml`. */
export const YAML_EXTENSION = /\.ya?ml$/i;

export type PathKind = "missing" | "file" | "directory";
export type Found<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const problemAt = (file: string, message: string): Problem => ({ file, line: 1, col: 1, message });

/** What is at `path`, following links. */
export function kindOf(path: string): Found<PathKind> {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { ok: true, value: "directory" };
    if (stats.isFile()) return { ok: true, value: "file" };
    return { ok: false, problem: problemAt(path, "is not a regular file or directory") };
  } catch (error) {
    if (codeOf(error) !== "ENOENT")
      return { ok: false, problem: problemAt(path, fsMessage(error)) };
    return isLink(path)
      ? { ok: false, problem: problemAt(path, "is a link to a file that does not exist") }
      : { ok: true, value: "missing" };
  }
}

/** The text of a file that should be there, checked for size and UTF-8. */
export function readMatrixText(file: string): Found<string> {
  const kind = kindOf(file);
  if (!kind.ok) return kind;
  if (kind.value === "directory")
    return { ok: false, problem: problemAt(file, "is a directory, not a file") };
  try {
    const size = statSync(file).size;
    if (size > YAML_LIMITS.maxFileBytes) {
      const message = `file is ${size} bytes, over the ${YAML_LIMITS.maxFileBytes}-byte limit`;
      return { ok: false, problem: problemAt(file, message) };
    }
    const decoded = decodeUtf8(readFileSync(file));
    if (!decoded.ok) {
      const { line, col, message } = decoded;
      return { ok: false, problem: { file, line, col, message } };
    }
    return { ok: true, value: decoded.text };
  } catch (error) {
    return { ok: false, problem: problemAt(file, fsMessage(error)) };
  }
}

/**
 * The YAML files directly in `skills/` or `questions/`, in name order. A folder inside is
 * reported, not read: loading it would count an archived copy (`skills/old/`) twice, and
 * skipping it silently would drop skills someone meant to add. Hidden names (editor lock and
 * backup files such as `.#go.yaml`) are skipped.
 */
export function yamlFilesIn(
  dir: string,
  what: "skills" | "questions",
): {
  files: string[];
  problems: Problem[];
} {
  const kind = kindOf(dir);
  if (!kind.ok) return { files: [], problems: [kind.problem] };
  if (kind.value === "missing") return { files: [], problems: [] };
  if (kind.value === "file")
    return {
      files: [],
      problems: [problemAt(dir, `is a file, not a directory: ${what} go in ${what}/*.yaml`)],
    };
  const listed = namesIn(dir);
  if (!listed.ok) return { files: [], problems: [listed.problem] };
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const name of listed.value.filter((n) => !n.startsWith(".")).sort()) {
    const path = join(dir, name);
    const entry = kindOf(path);
    if (!entry.ok) {
      if (YAML_EXTENSION.test(name)) problems.push(entry.problem);
    } else if (entry.value === "directory") {
      problems.push(
        problemAt(
          path,
          `is a folder: only ${what}/*.yaml is read, not folders inside it; move its files into ${what}/`,
        ),
      );
    } else if (entry.value === "file" && YAML_EXTENSION.test(name)) files.push(path);
  }
  return { files, problems };
}

/** The names in a directory, or why they cannot be listed. */
export function namesIn(dir: string): Found<string[]> {
  try {
    return { ok: true, value: readdirSync(dir) };
  } catch (error) {
    return { ok: false, problem: problemAt(dir, fsMessage(error)) };
  }
}

/** A filesystem error in words a person can act on. */
export function fsMessage(error: unknown): string {
  switch (codeOf(error)) {
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "EISDIR":
      return "is a directory, not a file";
    case "ENOTDIR":
      return "is not a directory (a file is in the way)";
    case "ENOENT":
      return "does not exist";
    case "ELOOP":
      return "is a link that loops back on itself";
    default:
      return `cannot be read (${codeOf(error) ?? String(error)})`;
  }
}

function codeOf(error: unknown): string | undefined {
  const code = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" ? code : undefined;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
