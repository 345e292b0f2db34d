import type { IncomingHttpHeaders } from "node:http";

/** One request the fake received: a Web API call, or a post to a minted response_url. */
export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or `response_url` for posts to a minted response URL. */
  method: string;
  /** The full URL that was requested. */
  url: string;
  /** Parsed body; nested JSON fields (`blocks`, `view`, …) are decoded, other values stay strings. */
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** Token from `Authorization: Bearer` or the `token` field, if any. */
  token: string | undefined;
  /** HTTP status the fake answered with; 0 for a call it left hanging. */
  status: number;
}

export type CallPredicate = (call: RecordedCall) => boolean;

interface Waiter {
  method: string;
  predicate: CallPredicate;
  resolve: (call: RecordedCall) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export const DEFAULT_WAIT_MS = 5_000;

/**
 * Every call in arrival order, plus waiters. `nextCall` hands out each call at most once, oldest
 * first, so a test can await a call that already happened and then await the one after it.
 */
export class CallLog {
  readonly calls: RecordedCall[] = [];
  readonly #claimed = new Set<RecordedCall>();
  #waiters: Waiter[] = [];

  record(call: RecordedCall): void {
    this.calls.push(call);
    const waiter = this.#waiters.find((w) => w.method === call.method && w.predicate(call));
    if (waiter === undefined) return;
    this.#claimed.add(call);
    this.#settle(waiter);
    waiter.resolve(call);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  nextCall(
    method: string,
    predicate: CallPredicate = () => true,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<RecordedCall> {
    const earlier = this.calls.find(
      (call) => call.method === method && !this.#claimed.has(call) && predicate(call),
    );
    if (earlier !== undefined) {
      this.#claimed.add(earlier);
      return Promise.resolve(earlier);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#settle(waiter);
        const seen = this.calls.map((call) => call.method).join(", ") || "none";
        reject(
          new Error(`fake Slack: no ${method} call within ${timeoutMs} ms (calls seen: ${seen})`),
        );
      }, timeoutMs);
      const waiter: Waiter = { method, predicate, resolve, reject, timer };
      this.#waiters.push(waiter);
    });
  }

  /** Fails every pending wait, so a test blocked on a call that never came ends with a reason. */
  rejectAll(reason: string): void {
    for (const waiter of this.#waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`fake Slack: ${reason} while waiting for ${waiter.method}`));
    }
    this.#waiters = [];
  }

  #settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.#waiters = this.#waiters.filter((w) => w !== waiter);
  }
}
