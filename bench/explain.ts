import { bootCore } from "../src/boot.ts";
import { readConfig } from "../src/config.ts";
import type { Asker, Core } from "../src/core/context.ts";
import { silentLogger } from "../src/core/ports.ts";
import { citableIn, excerptFor } from "../src/explain/excerpt.ts";
import type { Explainer } from "../src/explain/explainer.ts";
import { explainerFromConfig } from "../src/explain/explainer-from-config.ts";
import { groundAnswer } from "../src/explain/grounding.ts";
import { secretForms } from "../src/explain/leaks.ts";
import { buildPrompt } from "../src/explain/prompt.ts";
import { explainSkill } from "../src/features/explain-skill.ts";
import type { Skill } from "../src/knowledge/schema.ts";
import { openStore } from "../src/store/open-store.ts";
import { chatCompletion } from "../tests/fakes/openai/completions.ts";
import { startFakeOpenAI } from "../tests/fakes/openai/server.ts";
import { ms, percentile, sideBySide } from "./stats.ts";

const ROUNDS = 2000;
const GOAL_MS = 5;
const ASKER: Asker = {
  person: { platform: "console", tenant: "bench", user: "ana" },
  where: { channel: "console", kind: "console", audience: "private" },
};

/** What a chatty model might say: matrix links, a foreign link, a ping, ~600 characters. */
const ANSWER = {
  answer:
    "PyTorch is a deep learning framework built around tensors and automatic differentiation. " +
    "At your level, write a full training loop: a Dataset and DataLoader, an nn.Module, a loss, an " +
    "optimizer and backward(), then move it to a GPU. The tutorials at https://pytorch.org/tutorials/ " +
    "walk through exactly this, and https://pytorch.org/docs/stable/index.html is the reference. " +
    "Skip random blogs like https://example.com/pytorch-tricks and do not @everyone your questions: " +
    "ask a mentor. Python fluency comes first, since every PyTorch model is Python code.",
  skillIds: ["pytorch", "python", "not-a-skill"],
  resources: ["https://pytorch.org/tutorials/", "https://example.com/x"],
};

const SECRETS = secretForms(["sb-canary-0123456789", "sk-bench-0123456789"]);

/** A fetch that answers at once with a body built beforehand: only our side of the call is timed. */
function zeroLatencyFetch(model: string): typeof fetch {
  const request = { model, messages: [{ role: "user" as const, content: "" }] };
  const body = JSON.stringify(chatCompletion(request, { content: JSON.stringify(ANSWER) }));
  return async () =>
    new Response(body, { status: 200, headers: { "content-type": "application/json" } });
}

async function bootWith(env: Record<string, string>, fetchImpl?: typeof fetch) {
  const read = readConfig({ STORE_URL: "memory://", OPENAI_DAILY_QUOTA: "1000000", ...env });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const store = await openStore("memory://", silentLogger);
  const booted = await bootCore({ config: read.config, log: silentLogger, store });
  const explainer = explainerFromConfig(
    read.config,
    { ...booted.core, store },
    { cacheTtlMs: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) },
  );
  return { ...booted, explainer };
}

function require<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`bench: no ${what}`);
  return value;
}

/** The explained reply end to end: the plain answer, then the followUp. */
async function explainedReply(core: Core, skill: Skill, i: number) {
  const reply = await explainSkill(
    core,
    ASKER,
    skill,
    `how does pytorch autograd work, take ${i}?`,
  );
  return reply.followUp ? await reply.followUp : reply;
}

export async function bench(): Promise<string[]> {
  const plainBoot = await bootWith({});
  const zero = await bootWith({ OPENAI_API_KEY: "sk-bench" }, zeroLatencyFetch("gpt-4o-mini"));
  const fake = await startFakeOpenAI();
  fake.respondWith(() => ANSWER);
  const http = await bootWith({ OPENAI_API_KEY: "sk-bench", OPENAI_BASE_URL: fake.baseURL });
  try {
    const skill = require(plainBoot.core.kb.skill("pytorch"), "pytorch skill");
    const zeroCore: Core = { ...zero.core, explainer: require(zero.explainer, "explainer") };
    const explainer: Explainer = require(zero.explainer, "explainer");
    const plainAnswer = () => explainSkill(plainBoot.core, ASKER, skill);
    const request = (i: number) => ({
      kind: "question" as const,
      asker: ASKER,
      skills: [skill],
      question: `how does pytorch autograd work, take ${i}?`,
    });
    for (let i = 0; i < 100; i++) await explainedReply(zeroCore, skill, i); // warm-up

    const cpu = process.cpuUsage();
    const path = await sideBySide(ROUNDS, (i) => explainer.explain(request(i)), plainAnswer);
    const { user, system } = process.cpuUsage(cpu);
    // CPU time per round (both calls) is what a loaded machine cannot inflate.
    const cpuPerRound = (user + system) / 1000 / ROUNDS;
    const reply = await sideBySide(ROUNDS, (i) => explainedReply(zeroCore, skill, i), plainAnswer);
    const kb = plainBoot.core.kb;
    const pure = await sideBySide(
      ROUNDS,
      (i) => {
        const excerpt = excerptFor(kb, [skill], { pytorch: 2 });
        buildPrompt({ kind: "question", excerpt, question: `take ${i}`, canary: "sb-canary-x" });
        groundAnswer(ANSWER, citableIn(kb, excerpt), SECRETS);
      },
      () => undefined,
    );
    const httpCore: Core = { ...http.core, explainer: require(http.explainer, "explainer") };
    const overHttp = await sideBySide(300, (i) => explainedReply(httpCore, skill, i), plainAnswer);

    const p99 = percentile(path.work, 99);
    const line = (label: string, samples: number[]) =>
      `${label}: p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}`;
    return [
      line("plain matrix answer (explain pytorch)", path.baseline),
      `${line("explanation path, zero-latency model (prompt, SDK parse + zod, grounding, quota)", path.work)} (goal ≤ ${GOAL_MS} ms: ${p99 <= GOAL_MS ? "met" : "MISSED"})`,
      `  CPU time per round (explanation path + plain answer): ${ms(cpuPerRound)} (wall-clock percentiles include other processes)`,
      `  ${line("of which prompt building and grounding checks alone", pure.work)}`,
      `  ${line("explained reply end to end (plain answer + followUp)", reply.work)}; plain alone ${ms(percentile(reply.baseline, 99))} p99`,
      `  ${line("explained reply over local HTTP to the fake server", overHttp.work)}`,
    ];
  } finally {
    await Promise.all([plainBoot.close(), zero.close(), http.close()]);
    await fake.close();
  }
}
