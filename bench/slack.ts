import { fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { createSlackAdapter } from "../adapters/slack/index.ts";
import { bootCore } from "../src/boot.ts";
import { readConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { openStore } from "../src/store/open-store.ts";
import { FAKE_BOT } from "../tests/fakes/slack/index.ts";
import { inbox } from "./inbox.ts";
import {
  CONCURRENT,
  type FromPlatform,
  ROUNDS,
  type Round,
  SECRET,
  type Target,
  type ToPlatform,
  WARM_UP_FIRST,
  WARM_UP_ROUNDS,
} from "./slack-platform.ts";
import { ms, percentile } from "./stats.ts";

type BenchApp = { endpoint: string; stop(): Promise<void> };

/** The baseline: Bolt with an HTTPReceiver and one listener that only acks. */
async function bareBolt(apiUrl: string): Promise<BenchApp> {
  const receiver = new HTTPReceiver({ signingSecret: SECRET, logLevel: LogLevel.ERROR });
  const app = new App({
    token: FAKE_BOT.token,
    receiver,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command("/skills", async ({ ack }) => {
    await ack();
  });
  const server = await receiver.start({ port: 0, host: "127.0.0.1" });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/slack/events`,
    stop: async () => {
      await app.stop();
    },
  };
}

async function skillbot(apiUrl: string): Promise<BenchApp> {
  const read = readConfig({
    STORE_URL: "memory://",
    PORT: "0",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: FAKE_BOT.token,
    SLACK_API_URL: apiUrl,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const store = await openStore("memory://", silentLogger);
  const booted = await bootCore({ config: read.config, log: silentLogger, store });
  const context = { ...booted, config: read.config, log: silentLogger };
  const adapter = createSlackAdapter(context, { host: "127.0.0.1" });
  await adapter.start();
  return {
    endpoint: `http://127.0.0.1:${adapter.port()}/slack/events`,
    stop: async () => {
      await adapter.stop();
      await booted.close();
    },
  };
}

/** The platform process (bench/slack-platform.ts) and its answers, one at a time. */
function platform() {
  const child = fork(fileURLToPath(new URL("./slack-platform.ts", import.meta.url)), [], {
    execPath: process.execPath,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return { child, next: inbox<FromPlatform>(child) };
}

/**
 * Ack latency and throughput for 200 concurrent signed `/skills` requests: Skillbot (real core,
 * memory store, answers at the response_url) beside a bare Bolt app that only acks, rounds
 * interleaved. The apps run here; Slack (its Web API and the people sending) in another process,
 * as it is another machine in production. Goals: ack p99 ≤ 50 ms, throughput ratio ≥ 0.8.
 */
export async function bench(): Promise<string[]> {
  const slack = platform();
  const ready = await slack.next("ready");
  const apps: Record<Target, BenchApp> = {
    bare: await bareBolt(ready.apiUrl.bare),
    skillbot: await skillbot(ready.apiUrl.skillbot),
  };
  const run = async (type: "burst" | "sequential", target: Target, round: number) => {
    slack.child.send({ type, target, endpoint: apps[target].endpoint, round } satisfies ToPlatform);
    return slack.next("round");
  };
  const rounds: Record<Target, Round[]> = { bare: [], skillbot: [] };
  let alone: Record<Target, Round>;
  try {
    // Warm-up: keep-alive sockets, the matrix index, and the JIT.
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      await run("burst", "bare", WARM_UP_FIRST + round);
      await run("burst", "skillbot", WARM_UP_FIRST + round);
    }
    for (let round = 1; round <= ROUNDS; round++) {
      rounds.bare.push(await run("burst", "bare", round));
      rounds.skillbot.push(await run("burst", "skillbot", round));
    }
    alone = {
      bare: await run("sequential", "bare", 0),
      skillbot: await run("sequential", "skillbot", 0),
    };
  } finally {
    await apps.skillbot.stop();
    await apps.bare.stop();
    slack.child.send({ type: "close" } satisfies ToPlatform);
    await once(slack.child, "exit");
  }
  return report(rounds, alone);
}

function report(rounds: Record<Target, Round[]>, alone: Record<Target, Round>): string[] {
  const acks = (target: Target) => rounds[target].flatMap((r) => r.acks);
  const throughput = (target: Target) =>
    (rounds[target].length * CONCURRENT) / rounds[target].reduce((s, r) => s + r.seconds, 0);
  const p99 = percentile(acks("skillbot"), 99);
  const pooled = throughput("skillbot") / throughput("bare");
  // Each Skillbot round against the bare round just before it; the median ignores a pair
  // that a pause of the host happened to hit.
  const pairs = rounds.skillbot.map((r, i) => (rounds.bare[i]?.seconds ?? Number.NaN) / r.seconds);
  const ratio = percentile(pairs, 50);
  const answers = rounds.skillbot.flatMap((r) => r.answers);
  return [
    `${ROUNDS} rounds of ${CONCURRENT} concurrent signed /skills (help, rate, profile, quiz), request → HTTP ack:`,
    `  Skillbot:  ack p50 ${ms(percentile(acks("skillbot"), 50))}, p99 ${ms(p99)} (goal ≤ 50 ms: ${p99 <= 50 ? "met" : "MISSED"}); answer at response_url p50 ${ms(percentile(answers, 50))}, p99 ${ms(percentile(answers, 99))}`,
    `  bare Bolt: ack p50 ${ms(percentile(acks("bare"), 50))}, p99 ${ms(percentile(acks("bare"), 99))}`,
    `  throughput ${throughput("skillbot").toFixed(0)} vs ${throughput("bare").toFixed(0)} requests/s, ratio Skillbot/bare: median of ${pairs.length} paired rounds ${ratio.toFixed(3)} (goal ≥ 0.8: ${ratio >= 0.8 ? "met" : "MISSED"}), all rounds pooled ${pooled.toFixed(2)}`,
    `${CONCURRENT} requests one at a time (no queue in front), request → HTTP ack: Skillbot p50 ${ms(percentile(alone.skillbot.acks, 50))}, p99 ${ms(percentile(alone.skillbot.acks, 99))}; bare Bolt p50 ${ms(percentile(alone.bare.acks, 50))}, p99 ${ms(percentile(alone.bare.acks, 99))}`,
  ];
}

if (import.meta.main) for (const line of await bench()) process.stdout.write(`${line}\n`);
