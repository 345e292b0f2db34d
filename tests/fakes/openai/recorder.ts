// Every request the fake receives, in arrival order, with a cursor so a test can await them
// one by one without racing the client (a request that already arrived is not missed).
import type { ChatCompletionRequest } from "./request.ts";

export type RecordedRequest = {
  method: string;
  /** Path without the query string, e.g. "/v1/chat/completions". */
  path: string;
  /** Lower-cased names, e.g. `authorization`, `x-stainless-retry-count`. */
  headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, or undefined when there was none (or it was not JSON). */
  body: unknown;
  /** The body parsed as a chat completions request, when it is one and it is valid. */
  chat: ChatCompletionRequest | undefined;
};

type Waiter = (request: RecordedRequest) => void;

export class RequestRecorder {
  readonly requests: RecordedRequest[] = [];
  #handedOut = 0;
  #waiters: Waiter[] = [];
  readonly #timeoutMs: number;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  record(request: RecordedRequest): void {
    this.requests.push(request);
    const waiter = this.#waiters.shift();
    if (waiter) {
      this.#handedOut += 1;
      waiter(request);
    }
  }

  /** The oldest request not yet returned by `next()`, waiting for it if it has not arrived. */
  next(): Promise<RecordedRequest> {
    const ready = this.requests[this.#handedOut];
    if (ready) {
      this.#handedOut += 1;
      return Promise.resolve(ready);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(
          new Error(
            `fake OpenAI: no request arrived within ${this.#timeoutMs} ms ` +
              `(${this.requests.length} recorded so far)`,
          ),
        );
      }, this.#timeoutMs);
      timer.unref();
      const waiter: Waiter = (request) => {
        clearTimeout(timer);
        resolve(request);
      };
      this.#waiters.push(waiter);
    });
  }
}
