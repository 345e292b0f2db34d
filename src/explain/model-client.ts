import OpenAI, { APIError } from "openai";
import { MODEL_ANSWER_FORMAT, type ModelAnswer } from "./answer-schema.ts";
import type { Prompt } from "./prompt.ts";

export type ModelClientOptions = {
  apiKey: string;
  /** Any OpenAI-compatible server; the SDK's default (api.openai.com) when unset. */
  baseURL?: string | undefined;
  model: string;
  /** Per attempt. The SDK's own default is ten minutes, far too long for a chat reply. */
  timeoutMs: number;
  maxRetries: number;
  maxTokens: number;
  /** Replaces the network (the benchmark's zero-latency model). */
  fetch?: typeof fetch;
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

  constructor(options: ModelClientOptions) {
    this.model = options.model;
    this.#maxTokens = options.maxTokens;
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

  /** Throws the SDK's errors (APIError and subclasses), ZodError, SyntaxError or ModelGaveNoAnswer. */
  async answer(prompt: Prompt): Promise<ModelAnswer> {
    const completion = await this.#openai.chat.completions.parse({
      model: this.model,
      messages: [
        { role: "system", content: prompt.system },
        { role: "user", content: prompt.user },
      ],
      response_format: MODEL_ANSWER_FORMAT,
      max_completion_tokens: this.#maxTokens,
    });
    const message = completion.choices[0]?.message;
    if (!message?.parsed) throw new ModelGaveNoAnswer(message?.refusal ?? "empty answer");
    return message.parsed;
  }
}

/** Failures that say the service is unwell (network, timeout, 4xx/5xx), as opposed to one bad answer. */
export function isServiceFailure(error: unknown): boolean {
  return error instanceof APIError;
}
