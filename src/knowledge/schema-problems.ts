import type { z } from "zod";
import { type Problem, quote } from "./problem.ts";
import type { YamlFile } from "./yaml-file.ts";

/** Turns zod issues into problems at the line and column where the bad value is written. */
export function schemaProblems(yaml: YamlFile, issues: ReadonlyArray<z.core.$ZodIssue>): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const where = path.length > 0 ? `${path.join(".")}: ` : "";
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file: yaml.file,
        ...yaml.keyPositionOf(path, key),
        message: `${where}unknown field ${quote(key)}`,
      }));
    }
    if (issue.code === "invalid_key") {
      // A bad track target id: say what is wrong with the key, pointing at the key itself.
      const key = String(path.at(-1));
      const parent = path.slice(0, -1);
      const why = issue.issues.map((inner) => inner.message).join("; ");
      return [
        {
          file: yaml.file,
          ...yaml.keyPositionOf(parent, key),
          message: `${parent.join(".")}: key ${quote(key)} ${why}`,
        },
      ];
    }
    const value = yaml.valueAt(path);
    const missing =
      issue.code === "invalid_type" && value === undefined && !hasPath(yaml.data, path);
    const message = missing
      ? `${where}missing (${issue.expected} required)`
      : `${where}${issue.message}${value !== undefined && value !== null ? ` (got ${quote(value)})` : ""}`;
    return [{ file: yaml.file, ...yaml.positionOf(path), message }];
  });
}

function hasPath(data: unknown, path: ReadonlyArray<string | number>): boolean {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}
