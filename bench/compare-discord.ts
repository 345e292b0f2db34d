import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { pairedThroughput, WARM_UP_ROUNDS } from "./discord.ts";
import { startTarget } from "./discord-clients.ts";
import { type Mix, type Round, startFakes } from "./discord-fakes.ts";
import { percentile } from "./stats.ts";

const USAGE = `usage: npm run bench:compare -- <other checkout> [rounds] [all|help]

Discord bursts of 200 interactions against this checkout and another one (a worktree of the
commit before a change, say), each beside the bare discord.js client, rounds interleaved.
  git worktree add ../before HEAD~1 && ln -s "$PWD/node_modules" ../before/node_modules
  npm run bench:compare -- ../before 60`;

/**
 * A change worth a few percent cannot be seen between two runs of \`npm run bench\` on these
 * machines: the bare client's own throughput moves by more than that from run to run. Here both
 * checkouts run in one process (each in a worker thread of its own) against their own fake
 * Discord, with the bare client, in rounds that alternate their order, so a pause of the host
 * hits all three alike.
 */
async function compare(other: URL, rounds: number, mix: Mix): Promise<string[]> {
  const fakes = await startFakes(["bare", "this", "other"]);
  const bare = await startTarget(fakes.apiBase("bare"), { kind: "bare" });
  const mine = await startTarget(fakes.apiBase("this"), { kind: "skillbot" });
  const theirs = await startTarget(fakes.apiBase("other"), { kind: "skillbot", checkout: other });
  const played: Record<"bare" | "this" | "other", Round[]> = { bare: [], this: [], other: [] };
  try {
    for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      const order = round % 2 === 0 ? (["this", "other"] as const) : (["other", "this"] as const);
      for (const target of ["bare", ...order] as const) {
        const result = await fakes.run("burst", mix, target, round);
        if (round >= WARM_UP_ROUNDS) played[target].push(result);
      }
    }
  } finally {
    await mine.stop();
    await theirs.stop();
    await bare.stop();
    await fakes.close();
  }
  const roundMs = (target: keyof typeof played) =>
    `${(
      percentile(
        played[target].map((r) => r.seconds),
        50,
      ) * 1000
    ).toFixed(1)} ms`;
  return [
    `${rounds} rounds of 200 concurrent INTERACTION_CREATEs (${mix === "all" ? "help, rate, profile, quiz" : "help only"}), after ${WARM_UP_ROUNDS} warm-up; throughput as the median of paired rounds:`,
    `  this checkout / other: ${pairedThroughput(played.this, played.other).toFixed(3)}`,
    `  this checkout / bare: ${pairedThroughput(played.this, played.bare).toFixed(3)}, other / bare: ${pairedThroughput(played.other, played.bare).toFixed(3)}`,
    `  median round: bare ${roundMs("bare")}, this ${roundMs("this")}, other ${roundMs("other")}`,
  ];
}

if (import.meta.main) {
  const [checkout, roundsText = "40", mix = "all"] = process.argv.slice(2);
  const rounds = Number(roundsText);
  if (!checkout || !Number.isInteger(rounds) || rounds < 1 || (mix !== "all" && mix !== "help")) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const root = resolve(checkout);
  if (!existsSync(resolve(root, "adapters/discord/index.ts"))) {
    process.stderr.write(`${root} is not a Skillbot checkout\n`);
    process.exit(2);
  }
  if (!existsSync(resolve(root, "node_modules"))) {
    process.stderr.write(`${root} has no node_modules: ln -s "$PWD/node_modules" ${root}/\n`);
    process.exit(2);
  }
  for (const line of await compare(pathToFileURL(`${root}/`), rounds, mix))
    process.stdout.write(`${line}\n`);
}
