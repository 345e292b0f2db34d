import { webApi } from "@slack/bolt";
import type { Logger } from "../../src/core/ports.ts";
import { boltLogger } from "./bolt-logger.ts";
import { SLACK_TIMING as T } from "./limits.ts";

/** Waits; injected so tests run 429 back-offs without waiting on the wall clock. */
export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `once`: the call changes something (posts a message), so only a refusal (429) is retried;
 * after a timeout or a 5xx it may have happened, and a retry could post it twice.
 * `idempotent`: doing it twice is harmless (publish a view, update a message, read a user).
 */
export type CallKind = "once" | "idempotent";

/** A Slack answer we give up on, with a code a test (and a log reader) can rely on. */
export class SlackCallFailed extends Error {
  override name = "SlackCallFailed";
  readonly code: "ResponseUrlRefused" | "ResponseUrlNotAllowed";
  /** The HTTP status of a refusal, when there was one. */
  readonly status: number | undefined;
  constructor(code: SlackCallFailed["code"], message: string, status?: number) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** Slack said no, so nothing was shown: expired (30 minutes), used up (5 answers), not ours. */
  get refused(): boolean {
    return (
      this.code === "ResponseUrlNotAllowed" ||
      (this.status !== undefined && this.status >= 400 && this.status < 500)
    );
  }
}

/**
 * The options every WebClient we make gets: our own timeout, no hidden retries, and the app's
 * logger. Without it, the client prints its warnings (a failed request, Slack's warnings on a
 * call) as plain console text among the app's JSON lines.
 */
export function webClientOptions(
  api: { apiUrl: string | undefined; apiTimeoutMs: number },
  log: Logger,
): webApi.WebClientOptions {
  return {
    ...(api.apiUrl ? { slackApiUrl: api.apiUrl } : {}),
    timeout: api.apiTimeoutMs,
    // Retries happen in SlackCalls, where a 429 is told apart from a timeout.
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: boltLogger(log),
  };
}

/** A field of a thrown value, which may be anything. */
const field = (error: unknown, key: string): unknown =>
  typeof error === "object" && error !== null ? Reflect.get(error, key) : undefined;

/** The `error` of a Slack Web API answer that was not ok ("channel_not_found"). */
export const slackErrorCode = (error: unknown): string | undefined => {
  const code =
    error instanceof Error && "data" in error
      ? (error.data as { error?: unknown } | undefined)?.error
      : undefined;
  return typeof code === "string" ? code : undefined;
};

/** The wait Slack asked for when it refused a call with 429, in ms; undefined for other errors. */
export function retryAfterMs(error: unknown): number | undefined {
  const seconds = field(error, "retryAfter");
  return field(error, "code") === webApi.ErrorCode.RateLimitedError && typeof seconds === "number"
    ? seconds * 1000
    : undefined;
}

/**
 * Network errors, timeouts and 5xx: Slack may or may not have acted on the call. Worth another
 * try only when doing it twice is harmless.
 */
export function isTransient(error: unknown): boolean {
  const code = field(error, "code");
  const status = field(error, "statusCode");
  if (code === webApi.ErrorCode.RequestError) return true;
  return code === webApi.ErrorCode.HTTPError && typeof status === "number" && status >= 500;
}

/** Retry-After in ms; Slack always sends it with a 429, a missing one counts as a second. */
function retryAfterHeader(response: Response): number {
  const seconds = Number(response.headers.get("retry-after") ?? "1");
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

/** Runs Web API calls and response_url posts with bounded, duplicate-free retries. */
export class SlackCalls {
  readonly #sleep: Sleep;
  readonly #log: Logger;
  /** Where response_urls may point; undefined: anywhere. */
  readonly #responseHosts: ReadonlySet<string> | undefined;

  constructor(options: { sleep: Sleep; log: Logger; slackApiUrl?: string | undefined }) {
    this.#sleep = options.sleep;
    this.#log = options.log;
    // Against Slack itself, only Slack's own hosts get our answers. With SLACK_API_URL set
    // (a proxy, a Slack-compatible server, a test double), its response_urls may be served
    // from anywhere it likes; they still only ever come in signed payloads.
    this.#responseHosts = options.slackApiUrl
      ? undefined
      : new Set(["hooks.slack.com", "hooks.slack-gov.com"]);
  }

  /**
   * `rateLimits: "raise"` leaves a 429 to the caller, for callers that pace themselves (the
   * core's outbox spaces and retries its own posts).
   */
  async call<R>(
    method: string,
    kind: CallKind,
    run: () => Promise<R>,
    rateLimits: "wait" | "raise" = "wait",
  ): Promise<R> {
    let limited = 0;
    let failed = 0;
    for (;;) {
      try {
        return await run();
      } catch (error) {
        const wait = rateLimits === "wait" ? retryAfterMs(error) : undefined;
        if (wait !== undefined && limited < T.rateLimitRetries && wait <= T.maxRetryAfterMs) {
          limited += 1;
          this.#log.warn({ method, retryAfterMs: wait }, "Slack rate limit: waiting to retry");
          await this.#sleep(wait);
          continue;
        }
        if (kind === "idempotent" && isTransient(error) && failed < T.idempotentRetries) {
          failed += 1;
          await this.#sleep(T.idempotentBackoffMs * failed);
          continue;
        }
        throw error;
      }
    }
  }

  /** POSTs to a response_url; a 429 waits for Retry-After, anything else is not retried. */
  async respond(url: string, body: Record<string, unknown>): Promise<void> {
    if (this.#responseHosts && !this.#responseHosts.has(new URL(url).host))
      throw new SlackCallFailed("ResponseUrlNotAllowed", `response_url host ${new URL(url).host}`);
    for (let limited = 0; ; limited += 1) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(T.responseUrlTimeoutMs),
      });
      const answer = await response.text();
      if (response.ok) return;
      const wait = retryAfterHeader(response);
      if (response.status === 429 && limited < T.rateLimitRetries && wait <= T.maxRetryAfterMs) {
        this.#log.warn({ retryAfterMs: wait }, "Slack rate limit on response_url: waiting");
        await this.#sleep(wait);
        continue;
      }
      throw new SlackCallFailed(
        "ResponseUrlRefused",
        `${response.status} ${answer.slice(0, 100)}`,
        response.status,
      );
    }
  }
}
