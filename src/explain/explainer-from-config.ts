import type { Config } from "../config.ts";
import type { Clock, IdSource, Logger } from "../core/ports.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { People } from "../store/people.ts";
import type { RecordStore } from "../store/record-store.ts";
import { AnswerCache } from "./answer-cache.ts";
import { CircuitBreaker } from "./circuit-breaker.ts";
import { DailyQuota } from "./daily-quota.ts";
import type { Explainer } from "./explainer.ts";
import { LlmExplainer } from "./llm-explainer.ts";
import { type Budget, ModelClient } from "./model-client.ts";

/** Knobs with sensible defaults; tests and the benchmark turn them. */
export type ExplainerTuning = {
  maxRetries: number;
  /** The answer's token cap (max_completion_tokens). */
  maxTokens: number;
  breakerFailures: number;
  breakerCooldownMs: number;
  cacheTtlMs: number;
  fetch?: typeof fetch;
  /** Replaces OPENAI_TIMEOUT_MS's wall clock for the whole answer. */
  budget?: Budget;
};

export const DEFAULT_TUNING: ExplainerTuning = {
  maxRetries: 2,
  maxTokens: 400,
  breakerFailures: 3,
  breakerCooldownMs: 60_000,
  cacheTtlMs: 24 * 60 * 60 * 1000,
};

/** The explainer a deployment gets: none without OPENAI_API_KEY, so every feature stays as it was. */
export function explainerFromConfig(
  config: Config,
  deps: {
    kb: KnowledgeBase;
    people: People;
    store: RecordStore;
    clock: Clock;
    ids: IdSource;
    log: Logger;
  },
  tuning: Partial<ExplainerTuning> = {},
): Explainer | undefined {
  const apiKey = config.OPENAI_API_KEY;
  if (!apiKey) return undefined;
  const knobs = { ...DEFAULT_TUNING, ...tuning };
  const source = new ModelClient({
    apiKey,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetries: knobs.maxRetries,
    maxTokens: knobs.maxTokens,
    ...(knobs.fetch ? { fetch: knobs.fetch } : {}),
    ...(knobs.budget ? { budget: knobs.budget } : {}),
  });
  return new LlmExplainer({
    kb: deps.kb,
    people: deps.people,
    source,
    quota: new DailyQuota({
      store: deps.store,
      clock: deps.clock,
      limit: config.OPENAI_DAILY_QUOTA,
    }),
    cache: new AnswerCache({ store: deps.store, clock: deps.clock, ttlMs: knobs.cacheTtlMs }),
    breaker: new CircuitBreaker({
      clock: deps.clock,
      failureThreshold: knobs.breakerFailures,
      cooldownMs: knobs.breakerCooldownMs,
    }),
    canary: `sb-canary-${deps.ids.next()}${deps.ids.next()}`,
    secrets: [
      apiKey,
      ...(config.OPENAI_BASE_URL ? [config.OPENAI_BASE_URL] : []),
      config.OPENAI_MODEL,
    ],
    log: deps.log.child({ part: "explain" }),
  });
}
