import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { analyseQuestion } from "../src/features/ask.ts";
import { KnowledgeBase } from "../src/knowledge/knowledge-base.ts";
import { loadMatrix } from "../src/knowledge/load-matrix.ts";
import { MatrixIndex } from "../src/knowledge/matrix-index.ts";
import { generateMatrix } from "./generate-matrix.ts";
import { JOB_ADVERT, PROSE, pasted } from "./pastes.ts";
import { ms, percentile, sideBySide } from "./stats.ts";

const QUESTIONS = [
  "what should I learn for MLOps?",
  "how do i level up my pyhton",
  "k8s vs docker?",
  "who can help me with sklearn pipelines",
  "quiz me on linear algebra",
  "tips for collaborating better with the data eng team",
  "whats the best way to learn linalg for ml",
  "what's for lunch",
];

/** `ask` p50/p99 in-process on a matrix, beside a plain MiniSearch fuzzy query of the same text. */
async function measure(dir: string, label: string, goalMs: number): Promise<string[]> {
  const loaded = loadMatrix(dir);
  if (!loaded.ok) throw new Error(`${dir} is invalid`);
  const kb = new KnowledgeBase(loaded.matrix);
  const index = new MatrixIndex(kb);
  const raw = new MiniSearch({ fields: ["name", "aliases", "summary"], storeFields: ["id"] });
  raw.addAll(
    kb.skills.map((s) => ({
      id: s.id,
      name: s.name,
      aliases: s.aliases.join(" "),
      summary: s.summary,
    })),
  );
  for (let i = 0; i < 50; i++) analyseQuestion(text(i), kb, index); // warm-up
  const { work, baseline } = await sideBySide(
    2000,
    (i) => analyseQuestion(text(i), kb, index),
    (i) => raw.search(text(i), { fuzzy: 0.2, prefix: true }),
  );
  const p99 = percentile(work, 99);
  return [
    `ask on ${label} (${kb.skills.length} skills): p50 ${ms(percentile(work, 50))}, p99 ${ms(p99)} (goal ≤ ${goalMs} ms: ${p99 <= goalMs ? "met" : "MISSED"})`,
    `  raw MiniSearch fuzzy query: p50 ${ms(percentile(baseline, 50))}, p99 ${ms(percentile(baseline, 99))}; ask/raw p50 ratio ${(percentile(work, 50) / percentile(baseline, 50)).toFixed(2)}`,
  ];
}

/**
 * The longest message Slack or Discord delivers (4,000 characters) as 700 short made-up words,
 * beside a typical question, on the shipped matrix. Matching is synchronous: while it runs,
 * nobody else is answered.
 */
async function longMessage(): Promise<string[]> {
  const loaded = loadMatrix("knowledge/ml-engineer");
  if (!loaded.ok) throw new Error("the shipped matrix is invalid");
  const kb = new KnowledgeBase(loaded.matrix);
  const index = new MatrixIndex(kb);
  const essay = (i: number) =>
    Array.from({ length: 700 }, (_, k) => `w${(k * 7919 + i) % 1000}x`)
      .join(" ")
      .slice(0, 4000);
  const { work, baseline } = await sideBySide(
    40,
    (i) => analyseQuestion(essay(i), kb, index),
    (i) => analyseQuestion(text(i), kb, index),
  );
  return [
    `ask on a 4,000-character message of 700 words: p50 ${ms(percentile(work, 50))}, p99 ${ms(percentile(work, 99))}; a typical question p50 ${ms(percentile(baseline, 50))}`,
  ];
}

/**
 * A pasted job advert (tech words, typos) and pasted prose, 4,000 characters each, on a
 * matrix, beside a typical question. Each paste is read by an index that has seen none of its
 * words before, as the first paste after a start would be: words once looked up are kept.
 */
async function pastes(dir: string, label: string): Promise<string[]> {
  const loaded = loadMatrix(dir);
  if (!loaded.ok) throw new Error(`${dir} is invalid`);
  const kb = new KnowledgeBase(loaded.matrix);
  const index = new MatrixIndex(kb);
  const rounds = 20;
  const lines: string[] = [];
  for (const [name, paste] of [
    ["job advert", pasted(JOB_ADVERT)],
    ["prose", pasted(PROSE)],
  ] as const) {
    const fresh = Array.from({ length: rounds }, () => new MatrixIndex(kb));
    const { work, baseline } = await sideBySide(
      rounds,
      (i) => fresh[i] && analyseQuestion(paste, kb, fresh[i]),
      (i) => analyseQuestion(text(i), kb, index),
    );
    lines.push(
      `ask on a pasted ${name} (4,000 characters, words not seen before) on ${label} (${kb.skills.length} skills): p50 ${ms(percentile(work, 50))}, p99 ${ms(percentile(work, 99))}; paste/question p50 ratio ${(percentile(work, 50) / percentile(baseline, 50)).toFixed(1)}`,
    );
  }
  return lines;
}

const text = (i: number) => QUESTIONS[i % QUESTIONS.length] ?? "";

export async function bench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-bench-ask-"));
  const small = mkdtempSync(join(tmpdir(), "skillbot-bench-ask-300-"));
  try {
    generateMatrix(dir, 10_000);
    generateMatrix(small, 300);
    return [
      ...(await measure("knowledge/ml-engineer", "the shipped matrix", 5)),
      ...(await measure(dir, "a generated matrix", 50)),
      ...(await longMessage()),
      ...(await pastes("knowledge/ml-engineer", "the shipped matrix")),
      ...(await pastes(small, "a generated matrix")),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(small, { recursive: true, force: true });
  }
}
