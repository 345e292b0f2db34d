import OpenAI, { APIError } from "openai";
import { MODEL_ANSWER_FORMAT, type ModelAnswer } from "./answer-schema.ts";
import type { Prompt } from "./prompt.ts";

export type ModelClientOptions = {
  apiKey: string;
  /** Any OpenAI-compatible server; the SDK's default (api.openai.com) when unset. */
  baseURL?: string | undefined;
  model: string;
  /**
   * For the whole answer, retries and their waits included: a person waits behind the
   * "thinking" line. The SDK's own timeout is per attempt, ten minutes by default, and it waits
   * out a 429's Retry-After (up to a minute) before each retry.
   */
  timeoutMs: number;
  maxRetries: number;
  maxTokens: number;
  /** Replaces the network (the benchmark's zero-latency model). */
  fetch?: typeof fetch;
  /** Replaces the wall-clock budget of `timeoutMs` (tests run out of time by hand). */
  budget?: Budget;
};

/** Calls `giveUp` once the answer's time is up; returns a function that cancels it. */
export type Budget = (giveUp: () => void) => () => void;

const wallClockBudget =
  (ms: number): Budget =>
  (giveUp) => {
    const timer = setTimeout(giveUp, ms);
    return () => clearTimeout(timer);
  };

/** The model refused, or said nothing the schema accepts. */
export class ModelGaveNoAnswer extends Error {
  override name = "ModelGaveNoAnswer";
}

/**
 * One structured completion through the real `openai` SDK: Chat Completions `parse` with a zod
 * response format, the form most OpenAI-compatible servers support. The SDK retries 408, 409,
 * 429, 5xx and connection errors itself (honouring `retry-after`), up to `maxRetries`.
 */
export class ModelClient {
  readonly model: string;
  readonly #openai: OpenAI;
  readonly #maxTokens: number;
  readonly #budget: Budget;

  constructor(options: ModelClientOptions) {
    this.model = options.model;
    this.#maxTokens = options.maxTokens;
    this.#budget = options.budget ?? wallClockBudget(options.timeoutMs);
    this.#openai = new OpenAI({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      // Failures are logged by the explainer, once, without the request.
      logLevel: "off",
    });
  }

  /**
   * Throws the SDK's errors (APIError and subclasses; APIUserAbortError once the budget is
   * spent or `stopping` aborts, even mid-wait before a retry), ZodError, SyntaxError or
   * ModelGaveNoAnswer.
   */
  async answer(prompt: Prompt, stopping?: AbortSignal): Promise<ModelAnswer> {
    const outOfTime = new AbortController();
    const cancel = this.#budget(() => outOfTime.abort());
    const signal = stopping ? AbortSignal.any([outOfTime.signal, stopping]) : outOfTime.signal;
    try {
      const completion = await this.#openai.chat.completions.parse(
        {
          model: this.model,
          messages: [
            { role: "system", content: prompt.system },
            { role: "user", content: prompt.user },
          ],
          response_format: MODEL_ANSWER_FORMAT,
          max_completion_tokens: this.#maxTokens,
        },
        { signal },
      );
      const message = completion.choices[0]?.message;
      // Not the refusal's own words: they can quote the person's question, and errors get logged.
      if (!message?.parsed)
        throw new ModelGaveNoAnswer(message?.refusal ? "the model refused" : "empty answer");
      return message.parsed;
    } finally {
      cancel();
    }
  }
}

/** Statuses that say the service, or this deployment's key or model, fails for everyone. */
const OUTAGE_STATUSES = new Set([401, 403, 404, 408, 429]);

/**
 * Failures that say the service is unwell for everyone: no connection, a timeout, a 5xx, a 429,
 * or the deployment's key or model refused. A 400 or 422 is about one request (often one
 * person's text the provider will not take): counting those would let anyone switch
 * explanations off for every team with a few such questions.
 */
export function isServiceFailure(error: unknown): boolean {
  if (!(error instanceof APIError)) return false;
  return error.status === undefined || error.status >= 500 || OUTAGE_STATUSES.has(error.status);
}

/**
 * What a failure was, without its message: an API error's message is the server's text (a 401
 * can quote the key), and a parse error's quotes the model's answer, which can quote the
 * person's question. The class, the HTTP status and the provider's error code say enough.
 */
export function describeFailure(error: unknown): { name: string; status?: number; code?: string } {
  if (!(error instanceof Error)) return { name: "unknown" };
  const name = error.name === "Error" ? error.constructor.name : error.name;
  if (!(error instanceof APIError)) return { name };
  return {
    name,
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(typeof error.code === "string" ? { code: error.code.slice(0, 64) } : {}),
  };
}
