import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { loadMatrix } from "../src/knowledge/load-matrix.ts";
import { generateMatrix } from "./generate-matrix.ts";
import { ms, percentile, sideBySide } from "./stats.ts";

const SHIPPED = join(import.meta.dirname, "..", "knowledge", "ml-engineer");
const GENERATED_SKILLS = 10_000;
// A 10,000-skill load takes seconds: fewer runs there, enough for a median.
const RUNS = { shipped: 15, generated: 5 } as const;

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * loadMatrix (read, safe YAML parse, zod, cross-checks) against JSON.parse of the same content
 * already in memory, run alternately so machine noise hits both alike; medians and their ratio.
 */
async function measure(dir: string, label: string, runs: number): Promise<string> {
  const files = yamlFilesUnder(dir);
  const yamlBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const json = files.map((file) => JSON.stringify(parse(readFileSync(file, "utf8"))));
  const load = () => {
    const result = loadMatrix(dir);
    if (!result.ok)
      throw new Error(`${dir} is not a valid matrix: the benchmark would time errors`);
    return result.matrix;
  };
  const parseJson = () => {
    for (const text of json) JSON.parse(text);
  };
  const { areas, skills, questions } = load(); // warm-up, and the counts to report
  parseJson();
  const times = await sideBySide(runs, load, parseJson);
  const loadMs = percentile(times.work, 50);
  const jsonMs = percentile(times.baseline, 50);
  return (
    `load + validate ${label} (${areas.length} areas, ${skills.length} skills, ` +
    `${questions.length} questions; ${files.length} files, ${megabytes(yamlBytes)} YAML): ` +
    `median ${ms(loadMs)} vs JSON.parse of the same content ${ms(jsonMs)}: ` +
    `${(loadMs / jsonMs).toFixed(0)}× (median of ${runs} side-by-side runs)`
  );
}

export async function bench(): Promise<string[]> {
  const lines = [await measure(SHIPPED, "the shipped matrix", RUNS.shipped)];
  const dir = mkdtempSync(join(tmpdir(), "skillbot-bench-knowledge-"));
  try {
    generateMatrix(dir, GENERATED_SKILLS);
    lines.push(await measure(dir, "a generated matrix", RUNS.generated));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
