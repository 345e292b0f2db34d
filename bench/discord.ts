import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type APIUser, Client, Events, GatewayIntentBits, MessageFlags } from "discord.js";
import { apiPayload } from "../adapters/discord/deliver.ts";
import type { DiscordPage } from "../adapters/discord/render.ts";
import {
  type FakeDiscord,
  type OptionInput,
  startFakeDiscord,
} from "../tests/fakes/discord/index.ts";
import { inbox } from "./inbox.ts";
import { ms, percentile } from "./stats.ts";

const CONCURRENT = 200;
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
/** Interactions sent one at a time: the latency with no queue in front of it. */
const SEQUENTIAL = 100;
const CALLBACK = "POST /interactions/:interactionId/:token/callback";
export type Mix = "all" | "help";
/** Who answers a round: each target has its own fake Discord ("bare", "skillbot", …). */
type Target = string;
const MIXES: Record<Mix, [string, Record<string, OptionInput>][]> = {
  /** A realistic mix: pure core, a store write, a store read, a quiz round. */
  all: [
    ["help", {}],
    ["rate", { skill: "python", level: 3 }],
    ["profile", {}],
    ["quiz", { topic: "sql" }],
  ],
  /** No store, hardly any core work: what the adapter itself costs. */
  help: [["help", {}]],
};
export type Round = { latencies: number[]; seconds: number };
/** CPU time a target's thread spent on a section's measured rounds, and on how many interactions. */
type Cpu = { micros: number; interactions: number };
type ToFake =
  | { type: "burst" | "sequential"; target: Target; round: number; mix: Mix }
  | { type: "close" };
type FromFake = { type: "ready"; apiBase: Record<Target, string> } | ({ type: "round" } & Round);
type ToTarget =
  | { type: "answer-with"; page: DiscordPage | undefined }
  | { type: "cpu" }
  | { type: "stop" };
type FromTarget =
  | { type: "ready"; helpPage: DiscordPage | undefined }
  | { type: "cpu"; micros: number }
  | { type: "stopped" };
type TargetData =
  | { role: "target"; kind: "bare" }
  | { role: "target"; kind: "skillbot"; checkout: string; store: string };

const usersFor = (round: number): APIUser[] =>
  Array.from({ length: CONCURRENT }, (_, i) => ({
    id: String(3_000_000_000_000_000_000n + BigInt(round * 1000 + i)),
    username: `bench${i}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
  }));

/** 200 INTERACTION_CREATEs at once; each one's time from dispatch to its callback at the fake REST. */
async function burst(
  fake: FakeDiscord,
  message: Extract<ToFake, { type: "burst" | "sequential" }>,
): Promise<Round> {
  // The fake would otherwise keep every call of the run: a growing heap whose pauses hit
  // whichever target happens to be playing.
  fake.forgetHistory();
  const mix = MIXES[message.mix];
  const payloads = usersFor(message.round).map((user, i) => {
    const [subcommand, options] = mix[(i + message.round) % mix.length] ?? ["help", {}];
    return fake.interactions.chatInput({ command: "skills", subcommand, options, user });
  });
  const answer = async (payload: (typeof payloads)[number]) => {
    const answered = fake.nextCall(
      { route: CALLBACK, path: `/interactions/${payload.id}/${payload.token}/callback` },
      { timeoutMs: 60_000 },
    );
    const sent = performance.now();
    fake.dispatch("INTERACTION_CREATE", payload);
    await answered;
    return performance.now() - sent;
  };
  const started = performance.now();
  const latencies: number[] = [];
  if (message.type === "burst") latencies.push(...(await Promise.all(payloads.map(answer))));
  else for (const payload of payloads.slice(0, SEQUENTIAL)) latencies.push(await answer(payload));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/** The fake Discords run in a worker thread, so their work does not queue behind the bot's. */
async function runFakes(
  port: NonNullable<typeof parentPort>,
  targets: readonly Target[],
): Promise<void> {
  const fakes = new Map<Target, FakeDiscord>();
  for (const target of targets) fakes.set(target, await startFakeDiscord());
  port.on("message", async (message: ToFake) => {
    if (message.type === "close") {
      await Promise.all([...fakes.values()].map((fake) => fake.close()));
      port.close();
      return;
    }
    const fake = fakes.get(message.target);
    if (!fake) throw new Error(`no fake Discord for ${message.target}`);
    await fake.ready;
    port.postMessage({ type: "round", ...(await burst(fake, message)) } satisfies FromFake);
  });
  const apiBase = Object.fromEntries([...fakes].map(([target, fake]) => [target, fake.apiBase]));
  port.postMessage({ type: "ready", apiBase } satisfies FromFake);
}

/** One fake Discord per target, in a worker thread; `run` plays one round against a target. */
export async function startFakes(targets: readonly Target[]) {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role: "fake-discord", targets },
  });
  const next = inbox<FromFake>(worker);
  const { apiBase } = await next("ready");
  return {
    apiBase: (target: Target) => apiBase[target] ?? "",
    run: (type: "burst" | "sequential", mix: Mix, target: Target, round: number) => {
      worker.postMessage({ type, target, round, mix } satisfies ToFake);
      return next("round");
    },
    async close() {
      worker.postMessage({ type: "close" } satisfies ToFake);
      await once(worker, "exit");
    },
  };
}

/** A client that replies at once: "ok", or a page set by `answerWith` (the same bytes as Skillbot's). */
export async function bareClient(apiBase: string) {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
  let page: DiscordPage | undefined;
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isRepliable()) return;
    const reply = page
      ? interaction.reply(apiPayload(interaction, page, true))
      : interaction.reply({ content: "ok", flags: MessageFlags.Ephemeral });
    void reply.catch(() => undefined);
  });
  const ready = once(client, Events.ClientReady);
  await client.login("fake-token");
  await ready;
  return {
    answerWith: (next: DiscordPage | undefined) => {
      page = next;
    },
    stop: () => client.destroy(),
  };
}

/**
 * A target (the bare client, or Skillbot from a checkout) in a worker thread of its own: each
 * has its own heap, as each would have its own process in production. In one shared heap, each
 * paid for collecting the other's garbage (whoever allocated past the limit took the pause),
 * and the bare client's growing caches of users and members slowed every collection.
 */
export async function startTarget(
  apiBase: string,
  target: { kind: "bare" } | { kind: "skillbot"; checkout?: URL; store?: string },
) {
  const data: TargetData =
    target.kind === "bare"
      ? { role: "target", kind: "bare" }
      : {
          role: "target",
          kind: "skillbot",
          checkout: (target.checkout ?? new URL("../", import.meta.url)).href,
          store: target.store ?? "memory://",
        };
  const worker = new Worker(new URL(import.meta.url), { workerData: { ...data, apiBase } });
  const next = inbox<FromTarget>(worker);
  const { helpPage } = await next("ready");
  return {
    /** The first page of Skillbot's help, as it sends it (Skillbot targets only). */
    helpPage,
    /** For the bare client: reply with this page (Skillbot's bytes) instead of "ok". */
    answerWith(page: DiscordPage | undefined) {
      worker.postMessage({ type: "answer-with", page } satisfies ToTarget);
    },
    /** CPU time its thread has used so far, in µs (user and system). */
    async cpuMicros(): Promise<number> {
      worker.postMessage({ type: "cpu" } satisfies ToTarget);
      return (await next("cpu")).micros;
    },
    async stop() {
      worker.postMessage({ type: "stop" } satisfies ToTarget);
      await next("stopped");
      await once(worker, "exit");
    },
  };
}

async function runTarget(
  port: NonNullable<typeof parentPort>,
  data: TargetData & { apiBase: string },
) {
  const running =
    data.kind === "bare"
      ? { ...(await bareClient(data.apiBase)), helpPage: undefined }
      : {
          ...(await skillbot(data.apiBase, new URL(data.checkout), data.store)),
          answerWith: () => {},
        };
  port.on("message", async (message: ToTarget) => {
    if (message.type === "answer-with") running.answerWith(message.page);
    else if (message.type === "cpu") {
      const { user, system } = process.threadCpuUsage();
      port.postMessage({ type: "cpu", micros: user + system } satisfies FromTarget);
    } else {
      await running.stop();
      port.postMessage({ type: "stopped" } satisfies FromTarget);
      port.close();
    }
  });
  port.postMessage({ type: "ready", helpPage: running.helpPage } satisfies FromTarget);
}

/**
 * Skillbot (real core, on the store at `storeUrl`) on the fake at `apiBase`, loaded from
 * `checkout`: this one by default, or another (a worktree of an earlier commit) for a
 * side-by-side comparison.
 */
export async function skillbot(
  apiBase: string,
  checkout = new URL("../", import.meta.url),
  storeUrl = "memory://",
) {
  const load = <M>(path: string) => import(new URL(path, checkout).href) as Promise<M>;
  const { createAdapter } = await load<typeof import("../adapters/discord/index.ts")>(
    "adapters/discord/index.ts",
  );
  const { renderReply } = await load<typeof import("../adapters/discord/render.ts")>(
    "adapters/discord/render.ts",
  );
  const { bootCore } = await load<typeof import("../src/boot.ts")>("src/boot.ts");
  const { readConfig } = await load<typeof import("../src/config.ts")>("src/config.ts");
  const { silentLogger } = await load<typeof import("../src/core/ports.ts")>("src/core/ports.ts");
  const { openStore } =
    await load<typeof import("../src/store/open-store.ts")>("src/store/open-store.ts");
  const read = readConfig({
    STORE_URL: storeUrl,
    DISCORD_TOKEN: "fake-token",
    DISCORD_API_BASE: apiBase,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const store = await openStore(storeUrl, silentLogger);
  const booted = await bootCore({ config: read.config, log: silentLogger, store });
  const adapter = createAdapter({
    bot: booted.bot,
    core: booted.core,
    config: read.config,
    store,
    log: silentLogger,
  });
  await adapter.start();
  const help = await booted.bot.handle({
    type: "command",
    person: { platform: "discord", tenant: "bench", user: "1", displayName: "bench" },
    where: { channel: "1", kind: "channel", audience: "private" },
    canManageChannel: false,
    command: { name: "help" },
  });
  return {
    /** The first page of Skillbot's help, as it sends it. */
    helpPage: renderReply(help)[0],
    stop: async () => {
      await adapter.stop();
      await booted.close();
    },
  };
}

/**
 * Dispatch → callback latency and throughput: Skillbot (real core) beside a bare discord.js
 * client that replies at once, each in a worker thread of its own and on its own fake Discord
 * (the fakes in one more worker, so their work does not queue behind the bots'), rounds
 * interleaved so machine noise hits both alike. Bursts of 200 with the realistic mix (goals:
 * p99 ≤ 100 ms, throughput ratio ≥ 0.8) on the memory store and on SQLite (the default), with
 * `help` only (the adapter's own cost, next to no core work), `help` only with the bare client
 * sending Skillbot's own help page (how much of the gap is the bytes), and one at a time.
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
  const run = fakes.run;
  const lines: string[] = [];
  try {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) {
      for (const target of ["bare", "skillbot", "skillbot-sqlite"])
        await run("burst", "all", target, 1000 + round);
    }
    for (const [type, mix, sameBytes, store] of [
      ["burst", "all", false, "memory"],
      ["burst", "all", false, "sqlite"],
      ["burst", "help", false, "memory"],
      ["burst", "help", true, "memory"],
      ["sequential", "all", false, "memory"],
    ] as const) {
      const skillbotTarget = store === "sqlite" ? "skillbot-sqlite" : "skillbot";
      // Like for like: the bare client sends Skillbot's own help page instead of "ok".
      bare.answerWith(sameBytes ? bot.helpPage : undefined);
      const skillbot = store === "sqlite" ? sqliteBot : bot;
      const rounds: Record<"bare" | "skillbot", Round[]> = { bare: [], skillbot: [] };
      for (let round = 0; round < (type === "burst" ? SECTION_WARM_UP_ROUNDS : 1); round++) {
        await run(type, mix, "bare", 100 + round);
        await run(type, mix, skillbotTarget, 100 + round);
      }
      const cpuBefore = { bare: await bare.cpuMicros(), skillbot: await skillbot.cpuMicros() };
      for (let round = 1; round <= (type === "burst" ? ROUNDS : 1); round++) {
        rounds.bare.push(await run(type, mix, "bare", round));
        rounds.skillbot.push(await run(type, mix, skillbotTarget, round));
      }
      const interactions = rounds.bare.reduce((n, r) => n + r.latencies.length, 0);
      const cpu = {
        bare: { micros: (await bare.cpuMicros()) - cpuBefore.bare, interactions },
        skillbot: { micros: (await skillbot.cpuMicros()) - cpuBefore.skillbot, interactions },
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
    `  throughput ratio Skillbot/bare: median of ${rounds.skillbot.length} paired rounds ${ratio.toFixed(2)}${goal ? ` (goal ≥ 0.8: ${ratio >= 0.8 ? "met" : "MISSED"})` : ""}, all rounds pooled ${pooled.toFixed(2)}`,
    `  CPU per interaction, each client in its own thread: Skillbot ${perInteraction("skillbot").toFixed(0)} µs, bare ${perInteraction("bare").toFixed(0)} µs (bare/Skillbot ${(perInteraction("bare") / perInteraction("skillbot")).toFixed(2)})`,
  ];
}

if (!isMainThread && workerData?.role === "fake-discord" && parentPort)
  await runFakes(parentPort, workerData.targets);
else if (!isMainThread && workerData?.role === "target" && parentPort)
  await runTarget(parentPort, workerData);
else if (import.meta.main) for (const line of await bench()) process.stdout.write(`${line}\n`);
