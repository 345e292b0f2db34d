import type { Logger } from "../core/ports.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { People } from "../store/people.ts";
import type { AnswerCache } from "./answer-cache.ts";
import type { ModelAnswer } from "./answer-schema.ts";
import type { CircuitBreaker } from "./circuit-breaker.ts";
import type { DailyQuota } from "./daily-quota.ts";
import { citableIn, excerptFor } from "./excerpt.ts";
import type { Explainer, ExplainKind, ExplainOutcome, ExplainRequest } from "./explainer.ts";
import { groundAnswer } from "./grounding.ts";
import { type SecretForms, secretForms } from "./leaks.ts";
import { describeFailure, isServiceFailure } from "./model-client.ts";
import { buildPrompt, type Prompt, systemPrompt } from "./prompt.ts";
import { cleanUserText, questionKey } from "./user-text.ts";

/** Where answers come from: the OpenAI SDK in production (ModelClient). `stopping` aborts the call. */
export type AnswerSource = {
  readonly model: string;
  answer(prompt: Prompt, stopping?: AbortSignal): Promise<ModelAnswer>;
};

export type LlmExplainerDeps = {
  kb: KnowledgeBase;
  people: People;
  source: AnswerSource;
  quota: DailyQuota;
  cache: AnswerCache;
  breaker: CircuitBreaker;
  /** The prompt's leak marker: an answer containing it is dropped. */
  canary: string;
  /** Configuration an answer must never contain (API key, base URL). */
  secrets: readonly string[];
  log: Logger;
};

/** A system prompt line this long is distinctive enough that seeing it in an answer means a leak. */
const DISTINCTIVE_LINE_CHARS = 40;

/**
 * Explanations from the model, grounded in the matrix: cache first, then breaker and quota,
 * then one structured call, then grounding. Every failure is an outcome, never an exception.
 */
export class LlmExplainer implements Explainer {
  readonly #deps: LlmExplainerDeps;
  readonly #forms = new Map<ExplainKind, SecretForms>();
  readonly #stopping = new AbortController();
  readonly #inFlight = new Set<Promise<ExplainOutcome>>();

  constructor(deps: LlmExplainerDeps) {
    this.#deps = deps;
  }

  get dailyQuota(): number {
    return this.#deps.quota.limit;
  }

  available(): boolean {
    return !this.#stopping.signal.aborted && this.#deps.breaker.allows();
  }

  explain(request: ExplainRequest): Promise<ExplainOutcome> {
    if (this.#stopping.signal.aborted) return Promise.resolve({ ok: false, reason: "unavailable" });
    const outcome = this.#outcomeOf(request);
    this.#inFlight.add(outcome);
    void outcome.finally(() => this.#inFlight.delete(outcome));
    return outcome;
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    // Waited for so that no explanation writes its cache entry into a store being closed.
    await Promise.allSettled(this.#inFlight);
  }

  async #outcomeOf(request: ExplainRequest): Promise<ExplainOutcome> {
    try {
      return await this.#explain(request);
    } catch (error) {
      this.#deps.log.warn(
        { err: describeFailure(error), kind: request.kind },
        "explanation failed",
      );
      return { ok: false, reason: "failed" };
    }
  }

  async #explain(request: ExplainRequest): Promise<ExplainOutcome> {
    const { kb, people, source, quota, cache, breaker, log } = this.#deps;
    const { asker, kind } = request;
    // Own levels only, and only when nobody else will see the answer.
    const own =
      asker.where.audience === "private"
        ? Object.fromEntries(
            Object.entries((await people.get(asker.person)).ratings).map(([id, r]) => [
              id,
              r.level,
            ]),
          )
        : undefined;
    const excerpt = excerptFor(kb, request.skills, own);
    if (excerpt.skills.length === 0) return { ok: false, reason: "ungrounded" };
    const question = request.question === undefined ? undefined : cleanUserText(request.question);
    const citable = citableIn(kb, excerpt);
    const secrets = this.#secretsFor(request);
    const key = cache.key({
      kind,
      skillIds: excerpt.skills.map((s) => s.id),
      question: questionKey(question ?? ""),
      model: source.model,
      context: { facts: request.facts ?? null, levels: excerpt.yourLevels ?? null },
    });

    const cached = await cache.get(key).catch(() => undefined);
    const fromCache = cached && groundAnswer(cached, citable, secrets);
    if (fromCache) return { ok: true, explanation: fromCache, cached: true };

    if (!breaker.allows()) return { ok: false, reason: "unavailable" };
    if (!(await quota.take(asker.person))) return { ok: false, reason: "quota" };
    if (!breaker.begin()) return { ok: false, reason: "unavailable" };
    let answer: ModelAnswer;
    try {
      answer = await source.answer(
        buildPrompt({ kind, excerpt, facts: request.facts, question, canary: this.#deps.canary }),
        this.#stopping.signal,
      );
      breaker.succeeded();
    } catch (error) {
      // Cut short by shutdown: says nothing about the service, so the breaker is left as it was.
      if (this.#stopping.signal.aborted) {
        log.info({ kind }, "explanation cut short: the bot is stopping");
        return { ok: false, reason: "unavailable" };
      }
      // A bad answer (wrong shape, not JSON, a refusal) still means the service is up.
      if (isServiceFailure(error)) breaker.failed();
      else breaker.succeeded();
      log.warn({ err: describeFailure(error), kind, breaker: breaker.state }, "model call failed");
      return { ok: false, reason: "failed" };
    }
    const grounded = groundAnswer(answer, citable, secrets);
    if (!grounded) {
      log.info({ kind }, "model answer had no grounded content; showing the matrix answer");
      return { ok: false, reason: "ungrounded" };
    }
    await cache.set(key, answer).catch(() => undefined);
    return { ok: true, explanation: grounded, cached: false };
  }

  /** The canary, the configuration and the kind's system prompt lines, squashed once per kind. */
  #secretsFor(request: ExplainRequest): SecretForms {
    const known = this.#forms.get(request.kind);
    if (known) return known;
    const lines = systemPrompt(request.kind, this.#deps.canary)
      .split("\n")
      .filter((line) => line.length >= DISTINCTIVE_LINE_CHARS);
    const forms = secretForms([this.#deps.canary, ...this.#deps.secrets, ...lines]);
    this.#forms.set(request.kind, forms);
    return forms;
  }
}
