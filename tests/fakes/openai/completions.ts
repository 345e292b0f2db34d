// Chat Completion bodies and what a test-supplied handler may answer with.
import type { ChatCompletion } from "openai/resources/chat/completions";
import { minimalValueFor } from "./minimal-json.ts";
import type { RecordedRequest } from "./recorder.ts";
import type { ChatCompletionRequest } from "./request.ts";

const RAW = Symbol("fake-openai-raw-response");

/** Unix seconds; fixed so recorded responses are deterministic (no clock read in the fake). */
export const FIXED_CREATED = 1_700_000_000;

/** A response sent exactly as given: for malformed bodies and other edge cases. */
export type RawResponse = {
  readonly [RAW]: true;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A string is sent verbatim (e.g. broken JSON); anything else is JSON-encoded. */
  readonly body: unknown;
};

/**
 * A string is the assistant's content; an object is JSON-encoded as the content (structured
 * output); a `rawResponse(...)` replaces the whole HTTP response.
 */
export type HandlerResult = string | object | RawResponse;

export type CompletionHandler = (
  request: ChatCompletionRequest,
  recorded: RecordedRequest,
) => HandlerResult | Promise<HandlerResult>;

export type FinishReason = ChatCompletion.Choice["finish_reason"];

export type AssistantTurn = {
  content?: string | null;
  refusal?: string | null;
  finishReason?: FinishReason;
  id?: string;
  created?: number;
};

/** Branded so an answer object that happens to have `status`/`body` keys is never mistaken for it. */
export function rawResponse(init: {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}): RawResponse {
  return { [RAW]: true, status: init.status, headers: init.headers ?? {}, body: init.body };
}

/** A Chat Completion object as the API returns it, for one assistant turn. */
export function chatCompletion(
  request: ChatCompletionRequest,
  turn: AssistantTurn,
): ChatCompletion {
  const content = turn.content === undefined ? null : turn.content;
  const promptTokens = estimateTokens(JSON.stringify(request.messages));
  const completionTokens = estimateTokens(content ?? turn.refusal ?? "");
  return {
    id: turn.id ?? "chatcmpl-fake",
    object: "chat.completion",
    created: turn.created ?? FIXED_CREATED,
    model: request.model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal: turn.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: turn.finishReason ?? "stop",
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: "default",
    system_fingerprint: "fp_fake",
  };
}

/** Answers any request validly: the smallest JSON the requested schema accepts, else "ok". */
export const defaultHandler: CompletionHandler = (request) => {
  const format = request.response_format;
  if (format?.type === "json_schema")
    return JSON.stringify(minimalValueFor(format.json_schema.schema));
  if (format?.type === "json_object") return "{}";
  return "ok";
};

export type HttpAnswer = { status: number; headers: Record<string, string>; body: string };

/** Turns a handler's result into the HTTP answer the fake sends. */
export function answerFor(
  result: HandlerResult,
  request: ChatCompletionRequest,
  turn: Pick<AssistantTurn, "id" | "created">,
): HttpAnswer {
  if (isRawResponse(result)) {
    return {
      status: result.status,
      headers: { "content-type": "application/json", ...result.headers },
      body: typeof result.body === "string" ? result.body : JSON.stringify(result.body),
    };
  }
  const content = typeof result === "string" ? result : JSON.stringify(result);
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(chatCompletion(request, { ...turn, content })),
  };
}

function isRawResponse(result: HandlerResult): result is RawResponse {
  return typeof result === "object" && RAW in result;
}

/** Roughly four characters a token: enough for usage numbers that grow with the input. */
function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
