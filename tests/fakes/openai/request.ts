// The chat completions request body, parsed at the fake's edge: a test's handler gets typed
// fields, and a malformed request from the bot gets the 400 the real API would send.
import { z } from "zod";
import { type OpenAIErrorBody, openAIError } from "./errors.ts";

const ContentPart = z.looseObject({ type: z.string() });

const Message = z.looseObject({
  role: z.enum(["system", "developer", "user", "assistant", "tool", "function"]),
  content: z.union([z.string(), z.array(ContentPart), z.null()]).optional(),
  name: z.string().optional(),
});

const JsonSchemaFormat = z.looseObject({
  name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  description: z.string().optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
  strict: z.boolean().nullable().optional(),
});

const ResponseFormat = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text") }),
  z.object({ type: z.literal("json_object") }),
  z.object({ type: z.literal("json_schema"), json_schema: JsonSchemaFormat }),
]);

const ChatCompletionRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(Message).min(1),
  response_format: ResponseFormat.optional(),
  max_tokens: z.int().positive().nullable().optional(),
  max_completion_tokens: z.int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  n: z.int().min(1).nullable().optional(),
  stream: z.boolean().nullable().optional(),
});

export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequestSchema>;
export type ChatMessage = z.infer<typeof Message>;

export type ParsedChatRequest =
  | { ok: true; request: ChatCompletionRequest }
  | { ok: false; error: OpenAIErrorBody };

/** Parses a request body the way the API validates it, naming the bad parameter like it does. */
export function parseChatCompletionRequest(body: unknown): ParsedChatRequest {
  const result = ChatCompletionRequestSchema.safeParse(body);
  if (result.success) return { ok: true, request: result.data };
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const param = paramName(path);
  const message =
    valueAt(body, path) === undefined
      ? `Missing required parameter: '${param}'.`
      : `Invalid value for '${param}': ${issue?.message ?? "invalid"}.`;
  return { ok: false, error: openAIError(message, "invalid_request_error", null, param) };
}

/** ["messages", 0, "role"] -> "messages[0].role", as the API spells `param`. */
function paramName(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
