/** Percentiles and timing helpers shared by the benchmarks. Benchmarks report ratios measured in one run. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

/** Times `work` per call, interleaving with `baseline` call by call so machine noise hits both alike. */
export async function sideBySide(
  rounds: number,
  work: (i: number) => unknown,
  baseline: (i: number) => unknown,
): Promise<{ work: number[]; baseline: number[] }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await work(i);
    a.push(performance.now() - t);
    t = performance.now();
    await baseline(i);
    b.push(performance.now() - t);
  }
  return { work: a, baseline: b };
}
