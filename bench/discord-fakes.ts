import { once } from "node:events";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { APIUser } from "discord.js";
import {
  type FakeDiscord,
  type OptionInput,
  startFakeDiscord,
} from "../tests/fakes/discord/index.ts";
import { inbox } from "./inbox.ts";

// The fake Discords the Discord bench plays against, in a worker thread of their own: the
// interactions each round dispatches, and the time until each is answered.

export const CONCURRENT = 200;
/** Interactions sent one at a time: the latency with no queue in front of it. */
export const SEQUENTIAL = 100;
const CALLBACK = "POST /interactions/:interactionId/:token/callback";
export type Mix = "all" | "help" | "returning";
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
  /** The realistic mix again, from people who have used Skillbot for a while (`seed`). */
  returning: [
    ["help", {}],
    ["rate", { skill: "python", level: 3 }],
    ["profile", {}],
    ["quiz", { topic: "sql" }],
  ],
};
/** The `returning` mix always comes from these people, not new ones each round. */
const RETURNING_ROUND = 900_000;
export type Round = { latencies: number[]; seconds: number };
type ToFake =
  | { type: "burst" | "sequential"; target: Target; round: number; mix: Mix }
  | { type: "seed"; target: Target; skills: readonly string[]; quizAnswers: number }
  | { type: "close" };
type FromFake =
  | { type: "ready"; apiBase: Record<Target, string> }
  | ({ type: "round" } & Round)
  | { type: "seeded" };

const usersFor = (round: number): APIUser[] =>
  Array.from({ length: CONCURRENT }, (_, i) => ({
    id: String(3_000_000_000_000_000_000n + BigInt(round * 1000 + i)),
    username: `bench${i}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
  }));

/** Dispatches an interaction; resolves with its callback at the fake REST. */
function answered(fake: FakeDiscord, payload: { id: string; token: string }) {
  const callback = fake.nextCall(
    { route: CALLBACK, path: `/interactions/${payload.id}/${payload.token}/callback` },
    { timeoutMs: 60_000 },
  );
  fake.dispatch("INTERACTION_CREATE", payload);
  return callback;
}

/** 200 INTERACTION_CREATEs at once; each one's time from dispatch to its callback at the fake REST. */
async function burst(
  fake: FakeDiscord,
  message: Extract<ToFake, { type: "burst" | "sequential" }>,
): Promise<Round> {
  // The fake would otherwise keep every call of the run: a growing heap whose pauses hit
  // whichever target happens to be playing.
  fake.forgetHistory();
  const mix = MIXES[message.mix];
  const people = usersFor(message.mix === "returning" ? RETURNING_ROUND : message.round);
  const payloads = people.map((user, i) => {
    const [subcommand, options] = mix[(i + message.round) % mix.length] ?? ["help", {}];
    return fake.interactions.chatInput({ command: "skills", subcommand, options, user });
  });
  const answer = async (payload: (typeof payloads)[number]) => {
    const sent = performance.now();
    await answered(fake, payload);
    return performance.now() - sent;
  };
  const started = performance.now();
  const latencies: number[] = [];
  if (message.type === "burst") latencies.push(...(await Promise.all(payloads.map(answer))));
  else for (const payload of payloads.slice(0, SEQUENTIAL)) latencies.push(await answer(payload));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * Gives the people of the `returning` mix a history, the way they would make it: each rates
 * every one of `skills` and answers `quizAnswers` quiz questions (asks for one, presses its
 * first option), all of them at once, step by step. A client that sends no buttons (the bare
 * one) just answers the requests.
 */
async function seed(fake: FakeDiscord, message: Extract<ToFake, { type: "seed" }>): Promise<void> {
  const people = usersFor(RETURNING_ROUND);
  const callbackBody = async (payload: { id: string; token: string }) =>
    (await answered(fake, payload)).body as {
      data?: { components?: { components?: { custom_id?: string }[] }[] };
    };
  const everyone = (subcommand: string, options: Record<string, OptionInput>) =>
    Promise.all(
      people.map((user) =>
        callbackBody(fake.interactions.chatInput({ command: "skills", subcommand, options, user })),
      ),
    );
  for (const [i, skill] of message.skills.entries()) {
    fake.forgetHistory();
    await everyone("rate", { skill, level: (i % 4) + 1 });
  }
  for (let answer = 0; answer < message.quizAnswers; answer++) {
    fake.forgetHistory();
    const questions = await everyone("quiz", {});
    await Promise.all(
      questions.map((question, i) => {
        const customId = question.data?.components?.[0]?.components?.[0]?.custom_id;
        const user = people[i];
        return customId && user
          ? answered(fake, fake.interactions.button({ customId, user }))
          : Promise.resolve(undefined);
      }),
    );
  }
  fake.forgetHistory();
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
    if (message.type === "seed") {
      await seed(fake, message);
      port.postMessage({ type: "seeded" } satisfies FromFake);
    } else port.postMessage({ type: "round", ...(await burst(fake, message)) } satisfies FromFake);
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
    /** Gives the people of the `returning` mix their ratings and quiz answers (see `seed`). */
    seed: async (target: Target, skills: readonly string[], quizAnswers: number) => {
      worker.postMessage({ type: "seed", target, skills, quizAnswers } satisfies ToFake);
      await next("seeded");
    },
    async close() {
      worker.postMessage({ type: "close" } satisfies ToFake);
      await once(worker, "exit");
    },
  };
}

if (!isMainThread && workerData?.role === "fake-discord" && parentPort)
  await runFakes(parentPort, workerData.targets);
