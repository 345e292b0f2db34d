import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { generateMatrix } from "../../bench/generate-matrix.ts";
import { JOB_ADVERT, PROSE, pasted } from "../../bench/pastes.ts";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { writeBakeryMatrix } from "../core/bakery-matrix.ts";
import { FRONTEND_DIR, loadValid, SHIPPED_DIR } from "./shipped.ts";

// What people type at a matrix, varied enough to catch any change in what mentions() finds:
// questions as asked, names mistyped every way a typo search forgives (and some it does not),
// and 4,000-character pastes of a job advert, of prose and of the matrix's own names.

/** The matrices the corpus is typed at: names of tools, of everyday words, made-up, of a bakery. */
export function corpusMatrices(): { name: string; index: MatrixIndex; kb: KnowledgeBase }[] {
  const generated = mkdtempSync(join(tmpdir(), "skillbot-mentions-"));
  generateMatrix(generated, 300);
  return [
    ["ml-engineer", SHIPPED_DIR],
    ["frontend-engineer", FRONTEND_DIR],
    ["generated-300", generated],
    ["bakery", writeBakeryMatrix()],
  ].map(([name = "", dir = ""]) => {
    const kb = new KnowledgeBase(loadValid(dir));
    return { name, kb, index: new MatrixIndex(kb) };
  });
}

/** One word mistyped every way people do, some forgiven by the typo search and some not. */
function misspellings(word: string): string[] {
  if (word.length < 3) return [word];
  const at = Math.floor(word.length / 2);
  const swap = (s: string, i: number) => `${s.slice(0, i)}${s[i + 1]}${s[i]}${s.slice(i + 2)}`;
  return [
    swap(word, 1),
    swap(swap(word, 0), word.length - 2),
    `${word.slice(0, at)}${word.slice(at + 1)}`,
    `${word.slice(0, at)}${word[at]}${word.slice(at)}`,
    `${word.slice(0, at)}x${word.slice(at + 1)}`,
    word.slice(0, Math.max(3, Math.ceil(word.length * 0.6))),
    word.replace(/ing$/, "e"),
    `${word}s`,
    word.toUpperCase(),
  ];
}

/** Sentences around a name, as it is asked about, compared, rated or mentioned in passing. */
const SENTENCES = [
  (x: string) => x,
  (x: string) => `how do i get better at ${x}`,
  (x: string) => `what is ${x} and where do I start`,
  (x: string) => `${x} vs docker?`,
  (x: string) => `rate my ${x} 3`,
  (x: string) => `the team talked about ${x} over lunch, any experience?`,
];

/** Every text of the corpus for one matrix, in a fixed order. */
export function corpusFor(kb: KnowledgeBase): string[] {
  const questions = (
    parse(readFileSync("tests/fixtures/ask-eval.yaml", "utf8")) as { questions: { text: string }[] }
  ).questions.map((q) => q.text);
  const names = kb.skills
    .slice(0, 12)
    .flatMap((s) => [s.name, ...s.aliases])
    .concat(
      kb.areas.map((a) => a.name),
      kb.tracks.map((t) => t.name),
    );
  const typed = names.flatMap((name, n) => {
    const words = name.split(" ");
    return misspellings(name.toLowerCase()).map((misspelt, k) => {
      // Mistype one word of a longer name, or the whole of a one-word name.
      const one = words.length > 1 ? misspellings(words[k % words.length] ?? "")[k] : undefined;
      const text = one === undefined ? misspelt : name.replace(words[k % words.length] ?? "", one);
      return SENTENCES[(n + k) % SENTENCES.length]?.(text) ?? text;
    });
  });
  const ownNames = names
    .map((name, n) => (n % 3 === 0 ? (misspellings(name.toLowerCase())[n % 9] ?? name) : name))
    .join(", then ");
  return [
    ...questions,
    ...typed,
    pasted(JOB_ADVERT),
    pasted(PROSE),
    pasted(`${ownNames} and `),
    pasted(`${PROSE} ${ownNames} `),
    `${pasted(PROSE).slice(0, 3900)} but really, how do I learn ${names[0] ?? ""}?`,
  ];
}
