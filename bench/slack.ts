import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";
import { createSlackAdapter } from "../adapters/slack/index.ts";
import { bootCore } from "../src/boot.ts";
import { readConfig } from "../src/config.ts";
import { silentLogger } from "../src/core/ports.ts";
import { openStore } from "../src/store/open-store.ts";
import {
  FAKE_BOT,
  type FakeSlack,
  RESPONSE_URL,
  signSlackRequest,
  slashCommand,
  slashCommandDelivery,
  startFakeSlack,
} from "../tests/fakes/slack/index.ts";
import { ms, percentile } from "./stats.ts";

const CONCURRENT = 200;
const ROUNDS = 5;
const SECRET = "bench-signing-secret";
/** A realistic mix: pure core, a store write, a store read, a quiz round. */
const MIX = ["help", "rate python 3", "profile", "quiz sql"] as const;

type Target = "bare" | "skillbot";
type Round = { acks: number[]; answers: number[]; seconds: number };
type ToSlack =
  | { type: "burst" | "sequential"; target: Target; endpoint: string; round: number }
  | { type: "close" };
type FromSlack = { type: "ready"; apiUrl: Record<Target, string> } | ({ type: "round" } & Round);

/**
 * `size` signed `/skills` at once: each one's time to its HTTP ack and, for Skillbot, to its
 * answer at the response_url.
 */
async function burst(
  fake: FakeSlack,
  endpoint: string,
  round: number,
  answers: boolean,
  size: number,
): Promise<Round> {
  const requests = Array.from({ length: size }, (_, i) => {
    const responseUrl = fake.responseUrl();
    const user = `U0B${String(round * CONCURRENT + i).padStart(7, "0")}`;
    const text = MIX[(i + round) % MIX.length] ?? "help";
    const delivery = slashCommandDelivery(slashCommand({ text, responseUrl, userId: user }));
    return { responseUrl, delivery };
  });
  const started = performance.now();
  const timings = await Promise.all(
    requests.map(async ({ responseUrl, delivery }) => {
      const answered = answers
        ? fake.nextCall(RESPONSE_URL, (c) => c.url === responseUrl, 30_000)
        : undefined;
      const sent = performance.now();
      const ack = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": delivery.contentType,
          ...signSlackRequest(SECRET, delivery.body, Math.floor(Date.now() / 1000)),
        },
        body: delivery.body,
      });
      await ack.arrayBuffer();
      if (ack.status !== 200) throw new Error(`ack ${ack.status}`);
      const acked = performance.now();
      await answered;
      return { acked, sent, answered: performance.now() };
    }),
  );
  // Throughput is of acks: the burst is done, for Slack, when the last request is acknowledged.
  const lastAck = Math.max(...timings.map((t) => t.acked));
  return {
    acks: timings.map((t) => t.acked - t.sent),
    answers: timings.map((t) => t.answered - t.sent),
    seconds: (lastAck - started) / 1000,
  };
}

/** One request at a time: the ack path's own cost, without a queue of 199 others in front of it. */
async function oneByOne(fake: FakeSlack, endpoint: string, answers: boolean): Promise<Round> {
  const rounds: Round[] = [];
  for (let i = 0; i < CONCURRENT; i++)
    rounds.push(await burst(fake, endpoint, 100 + i, answers, 1));
  return {
    acks: rounds.flatMap((r) => r.acks),
    answers: rounds.flatMap((r) => r.answers),
    seconds: rounds.reduce((s, r) => s + r.seconds, 0),
  };
}

/**
 * Slack's side, in a process of its own: the fake Web API (response_url included) and the
 * people sending commands. The apps under test keep a core each to themselves, as they would
 * in production, instead of sharing it with the load that measures them.
 */
async function runSlack(): Promise<void> {
  const fakes: Record<Target, FakeSlack> = {
    bare: await startFakeSlack(),
    skillbot: await startFakeSlack(),
  };
  const send = (message: FromSlack) => process.send?.(message);
  process.on("message", async (message: ToSlack) => {
    if (message.type === "close") {
      await Promise.all([fakes.bare.close(), fakes.skillbot.close()]);
      process.disconnect();
      return;
    }
    const { target, endpoint, round } = message;
    const answers = target === "skillbot";
    const result =
      message.type === "burst"
        ? await burst(fakes[target], endpoint, round, answers, CONCURRENT)
        : await oneByOne(fakes[target], endpoint, answers);
    send({ type: "round", ...result });
  });
  send({ type: "ready", apiUrl: { bare: fakes.bare.apiUrl, skillbot: fakes.skillbot.apiUrl } });
}

/** The baseline: Bolt with an HTTPReceiver and one listener that only acks. */
async function bareBolt(apiUrl: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
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

async function skillbot(apiUrl: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
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

/** The platform process and a way to ask it for one round at a time. */
function platform(): { child: ChildProcess; next(): Promise<FromSlack> } {
  const child = fork(fileURLToPath(import.meta.url), ["--slack"], {
    execPath: process.execPath,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const inbox: FromSlack[] = [];
  let wake: (() => void) | undefined;
  child.on("message", (message: FromSlack) => {
    inbox.push(message);
    wake?.();
  });
  const next = async (): Promise<FromSlack> => {
    for (;;) {
      const message = inbox.shift();
      if (message) return message;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };
  return { child, next };
}

/**
 * Ack latency and throughput for 200 concurrent signed `/skills` requests: Skillbot (real core,
 * memory store, answers at the response_url) beside a bare Bolt app that only acks, rounds
 * interleaved. Slack (the fake Web API and the senders) runs in a second process, as it is
 * another machine in production. Goals: ack p99 ≤ 50 ms, throughput ratio ≥ 0.8.
 */
export async function bench(): Promise<string[]> {
  const slack = platform();
  const ready = await slack.next();
  if (ready.type !== "ready") throw new Error("the Slack process did not start");
  const apps = {
    bare: await bareBolt(ready.apiUrl.bare),
    skillbot: await skillbot(ready.apiUrl.skillbot),
  };
  const run = async (type: "burst" | "sequential", target: Target, round: number) => {
    slack.child.send({ type, target, endpoint: apps[target].endpoint, round } satisfies ToSlack);
    const result = await slack.next();
    if (result.type !== "round") throw new Error("expected a round");
    return result;
  };
  const rounds: Record<Target, Round[]> = { bare: [], skillbot: [] };
  let alone: Record<Target, Round> | undefined;
  try {
    // Warm-up: JIT, keep-alive sockets, the matrix index.
    await run("burst", "bare", 0);
    await run("burst", "skillbot", 0);
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
    slack.child.send({ type: "close" } satisfies ToSlack);
    await once(slack.child, "exit");
  }
  const acks = (target: Target) => rounds[target].flatMap((r) => r.acks);
  const throughput = (target: Target) =>
    (rounds[target].length * CONCURRENT) / rounds[target].reduce((s, r) => s + r.seconds, 0);
  const p99 = percentile(acks("skillbot"), 99);
  const ratio = throughput("skillbot") / throughput("bare");
  const answers = rounds.skillbot.flatMap((r) => r.answers);
  return [
    `${ROUNDS} rounds of ${CONCURRENT} concurrent signed /skills (help, rate, profile, quiz), request → HTTP ack:`,
    `  Skillbot:  ack p50 ${ms(percentile(acks("skillbot"), 50))}, p99 ${ms(p99)} (goal ≤ 50 ms: ${p99 <= 50 ? "met" : "MISSED"}); answer at response_url p50 ${ms(percentile(answers, 50))}, p99 ${ms(percentile(answers, 99))}`,
    `  bare Bolt: ack p50 ${ms(percentile(acks("bare"), 50))}, p99 ${ms(percentile(acks("bare"), 99))}`,
    `  throughput ${throughput("skillbot").toFixed(0)} vs ${throughput("bare").toFixed(0)} requests/s, ratio Skillbot/bare ${ratio.toFixed(2)} (goal ≥ 0.8: ${ratio >= 0.8 ? "met" : "MISSED"})`,
    `${CONCURRENT} requests one at a time (no queue in front), request → HTTP ack: Skillbot p50 ${ms(percentile(alone.skillbot.acks, 50))}, p99 ${ms(percentile(alone.skillbot.acks, 99))}; bare Bolt p50 ${ms(percentile(alone.bare.acks, 50))}, p99 ${ms(percentile(alone.bare.acks, 99))}`,
  ];
}

if (process.argv.includes("--slack")) await runSlack();
else if (import.meta.main) for (const line of await bench()) process.stdout.write(`${line}\n`);
