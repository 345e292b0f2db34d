import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { silentLogger } from "../src/core/ports.ts";
import { openStore } from "../src/store/open-store.ts";
import { People } from "../src/store/people.ts";
import type { RecordStore } from "../src/store/record-store.ts";
import { startRedis } from "./redis.ts";
import { ms, percentile } from "./stats.ts";

async function roundTrips(store: RecordStore, rounds: number): Promise<number[]> {
  const people = new People(store, { now: () => new Date() });
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const person = { platform: "console" as const, tenant: "bench", user: `u${i % 20}` };
    const t = performance.now();
    await people.rate(person, "python", i % 5);
    await people.get(person);
    samples.push(performance.now() - t);
  }
  return samples;
}

/** rate + profile read round trip on SQLite and on Redis, measured one after the other in one run. */
export async function bench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-bench-store-"));
  const lines: string[] = [];
  const sqlite = await openStore(`sqlite://${join(dir, "bench.sqlite")}`, silentLogger);
  const sqliteSamples = await roundTrips(sqlite, 500);
  await sqlite.close();
  lines.push(
    `rate+profile on SQLite: p50 ${ms(percentile(sqliteSamples, 50))}, p99 ${ms(percentile(sqliteSamples, 99))}`,
  );
  const redis = await startRedis();
  if (!redis) lines.push("rate+profile on Redis: skipped (no redis-server on this machine)");
  else {
    try {
      const store = await openStore(redis.url, silentLogger);
      const samples = await roundTrips(store, 500);
      await store.close();
      lines.push(
        `rate+profile on Redis: p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))} (Redis/SQLite p50 ratio ${(percentile(samples, 50) / percentile(sqliteSamples, 50)).toFixed(2)})`,
      );
    } finally {
      await redis.stop();
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return lines;
}
