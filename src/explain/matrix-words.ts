import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixExcerpt } from "./excerpt.ts";

/**
 * The words an explanation may use for names and figures: every word of the matrix (names,
 * aliases, summaries, rubrics, questions: its own vocabulary, English included) and of the
 * excerpt. Prose that names a tool, a person or a figure from outside them ("learn Rust", "Bob
 * can mentor you", "73% of your team") was made up by the model, however plausible: such an
 * answer is dropped for the matrix's own.
 */
export function matrixWords(kb: KnowledgeBase, excerpt: MatrixExcerpt): Words {
  const matrix = vocabularyOf(kb);
  const excerpted = new Set(wordsIn(JSON.stringify(excerpt)).map((word) => word.toLowerCase()));
  return {
    has: (word) => matrix.has(word) || excerpted.has(word),
    inExcerpt: (word) => excerpted.has(word),
  };
}

/**
 * Words known, in lower case: `has` anywhere in the matrix, `inExcerpt` in what the model was
 * given. A figure must come from the excerpt: "90" found in some other skill's text does not
 * make "90% of ML teams" true.
 */
export type Words = { has(word: string): boolean; inExcerpt(word: string): boolean };

/**
 * Words a sentence often starts with that a matrix's text may lack: an explanation that opens
 * with "Official docs" or "Once you know" is still the matrix talking.
 */
const SENTENCE_STARTS =
  "a about after again all also although an and another any as at be because before begin being both build but by can do each even every finally first focus for from get getting here how however if in instead it its just keep know learn learning later like make many mastering more most next no not now of official often on once one only or other overall practice practise read remember review so some start still study than that the their then there these they this those though to try two understand use using usually we well what when where which while why with without work yes you your";

/** A matrix's words, made once per matrix: it takes a few milliseconds. */
const vocabularies = new WeakMap<KnowledgeBase, ReadonlySet<string>>();
function vocabularyOf(kb: KnowledgeBase): ReadonlySet<string> {
  let words = vocabularies.get(kb);
  if (!words) {
    const text = `${JSON.stringify(kb.data)} ${SENTENCE_STARTS}`;
    words = new Set(wordsIn(text).map((word) => word.toLowerCase()));
    vocabularies.set(kb, words);
  }
  return words;
}

/**
 * Names and figures in `prose` that `known` does not have: words with a capital letter (a
 * sentence's first word too: "Rust is a core skill…") that the matrix lacks, and words with a
 * digit that the excerpt lacks. A single character ("I", a level) names nothing.
 */
export function unknownNames(prose: string, known: Words): string[] {
  const unknown: string[] = [];
  for (const [word] of prose.matchAll(WORD)) {
    const figure = /\d/.test(word);
    if (!(figure || /\p{Lu}/u.test(word)) || word.length < 2) continue;
    const lower = word.toLowerCase();
    if (!(figure ? known.inExcerpt(lower) : known.has(lower))) unknown.push(word);
  }
  return unknown;
}

/** Words as names are written: "PyTorch", "CI/CD" in two, "scikit-learn", "3.5", "k8s", "C++". */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}+#]|[.-](?=[\p{L}\p{N}]))*/gu;

function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}
