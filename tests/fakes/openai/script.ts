// Outcomes a test scripts for the next calls of a route, consumed first-in first-out.

import type { HttpAnswer } from "./completions.ts";
import { defaultErrorFor } from "./errors.ts";

export type ScriptedFailure = {
  status: number;
  /** Sent as `retry-after` (seconds); defaults to 1 on a 429, as the API does. */
  retryAfterSeconds?: number;
  /**
   * Sent as `retry-after-ms`, which the SDK prefers over `retry-after` when it waits before a
   * retry. Defaults to 0 so scripted retries are immediate instead of 0.5–8 s of backoff.
   */
  retryAfterMs?: number;
  /** Replaces the OpenAI-shaped error body; a string is sent verbatim (e.g. a proxy's HTML). */
  body?: unknown;
  /** How many consecutive calls fail this way (default 1). */
  times?: number;
  /** Which route fails (default "/v1/chat/completions"). */
  path?: string;
};

export type ScriptedOutcome = { kind: "fail"; answer: HttpAnswer } | { kind: "hang" };

export const CHAT_COMPLETIONS_PATH = "/v1/chat/completions";

export class OutcomeScript {
  #queues = new Map<string, ScriptedOutcome[]>();

  fail(failure: ScriptedFailure): void {
    this.#push(failure.path ?? CHAT_COMPLETIONS_PATH, failure.times ?? 1, {
      kind: "fail",
      answer: failureAnswer(failure),
    });
  }

  hang(times: number, path: string): void {
    this.#push(path, times, { kind: "hang" });
  }

  /** The scripted outcome for this call of `path`, or undefined to answer normally. */
  take(path: string): ScriptedOutcome | undefined {
    return this.#queues.get(path)?.shift();
  }

  #push(path: string, times: number, outcome: ScriptedOutcome): void {
    if (!Number.isInteger(times) || times < 1) {
      throw new Error(`fake OpenAI: times must be a positive integer, got ${times}`);
    }
    const queue = this.#queues.get(path) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(outcome);
    this.#queues.set(path, queue);
  }
}

function failureAnswer(failure: ScriptedFailure): HttpAnswer {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "retry-after-ms": String(failure.retryAfterMs ?? 0),
  };
  const retryAfterSeconds = failure.retryAfterSeconds ?? (failure.status === 429 ? 1 : undefined);
  if (retryAfterSeconds !== undefined) headers["retry-after"] = String(retryAfterSeconds);
  const body = failure.body ?? defaultErrorFor(failure.status);
  return {
    status: failure.status,
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}
