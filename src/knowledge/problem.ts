/** One thing wrong with a knowledge file, pinned to where a person would fix it. */
export type Problem = {
  file: string;
  line: number;
  col: number;
  message: string;
};

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.message}`;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col;
}

/** Quotes a value the way problems show it: short, on one line. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const oneLine = (text ?? String(value)).replace(/\s+/g, " ");
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}"`;
}
