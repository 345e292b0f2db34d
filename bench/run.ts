import { existsSync } from "node:fs";

/**
 * `npm run bench`: every benchmark, one after the other, each reporting ratios measured side by
 * side in the same run (these machines are noisy; absolute numbers vary, ratios much less).
 * Kept apart from the tests: nothing here asserts, it reports.
 */
const SUITES = ["knowledge", "ask", "store", "slack", "discord", "explain", "daily-quiz"] as const;

for (const name of SUITES) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(file)) continue;
  const module = (await import(file.href)) as { bench(): Promise<string[]> };
  process.stdout.write(`\n# ${name}\n`);
  const started = performance.now();
  for (const line of await module.bench()) process.stdout.write(`${line}\n`);
  process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
