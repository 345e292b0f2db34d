// Scripted failures: the next N calls of a method answer with an error instead of success.

export interface ScriptedFailure {
  /** HTTP status; 429 is Slack's rate limit. Omitted or 200 means an `ok: false` body on HTTP 200. */
  status?: number;
  /** Sent as `Retry-After` (Slack always sends it with 429; defaults to 1 there). */
  retryAfterSeconds?: number;
  /** The `error` code in the body, e.g. `channel_not_found`, `invalid_auth`, `expired_trigger_id`. */
  error?: string;
  /** How many consecutive calls fail (default 1). */
  times?: number;
  /** Never answer (until the fake closes): a Slack that hangs, for the caller's timeout. */
  hang?: true;
}

export interface FailureResponse {
  /** Leave the request unanswered. */
  hang?: true;
  status: number;
  headers: Record<string, string>;
  body: { ok: false; error: string };
}

export class FailureScript {
  readonly #pending = new Map<string, ScriptedFailure[]>();

  failNext(method: string, failure: ScriptedFailure): void {
    const times = failure.times ?? 1;
    const queue = this.#pending.get(method) ?? [];
    for (let i = 0; i < times; i += 1) queue.push(failure);
    this.#pending.set(method, queue);
  }

  /** The failure to answer this call with, consuming it; undefined when the call should succeed. */
  take(method: string): FailureResponse | undefined {
    const failure = this.#pending.get(method)?.shift();
    if (failure === undefined) return undefined;
    const status = failure.status ?? 200;
    if (failure.hang) return { hang: true, status: 0, headers: {}, body: { ok: false, error: "" } };
    if (status === 429) {
      return {
        status,
        headers: { "retry-after": String(failure.retryAfterSeconds ?? 1) },
        body: { ok: false, error: failure.error ?? "ratelimited" },
      };
    }
    const headers: Record<string, string> =
      failure.retryAfterSeconds === undefined
        ? {}
        : { "retry-after": String(failure.retryAfterSeconds) };
    const fallback = status >= 500 ? "internal_error" : "fatal_error";
    return { status, headers, body: { ok: false, error: failure.error ?? fallback } };
  }
}
