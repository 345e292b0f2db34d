import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig } from "../src/config.ts";
import { loadMatrix } from "../src/knowledge/load-matrix.ts";
import { startTarget } from "./discord-clients.ts";
import { CONCURRENT, type Mix, type Round, SEQUENTIAL, startFakes } from "./discord-fakes.ts";
import { ms, percentile } from "./stats.ts";

/**
 * Many short rounds, interleaved: a stall of the shared host hits one pair, not the result. With
 * 15, the median ratio moved between 0.72 and 0.89 over eight runs in one day; with 50, between
 * 0.76 and 0.82 over four runs of one commit.
 */
const ROUNDS = 50;
/**
 * Rounds of the realistic mix every client plays before anything is measured. Both the bare
 * client and Skillbot keep getting faster for about 70 rounds (the JIT, inline caches, keep-alive
 * sockets): averaged over ten rounds, the bare client went from 60 ms a round at round 25 to
 * 41 ms from round 70 on, Skillbot from 70 to 54 ms. Measured from round 25, as before, the ratio
 * swung by ±0.1 from run to run and the tail was mostly warm-up.
 */
export const WARM_UP_ROUNDS = 70;
/** Then a few rounds of each section's own workload before it is measured. */
const SECTION_WARM_UP_ROUNDS = 10;
/**
 * What the people of the `returning` section have done before it: rated this many skills and
 * answered this many quiz questions. About a month of a team's daily quiz, and a profile filled
 * in for their track.
 */
const RETURNING_RATINGS = 20;
const RETURNING_QUIZ_ANSWERS = 30;
/** CPU time a target's thread spent on a section's measured rounds, and on how many interactions. */
type Cpu = { micros: number; interactions: number };

/**
 * Dispatch → callback latency and throughput: Skillbot (real core) beside a bare discord.js
 * client that replies at once, each in a worker thread of its own and on its own fake Discord
 * (the fakes in one more worker, so their work does not queue behind the bots'), rounds
 * interleaved so machine noise hits both alike. Bursts of 200 with the realistic mix (goals:
 * p99 ≤ 100 ms, throughput ratio ≥ 0.8) on the memory store and on SQLite (the default), with
 * `help` only (the adapter's own cost, next to no core work), `help` only with the bare client
 * sending Skillbot's own help page (how much of the gap is the bytes), the realistic mix from
 * people with a history (every other section's people are new: the cheapest case for a profile
 * or a quiz), and one at a time.
 *
 * Each section also reports the CPU time each client's thread spent per interaction. The
 * throughput ratio depends on the fake Discord too: the bare client spends much of a round
 * waiting for it, so a run where the fake happens to be fast reads lower for Skillbot. The CPU
 * figures do not depend on the fake. They count the client's own thread only: SQLite runs its
 * statements on libuv's thread pool.
 */
export async function bench(): Promise<string[]> {
  const fakes = await startFakes(["bare", "skillbot", "skillbot-sqlite"]);
  const bare = await startTarget(fakes.apiBase("bare"), { kind: "bare" });
  const bot = await startTarget(fakes.apiBase("skillbot"), { kind: "skillbot" });
  // The default store, as a fresh install runs: each read and write is a SQLite statement.
  const sqliteDir = mkdtempSync(join(tmpdir(), "skillbot-bench-"));
  const sqliteBot = await startTarget(fakes.apiBase("skillbot-sqlite"), {
    kind: "skillbot",
    store: `sqlite://${join(sqliteDir, "bench.sqlite")}`,
  });
  // Each store's Skillbot: the fake Discord it plays against, and its worker.
  const skillbots = {
    memory: { target: "skillbot", client: bot },
    sqlite: { target: "skillbot-sqlite", client: sqliteBot },
  };
  const run = fakes.run;
  const lines: string[] = [];
  try {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      for (const target of ["bare", skillbots.memory.target, skillbots.sqlite.target])
        await run("burst", "all", target, 1000 + round);
    }
    for (const [type, mix, sameBytes, store] of [
      ["burst", "all", false, "memory"],
      ["burst", "all", false, "sqlite"],
      ["burst", "help", false, "memory"],
      ["burst", "help", true, "memory"],
      ["burst", "returning", false, "memory"],
      ["sequential", "all", false, "memory"],
    ] as const) {
      const skillbot = skillbots[store];
      if (mix === "returning") {
        const skills = matrixSkills().slice(0, RETURNING_RATINGS);
        await fakes.seed("bare", skills, RETURNING_QUIZ_ANSWERS);
        await fakes.seed(skillbot.target, skills, RETURNING_QUIZ_ANSWERS);
      }
      // Like for like: the bare client sends Skillbot's own help page instead of "ok".
      bare.answerWith(sameBytes ? bot.helpPage : undefined);
      const rounds: Record<"bare" | "skillbot", Round[]> = { bare: [], skillbot: [] };
      for (let round = 0; round < (type === "burst" ? SECTION_WARM_UP_ROUNDS : 1); round++) {
        await run(type, mix, "bare", 100 + round);
        await run(type, mix, skillbot.target, 100 + round);
      }
      const cpuBefore = {
        bare: await bare.cpuMicros(),
        skillbot: await skillbot.client.cpuMicros(),
      };
      for (let round = 1; round <= (type === "burst" ? ROUNDS : 1); round++) {
        rounds.bare.push(await run(type, mix, "bare", round));
        rounds.skillbot.push(await run(type, mix, skillbot.target, round));
      }
      const interactions = rounds.bare.reduce((n, r) => n + r.latencies.length, 0);
      const cpu = {
        bare: { micros: (await bare.cpuMicros()) - cpuBefore.bare, interactions },
        skillbot: {
          micros: (await skillbot.client.cpuMicros()) - cpuBefore.skillbot,
          interactions,
        },
      };
      lines.push(...report(type, mix, rounds, cpu, sameBytes, store));
    }
  } finally {
    await sqliteBot.stop();
    await bot.stop();
    await bare.stop();
    await fakes.close();
    rmSync(sqliteDir, { recursive: true, force: true });
  }
  return lines;
}

/** The ids of the skills in the matrix Skillbot runs on by default, in matrix order. */
function matrixSkills(): string[] {
  const config = readConfig({});
  if (!config.ok) throw new Error(config.errors.join("; "));
  const loaded = loadMatrix(config.config.SKILLBOT_MATRIX);
  if (!loaded.ok)
    throw new Error(`the default matrix does not load: ${loaded.problems.length} problems`);
  return loaded.matrix.skills.map((skill) => skill.id);
}

/**
 * Throughput of `measured` relative to `baseline`, round by round (each against the round of
 * the same index, played next to it); the median ignores a pair a pause of the host happened
 * to hit.
 */
export function pairedThroughput(measured: readonly Round[], baseline: readonly Round[]): number {
  return percentile(
    measured.map((r, i) => (baseline[i]?.seconds ?? Number.NaN) / r.seconds),
    50,
  );
}

function report(
  type: "burst" | "sequential",
  mix: Mix,
  rounds: Record<"bare" | "skillbot", Round[]>,
  cpu: Record<"bare" | "skillbot", Cpu>,
  sameBytes: boolean,
  store: "memory" | "sqlite",
): string[] {
  const all = (target: "bare" | "skillbot") => rounds[target].flatMap((r) => r.latencies);
  const count = (target: "bare" | "skillbot") => all(target).length;
  const throughput = (target: "bare" | "skillbot") =>
    count(target) / rounds[target].reduce((s, r) => s + r.seconds, 0);
  const perInteraction = (target: "bare" | "skillbot") =>
    cpu[target].micros / cpu[target].interactions;
  const p99 = percentile(all("skillbot"), 99);
  const pooled = throughput("skillbot") / throughput("bare");
  const ratio = pairedThroughput(rounds.skillbot, rounds.bare);
  const what =
    mix === "all"
      ? `help, rate, profile, quiz; Skillbot on ${store === "sqlite" ? "SQLite, the default store" : "the memory store"}`
      : mix === "returning"
        ? `the same mix from 200 people who each rated ${RETURNING_RATINGS} skills and answered ${RETURNING_QUIZ_ANSWERS} quiz questions before; memory store`
        : sameBytes
          ? "help only, the bare client sending Skillbot's help page"
          : "help only";
  const heading =
    type === "burst"
      ? `${ROUNDS} rounds of ${CONCURRENT} concurrent INTERACTION_CREATEs (${what}), dispatch → callback:`
      : `${SEQUENTIAL} INTERACTION_CREATEs one at a time (${what}), dispatch → callback:`;
  const goal = type === "burst" && mix === "all";
  return [
    heading,
    `  Skillbot:        p50 ${ms(percentile(all("skillbot"), 50))}, p99 ${ms(p99)}, ${throughput("skillbot").toFixed(0)}/s${goal ? ` (goal p99 ≤ 100 ms: ${p99 <= 100 ? "met" : "MISSED"})` : ""}`,
    `  bare discord.js: p50 ${ms(percentile(all("bare"), 50))}, p99 ${ms(percentile(all("bare"), 99))}, ${throughput("bare").toFixed(0)}/s`,
    `  throughput ratio Skillbot/bare: median of ${rounds.skillbot.length} paired rounds ${ratio.toFixed(3)}${goal ? ` (goal ≥ 0.8: ${ratio >= 0.8 ? "met" : "MISSED"})` : ""}, all rounds pooled ${pooled.toFixed(2)}`,
    `  CPU per interaction, each client in its own thread: Skillbot ${perInteraction("skillbot").toFixed(0)} µs, bare ${perInteraction("bare").toFixed(0)} µs (bare/Skillbot ${(perInteraction("bare") / perInteraction("skillbot")).toFixed(2)})`,
  ];
}

if (import.meta.main) for (const line of await bench()) process.stdout.write(`${line}\n`);
