// The fake OpenAI API for tests: start it, point the real SDK at `baseURL`, script answers.
export {
  type AssistantTurn,
  type CompletionHandler,
  chatCompletion,
  defaultHandler,
  type FinishReason,
  type HandlerResult,
  type RawResponse,
  rawResponse,
} from "./completions.ts";
export { defaultErrorFor, type OpenAIErrorBody, openAIError } from "./errors.ts";
export { minimalValueFor } from "./minimal-json.ts";
export type { RecordedRequest } from "./recorder.ts";
export type { ChatCompletionRequest, ChatMessage } from "./request.ts";
export type { ScriptedFailure } from "./script.ts";
export { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from "./server.ts";
