// A local stand-in for api.openai.com: the real `openai` SDK talks to it over HTTP on 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Model } from "openai/resources/models";
import {
  answerFor,
  type CompletionHandler,
  defaultHandler,
  FIXED_CREATED,
  type HttpAnswer,
} from "./completions.ts";
import { type OpenAIErrorBody, openAIError } from "./errors.ts";
import { type RecordedRequest, RequestRecorder } from "./recorder.ts";
import { type ChatCompletionRequest, parseChatCompletionRequest } from "./request.ts";
import { CHAT_COMPLETIONS_PATH, OutcomeScript, type ScriptedFailure } from "./script.ts";

export type FakeOpenAIOptions = {
  /** Listed by `GET /v1/models` (default ["gpt-4o-mini"]); chat completions accept any model. */
  models?: readonly string[];
  /** When set, a request bearing another key gets the API's 401 `invalid_api_key`. */
  apiKey?: string;
  /** How long `nextRequest()` waits before rejecting with a clear message (default 5000 ms). */
  waitTimeoutMs?: number;
};

export type FakeOpenAI = {
  /** Pass to `new OpenAI({ baseURL, apiKey })`; ends in "/v1" like the real base URL. */
  baseURL: string;
  /** Every request so far, in arrival order (scripted failures and hangs included). */
  requests: readonly RecordedRequest[];
  /** The oldest request not yet returned by `nextRequest()`, waiting for it if needed. */
  nextRequest(): Promise<RecordedRequest>;
  /** Answers later chat completions with `handler` (until replaced). */
  respondWith(handler: CompletionHandler): void;
  /** Makes the next `times` calls of a route (default: chat completions) fail with `status`. */
  failNext(failure: ScriptedFailure): void;
  /** Accepts the next `times` calls and never answers them, so the client's timeout fires. */
  hangNext(times?: number, path?: string): void;
  /** Stops listening and drops every open socket, hanging requests included. */
  close(): Promise<void>;
};

const OPENAI_HEADERS = { "openai-version": "2020-10-01", "openai-processing-ms": "0" };

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const models = options.models ?? ["gpt-4o-mini"];
  const recorder = new RequestRecorder(options.waitTimeoutMs ?? 5000);
  const script = new OutcomeScript();
  const hanging = new Set<ServerResponse>();
  let handler: CompletionHandler = defaultHandler;
  let served = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", "http://fake.invalid").pathname;
    const json = parseJson(await readBody(req));
    const chatParse =
      method === "POST" && path === CHAT_COMPLETIONS_PATH && json.ok
        ? parseChatCompletionRequest(json.value)
        : undefined;
    const recorded: RecordedRequest = {
      method,
      path,
      headers: flattenHeaders(req),
      body: json.ok ? json.value : undefined,
      chat: chatParse?.ok ? chatParse.request : undefined,
    };
    recorder.record(recorded);
    served += 1;
    const n = served;
    const requestId = `req_fake_${n}`;

    const scripted = script.take(path);
    if (scripted?.kind === "hang") {
      hanging.add(res);
      res.on("close", () => hanging.delete(res));
      return;
    }
    if (scripted?.kind === "fail") return send(res, requestId, scripted.answer);

    const authError = authenticate(recorded.headers.authorization, options.apiKey);
    if (authError) return send(res, requestId, errorAnswer(401, authError));

    if (method === "POST" && path === CHAT_COMPLETIONS_PATH) {
      if (!chatParse) return send(res, requestId, errorAnswer(400, INVALID_JSON));
      if (!chatParse.ok) return send(res, requestId, errorAnswer(400, chatParse.error));
      return send(res, requestId, await complete(chatParse.request, recorded, n));
    }
    if (method === "GET" && path === "/v1/models") {
      return send(res, requestId, jsonAnswer(200, { object: "list", data: models.map(model) }));
    }
    const modelId = method === "GET" ? path.match(/^\/v1\/models\/([^/]+)$/)?.[1] : undefined;
    if (modelId !== undefined) {
      const id = decodeURIComponent(modelId);
      return send(
        res,
        requestId,
        models.includes(id) ? jsonAnswer(200, model(id)) : errorAnswer(404, modelNotFound(id)),
      );
    }
    const unknownRoute = openAIError(`Invalid URL (${method} ${path})`, "invalid_request_error");
    return send(res, requestId, errorAnswer(404, unknownRoute));
  }

  async function complete(
    request: ChatCompletionRequest,
    recorded: RecordedRequest,
    n: number,
  ): Promise<HttpAnswer> {
    if (request.stream) return errorAnswer(400, STREAM_UNSUPPORTED);
    try {
      const result = await handler(request, recorded);
      return answerFor(result, request, { id: `chatcmpl-fake-${n}`, created: FIXED_CREATED });
    } catch (error) {
      // Not retryable, so the SDK surfaces the test's bug at once instead of retrying it.
      const answer = errorAnswer(
        500,
        openAIError(`fake OpenAI handler threw: ${String(error)}`, "server_error"),
      );
      return { ...answer, headers: { ...answer.headers, "x-should-retry": "false" } };
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      send(res, "req_fake_error", errorAnswer(500, openAIError(String(error), "server_error")));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let closed: Promise<void> | undefined;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests: recorder.requests,
    nextRequest: () => recorder.next(),
    respondWith: (next) => {
      handler = next;
    },
    failNext: (failure) => script.fail(failure),
    hangNext: (times = 1, path = CHAT_COMPLETIONS_PATH) => script.hang(times, path),
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        for (const res of hanging) res.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

const INVALID_JSON = openAIError(
  "We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.",
  "invalid_request_error",
);

const STREAM_UNSUPPORTED = openAIError(
  "fake OpenAI does not stream; call without `stream: true`.",
  "invalid_request_error",
  null,
  "stream",
);

function model(id: string): Model {
  return { id, object: "model", created: FIXED_CREATED, owned_by: "system" };
}

function modelNotFound(id: string): OpenAIErrorBody {
  return openAIError(
    `The model '${id}' does not exist`,
    "invalid_request_error",
    "model_not_found",
    "model",
  );
}

/** The API's answers for a missing or (when the fake has a key) wrong bearer key. */
function authenticate(authorization: string | undefined, apiKey: string | undefined) {
  const key = authorization?.match(/^Bearer (.+)$/)?.[1];
  if (!key) {
    return openAIError(
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      "invalid_request_error",
    );
  }
  if (apiKey !== undefined && key !== apiKey) {
    return openAIError(
      `Incorrect API key provided: ${key.slice(0, 3)}***${key.slice(-4)}.`,
      "invalid_request_error",
      "invalid_api_key",
    );
  }
  return undefined;
}

function jsonAnswer(status: number, body: unknown): HttpAnswer {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

function errorAnswer(status: number, body: OpenAIErrorBody): HttpAnswer {
  return jsonAnswer(status, body);
}

function send(res: ServerResponse, requestId: string, answer: HttpAnswer): void {
  res.writeHead(answer.status, { ...OPENAI_HEADERS, "x-request-id": requestId, ...answer.headers });
  res.end(answer.body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

type JsonParse = { ok: true; value: unknown } | { ok: false };

function parseJson(text: string): JsonParse {
  if (text === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
