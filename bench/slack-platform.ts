/**
 * Slack's side of the Slack benchmark, away from the apps under test: the people sending
 * `/skills` (this process, forked by bench/slack.ts) and the fake Web API with the response_urls
 * (a worker thread of it). Kept apart because in production they are other machines: sharing an
 * event loop, the fake's work answering Skillbot's users.info and response_url calls delayed the
 * reading of Skillbot's acks, and the bench measured that instead of the app.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  type FakeSlack,
  RESPONSE_URL,
  signSlackRequest,
  slashCommand,
  slashCommandDelivery,
  startFakeSlack,
} from "../tests/fakes/slack/index.ts";
import { inbox } from "./inbox.ts";

export const CONCURRENT = 200;
/** Many short rounds, interleaved: a stall of the shared host hits one pair, not the result. */
export const ROUNDS = 15;
/** The JIT keeps making the bare app faster for about 20 rounds: measuring sooner flatters Skillbot. */
export const WARM_UP_ROUNDS = 25;
export const SECRET = "bench-signing-secret";
/** Round numbers: measured rounds from 1, warm-up rounds from 50, one-at-a-time from 100. */
export const WARM_UP_FIRST = 50;
const ONE_BY_ONE_FIRST = 100;
/** A realistic mix: pure core, a store write, a store read, a quiz round. */
const MIX = ["help", "rate python 3", "profile", "quiz sql"] as const;

export type Target = "bare" | "skillbot";
export type Round = { acks: number[]; answers: number[]; seconds: number };
export type ToPlatform =
  | { type: "burst" | "sequential"; target: Target; endpoint: string; round: number }
  | { type: "close" };
export type FromPlatform =
  | { type: "ready"; apiUrl: Record<Target, string> }
  | ({ type: "round" } & Round);

type ToFake =
  | { type: "mint"; target: Target; count: number }
  | { type: "answers"; target: Target }
  | { type: "close" };
type FromFake =
  | { type: "ready"; apiUrl: Record<Target, string> }
  | { type: "minted"; urls: string[] }
  | { type: "answered"; at: number[] }
  | { type: "closed" };

/** Milliseconds on the wall clock at sub-millisecond resolution, comparable across threads. */
const epoch = () => performance.timeOrigin + performance.now();

const userId = (round: number, i: number) =>
  `U0B${String(round * CONCURRENT + i).padStart(7, "0")}`;

/** Everyone who sends a command, known to users.info as a real workspace's people are. */
function people() {
  const rounds = [
    ...Array.from({ length: ROUNDS }, (_, r) => 1 + r),
    ...Array.from({ length: WARM_UP_ROUNDS }, (_, r) => WARM_UP_FIRST + r),
  ];
  const ids = [
    ...rounds.flatMap((round) => Array.from({ length: CONCURRENT }, (_, i) => userId(round, i))),
    ...Array.from({ length: CONCURRENT }, (_, i) => userId(ONE_BY_ONE_FIRST + i, 0)),
  ];
  return Object.fromEntries(ids.map((id) => [id, { display_name: `Person ${id}` }]));
}

/** The worker thread: two fake Slacks, minting response_urls and timing when answers arrive. */
async function runFakes(port: NonNullable<typeof parentPort>): Promise<void> {
  const users = people();
  const fakes: Record<Target, FakeSlack> = {
    bare: await startFakeSlack({ users }),
    skillbot: await startFakeSlack({ users }),
  };
  let expected: Promise<number>[] = [];
  const reply = (message: FromFake) => port.postMessage(message);
  port.on("message", async (message: ToFake) => {
    if (message.type === "close") {
      await Promise.all([fakes.bare.close(), fakes.skillbot.close()]);
      reply({ type: "closed" });
      port.close();
      return;
    }
    const fake = fakes[message.target];
    if (message.type === "mint") {
      const urls = Array.from({ length: message.count }, () => fake.responseUrl());
      expected = urls.map((url) =>
        fake.nextCall(RESPONSE_URL, (c) => c.url === url, 30_000).then(epoch),
      );
      reply({ type: "minted", urls });
      return;
    }
    reply({ type: "answered", at: await Promise.all(expected) });
  });
  reply({ type: "ready", apiUrl: { bare: fakes.bare.apiUrl, skillbot: fakes.skillbot.apiUrl } });
}

/** Asks the fake worker one thing at a time and waits for its answer. */
function fakeSlack() {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: "fake-slack" } });
  const next = inbox<FromFake>(worker);
  const ask = <T extends FromFake["type"]>(message: ToFake, type: T) => {
    worker.postMessage(message);
    return next(type);
  };
  return { next, ask };
}

/**
 * `size` signed `/skills` at once: each one's time to its HTTP ack and, for Skillbot, to its
 * answer at the response_url.
 */
async function burst(
  fake: ReturnType<typeof fakeSlack>,
  message: Extract<ToPlatform, { type: "burst" | "sequential" }>,
  round: number,
  size: number,
): Promise<Round> {
  const answers = message.target === "skillbot";
  const { urls } = await fake.ask(
    { type: "mint", target: message.target, count: answers ? size : 0 },
    "minted",
  );
  const requests = Array.from({ length: size }, (_, i) => {
    const text = MIX[(i + round) % MIX.length] ?? "help";
    const responseUrl = urls[i] ?? "https://hooks.slack.invalid/unused";
    return slashCommandDelivery(slashCommand({ text, responseUrl, userId: userId(round, i) }));
  });
  const started = performance.now();
  const timings = await Promise.all(
    requests.map(async (delivery) => {
      const sent = performance.now();
      const sentAt = epoch();
      const ack = await fetch(message.endpoint, {
        method: "POST",
        headers: {
          "content-type": delivery.contentType,
          ...signSlackRequest(SECRET, delivery.body, Math.floor(Date.now() / 1000)),
        },
        body: delivery.body,
      });
      await ack.arrayBuffer();
      if (ack.status !== 200) throw new Error(`ack ${ack.status}`);
      return { sent, sentAt, acked: performance.now() };
    }),
  );
  const { at } = await fake.ask({ type: "answers", target: message.target }, "answered");
  // Throughput is of acks: the burst is done, for Slack, when the last request is acknowledged.
  const lastAck = Math.max(...timings.map((t) => t.acked));
  return {
    acks: timings.map((t) => t.acked - t.sent),
    answers: timings.map((t, i) => (at[i] ?? Number.NaN) - t.sentAt),
    seconds: (lastAck - started) / 1000,
  };
}

/** The senders: rounds on request from bench/slack.ts, over the fork's IPC channel. */
async function runSenders(): Promise<void> {
  const fake = fakeSlack();
  const { apiUrl } = await fake.next("ready");
  const send = (message: FromPlatform) => process.send?.(message);
  process.on("message", async (message: ToPlatform) => {
    if (message.type === "close") {
      await fake.ask({ type: "close" }, "closed");
      process.disconnect();
      return;
    }
    if (message.type === "burst") {
      send({ type: "round", ...(await burst(fake, message, message.round, CONCURRENT)) });
      return;
    }
    // One request at a time: the ack path's own cost, without a queue of 199 others in front.
    const rounds: Round[] = [];
    for (let i = 0; i < CONCURRENT; i++)
      rounds.push(await burst(fake, message, ONE_BY_ONE_FIRST + i, 1));
    send({
      type: "round",
      acks: rounds.flatMap((r) => r.acks),
      answers: rounds.flatMap((r) => r.answers),
      seconds: rounds.reduce((s, r) => s + r.seconds, 0),
    });
  });
  send({ type: "ready", apiUrl });
}

if (!isMainThread && workerData?.role === "fake-slack" && parentPort) await runFakes(parentPort);
else if (import.meta.main) await runSenders();
