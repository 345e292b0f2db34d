import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  RateLimitError,
} from "openai";
// Not re-exported from the package root: parse()'s own errors live in openai/core/error.
import { LengthFinishReasonError } from "openai/core/error";
import { zodResponseFormat } from "openai/helpers/zod";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ZodError, z } from "zod";
import {
  type ChatCompletionRequest,
  chatCompletion,
  type FakeOpenAI,
  type FakeOpenAIOptions,
  rawResponse,
  startFakeOpenAI,
} from "./openai/index.ts";

const Answer = z.object({
  skill: z.string(),
  level: z.int().min(1).max(4),
  tags: z.array(z.enum(["docs", "book"])).min(1),
  note: z.string().nullable(),
});

const API_KEY = "sk-test-fake";
const MODEL = "gpt-4o-mini";

let fake: FakeOpenAI;

async function start(options: FakeOpenAIOptions = {}): Promise<void> {
  await fake.close();
  fake = await startFakeOpenAI(options);
}

function client(options: { maxRetries?: number; timeout?: number; apiKey?: string } = {}): OpenAI {
  return new OpenAI({
    baseURL: fake.baseURL,
    apiKey: options.apiKey ?? API_KEY,
    maxRetries: options.maxRetries ?? 0,
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
}

function askForAnswer(openai: OpenAI) {
  return openai.chat.completions.parse({
    model: MODEL,
    messages: [
      { role: "system", content: "You grade skills." },
      { role: "user", content: "How good am I at PyTorch?" },
    ],
    response_format: zodResponseFormat(Answer, "answer"),
    temperature: 0.2,
    max_completion_tokens: 300,
  });
}

beforeEach(async () => {
  fake = await startFakeOpenAI();
});

afterEach(async () => {
  await fake.close();
});

describe("structured output with the real SDK", () => {
  test("parse() returns the handler's object and the fake records the schema and key", async () => {
    // GIVEN a handler that answers with an object
    const seen: ChatCompletionRequest[] = [];
    fake.respondWith((request) => {
      seen.push(request);
      return { skill: "pytorch", level: 3, tags: ["docs"], note: null };
    });

    // WHEN the SDK parses a completion against a zod schema
    const completion = await askForAnswer(client());

    // THEN the parsed message is the handler's object
    expect(completion.choices[0]?.message.parsed).toEqual({
      skill: "pytorch",
      level: 3,
      tags: ["docs"],
      note: null,
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage?.total_tokens).toBeGreaterThan(0);
    // AND the handler saw the parsed request
    expect(seen[0]?.model).toBe(MODEL);
    expect(seen[0]?.temperature).toBe(0.2);
    expect(seen[0]?.max_completion_tokens).toBe(300);
    expect(seen[0]?.messages.map((m) => m.role)).toEqual(["system", "user"]);
    // AND the recorded request carries the json_schema and the bearer key
    const recorded = await fake.nextRequest();
    expect(recorded.method).toBe("POST");
    expect(recorded.path).toBe("/v1/chat/completions");
    expect(recorded.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(recorded.headers["x-stainless-retry-count"]).toBe("0");
    const format = recorded.chat?.response_format;
    expect(format?.type).toBe("json_schema");
    if (format?.type !== "json_schema") return;
    expect(format.json_schema.name).toBe("answer");
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema).toMatchObject({
      type: "object",
      required: ["skill", "level", "tags", "note"],
      additionalProperties: false,
    });
  });

  test("the default handler answers the smallest JSON the requested schema accepts", async () => {
    // GIVEN no handler WHEN the SDK parses
    const completion = await askForAnswer(client());

    // THEN the answer satisfies the schema
    expect(completion.choices[0]?.message.parsed).toEqual({
      skill: "",
      level: 1,
      tags: ["docs"],
      note: null,
    });
  });

  test("the default answer also satisfies nested, formatted and union fields", async () => {
    const Rich = z.object({
      mentor: z.object({ email: z.email(), profile: z.url(), since: z.iso.datetime() }),
      score: z.number().gt(0),
      kind: z.union([z.literal("quiz"), z.string()]),
      later: z.string().optional().nullable(),
    });
    const completion = await client().chat.completions.parse({
      model: MODEL,
      messages: [{ role: "user", content: "Who mentors me?" }],
      response_format: zodResponseFormat(Rich, "mentor"),
    });
    expect(Rich.parse(completion.choices[0]?.message.parsed)).toBeTruthy();
  });

  test("plain requests get 'ok' by default", async () => {
    const completion = await client().chat.completions.create({
      model: MODEL,
      messages: [{ role: "user", content: "hi" }],
    });
    expect(completion.choices[0]?.message).toMatchObject({
      role: "assistant",
      content: "ok",
      refusal: null,
    });
  });

  test("content that does not match the schema makes parse() reject with a ZodError", async () => {
    // GIVEN a model that answers with the wrong shape
    fake.respondWith(() => ({ skill: "pytorch", level: 9 }));

    // WHEN / THEN the SDK's zod validation rejects it
    await expect(askForAnswer(client())).rejects.toBeInstanceOf(ZodError);
  });

  test("content that is not JSON makes parse() reject with a SyntaxError", async () => {
    fake.respondWith((request) =>
      rawResponse({ status: 200, body: chatCompletion(request, { content: "Sure! {skill:" }) }),
    );
    await expect(askForAnswer(client())).rejects.toThrow(SyntaxError);
  });

  test("finish_reason 'length' makes parse() reject with LengthFinishReasonError", async () => {
    fake.respondWith((request) =>
      rawResponse({
        status: 200,
        body: chatCompletion(request, { content: '{"skill":"py', finishReason: "length" }),
      }),
    );
    await expect(askForAnswer(client())).rejects.toBeInstanceOf(LengthFinishReasonError);
  });

  test("a refusal comes back with parsed null and the refusal text", async () => {
    fake.respondWith((request) =>
      rawResponse({
        status: 200,
        body: chatCompletion(request, { content: null, refusal: "I can't help with that." }),
      }),
    );
    const message = (await askForAnswer(client())).choices[0]?.message;
    expect(message?.parsed).toBeNull();
    expect(message?.refusal).toBe("I can't help with that.");
  });
});

describe("scripted failures", () => {
  test("a 500 then success is retried by the SDK and the retry is counted", async () => {
    // GIVEN the next call fails with a 500
    fake.failNext({ status: 500 });
    fake.respondWith(() => ({ skill: "sql", level: 2, tags: ["book"], note: "retried" }));

    // WHEN the SDK may retry once
    const completion = await askForAnswer(client({ maxRetries: 1 }));

    // THEN it succeeds on the retry
    expect(completion.choices[0]?.message.parsed?.note).toBe("retried");
    const first = await fake.nextRequest();
    const retry = await fake.nextRequest();
    expect(first.headers["x-stainless-retry-count"]).toBe("0");
    expect(retry.headers["x-stainless-retry-count"]).toBe("1");
    expect(fake.requests).toHaveLength(2);
  });

  test("a 429 without retries rejects with RateLimitError carrying retry-after", async () => {
    fake.failNext({ status: 429, retryAfterSeconds: 20 });

    const error = await askForAnswer(client({ maxRetries: 0 })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RateLimitError);
    if (!(error instanceof RateLimitError)) return;
    expect(error.status).toBe(429);
    expect(error.code).toBe("rate_limit_exceeded");
    expect(error.type).toBe("requests");
    expect(error.headers.get("retry-after")).toBe("20");
    expect(fake.requests).toHaveLength(1);
  });

  test("failures for `times` calls are all retried, then the call succeeds", async () => {
    fake.failNext({ status: 429, times: 2 });

    const completion = await askForAnswer(client({ maxRetries: 2 }));

    expect(completion.choices[0]?.message.parsed).not.toBeNull();
    expect(fake.requests.map((r) => r.headers["x-stainless-retry-count"])).toEqual(["0", "1", "2"]);
  });

  test("a hung request makes the SDK time out", async () => {
    // GIVEN the next call is accepted and never answered
    fake.hangNext();

    // WHEN the client waits at most 200 ms
    const call = askForAnswer(client({ timeout: 200, maxRetries: 0 }));

    // THEN the fake saw the request, and the SDK gives up with a timeout error
    expect((await fake.nextRequest()).path).toBe("/v1/chat/completions");
    await expect(call).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  test("close() drops a request that is still hanging", async () => {
    // GIVEN a request the fake never answers, from a client that would wait ten minutes
    fake.hangNext();
    const call = askForAnswer(client({ maxRetries: 0 }));
    await fake.nextRequest();

    // WHEN the fake closes
    await fake.close();

    // THEN the client sees the connection drop instead of waiting
    await expect(call).rejects.toBeInstanceOf(APIConnectionError);
  });

  test("an invalid request gets the API's 400 naming the parameter", async () => {
    const call = client().chat.completions.create({
      model: MODEL,
      messages: [{ role: "user", content: "hi" }],
      temperature: 3,
    });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    if (error instanceof BadRequestError) expect(error.param).toBe("temperature");
  });
});

describe("models and keys", () => {
  test("GET /v1/models lists the configured model", async () => {
    await start({ models: ["gpt-4.1-mini"] });
    const page = await client().models.list();
    expect(page.data.map((m) => m.id)).toEqual(["gpt-4.1-mini"]);
    expect((await client().models.retrieve("gpt-4.1-mini")).object).toBe("model");
  });

  test("a wrong key is refused with AuthenticationError when the fake has a key", async () => {
    await start({ apiKey: API_KEY });
    const error = await askForAnswer(client({ apiKey: "sk-wrong-key" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    if (error instanceof AuthenticationError) expect(error.code).toBe("invalid_api_key");
  });
});
