import { afterEach, describe, expect, test } from "vitest";
import { readConfig } from "../../src/config.ts";
import { text } from "../../src/core/messages.ts";
import { plain } from "../../src/core/rich-text.ts";
import { explainerFromConfig } from "../../src/explain/explainer-from-config.ts";
import { chatCompletion, rawResponse } from "../fakes/openai/completions.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";
import {
  API_KEY,
  answer,
  asker,
  DM,
  explainHarness,
  type Harness,
  person,
  settled,
  shown,
} from "./harness.ts";

const THINKING = plain(text.explainThinking);
const DAY_MS = 24 * 60 * 60 * 1000;

let h: Harness;
afterEach(async () => {
  await h.close();
});

const explain = (skill: string, who = asker("ana")) => h.bot.run(who, { name: "explain", skill });
const explained = (reply: { blocks: unknown[] }) => shown(reply as never).includes("Sources:");

/** A model that cites whatever skill the excerpt leads with. */
function citingModel(h: Harness) {
  h.fake.respondWith((request) => {
    const user = request.messages.find((m) => m.role === "user")?.content;
    const id = JSON.parse(String(user).split("\n")[0] ?? "{}").matrix[0].id as string;
    return answer(`About ${id}: grounded prose.`, [id]);
  });
}

describe("timeouts and retries", () => {
  test("GIVEN a model that never answers WHEN the timeout passes THEN the plain answer replaces the thinking line", async () => {
    h = await explainHarness({ env: { OPENAI_TIMEOUT_MS: "150" } });
    h.fake.hangNext();

    const first = await explain("pytorch");
    expect(shown(first)).toContain(THINKING);
    const final = await settled(first);

    expect(shown(final)).not.toContain(THINKING);
    expect(explained(final)).toBe(false);
    expect(shown(final)).toContain("PyTorch · Frameworks");
  });

  test("GIVEN a 429 asking to wait 30 s WHEN the explanation's time is up meanwhile THEN the plain answer comes then, with no retry", async () => {
    let giveUp: (() => void) | undefined;
    h = await explainHarness({
      tuning: {
        maxRetries: 2,
        budget: (onElapsed) => {
          giveUp = onElapsed;
          return () => {
            giveUp = undefined;
          };
        },
      },
    });
    citingModel(h);
    h.fake.failNext({ status: 429, retryAfterMs: 30_000 });

    const first = await explain("pytorch");
    await h.fake.nextRequest();
    expect(giveUp).toBeDefined();
    giveUp?.();
    const final = await settled(first);

    expect(explained(final)).toBe(false);
    expect(shown(final)).toContain("PyTorch · Frameworks");
    expect(h.fake.requests).toHaveLength(1);
  });

  test("GIVEN a 429 then an answer WHEN retries are allowed THEN the SDK retries and the explanation arrives", async () => {
    h = await explainHarness({ tuning: { maxRetries: 2 } });
    citingModel(h);
    h.fake.failNext({ status: 429 });

    const final = await settled(await explain("pytorch"));

    expect(explained(final)).toBe(true);
    expect(h.fake.requests.map((r) => r.headers["x-stainless-retry-count"])).toEqual(["0", "1"]);
  });

  test("GIVEN two 500s then an answer WHEN two retries are allowed THEN the third attempt answers", async () => {
    h = await explainHarness({ tuning: { maxRetries: 2 } });
    citingModel(h);
    h.fake.failNext({ status: 500, times: 2 });

    const final = await settled(await explain("pytorch"));

    expect(explained(final)).toBe(true);
    expect(h.fake.requests).toHaveLength(3);
  });

  test("GIVEN more 500s than retries WHEN explained THEN the attempts are bounded and the plain answer shows", async () => {
    h = await explainHarness({ tuning: { maxRetries: 2 } });
    h.fake.failNext({ status: 500, times: 5 });

    const final = await settled(await explain("pytorch"));

    expect(explained(final)).toBe(false);
    expect(h.fake.requests).toHaveLength(3);
  });
});

describe("circuit breaker", () => {
  test("GIVEN repeated failures WHEN the breaker opens THEN replies are plain at once and the model is left alone until the cooldown", async () => {
    h = await explainHarness({ tuning: { breakerFailures: 2, breakerCooldownMs: 30_000 } });
    h.fake.failNext({ status: 503, times: 2 });

    await settled(await explain("pytorch"));
    await settled(await explain("python"));
    expect(h.fake.requests).toHaveLength(2);

    // Open: no thinking line, no followUp, no request.
    const whileOpen = await explain("sql");
    expect(whileOpen.followUp).toBeUndefined();
    expect(shown(whileOpen)).not.toContain(THINKING);
    expect(h.fake.requests).toHaveLength(2);

    // After the cooldown one probe goes through; its success closes the breaker.
    h.clock.advance(30_000);
    citingModel(h);
    const probe = await settled(await explain("sql"));
    expect(explained(probe)).toBe(true);
    expect(h.fake.requests).toHaveLength(3);
    expect(explained(await settled(await explain("git")))).toBe(true);
  });

  test("GIVEN an open breaker WHEN the probe after the cooldown fails THEN it opens again for another cooldown", async () => {
    h = await explainHarness({ tuning: { breakerFailures: 1, breakerCooldownMs: 10_000 } });
    h.fake.failNext({ status: 500, times: 2 });

    await settled(await explain("pytorch"));
    h.clock.advance(10_000);
    await settled(await explain("pytorch"));
    expect(h.fake.requests).toHaveLength(2);

    expect((await explain("pytorch")).followUp).toBeUndefined();
    h.clock.advance(10_000);
    citingModel(h);
    expect(explained(await settled(await explain("pytorch")))).toBe(true);
  });
});

describe("one request's failure is not an outage", () => {
  test("GIVEN questions the provider rejects with 400 WHEN more come than the breaker's threshold THEN explanations stay on for everyone else", async () => {
    h = await explainHarness({ tuning: { breakerFailures: 2, breakerCooldownMs: 60_000 } });
    const flagged = {
      status: 400,
      body: {
        error: { message: "Invalid prompt", type: "invalid_request_error", code: "invalid_prompt" },
      },
    };
    h.fake.failNext({ ...flagged, times: 3 });
    for (let i = 0; i < 3; i++) await settled(await explain("pytorch", asker("mallory")));

    citingModel(h);
    const other = await explain("python", { person: person("ana", "T2"), where: DM });

    expect(other.followUp).toBeDefined();
    expect(explained(await settled(other))).toBe(true);
    expect(h.fake.requests).toHaveLength(4);
  });

  test("GIVEN the deployment's key refused (401) WHEN it happens as often as the threshold THEN the breaker opens", async () => {
    h = await explainHarness({ tuning: { breakerFailures: 2, breakerCooldownMs: 60_000 } });
    h.fake.failNext({ status: 401, times: 2 });
    await settled(await explain("pytorch"));
    await settled(await explain("python"));

    const whileOpen = await explain("sql");

    expect(whileOpen.followUp).toBeUndefined();
    expect(h.fake.requests).toHaveLength(2);
  });
});

describe("what failures log", () => {
  test("GIVEN a 401 that quotes the key and a refusal that quotes the question WHEN logged THEN neither the key nor the question is in any line", async () => {
    const log = recordingLogger();
    h = await explainHarness({ log });
    h.fake.failNext({
      status: 401,
      body: {
        error: {
          message: `Incorrect API key provided: ${API_KEY}.`,
          type: "invalid_request_error",
          code: "invalid_api_key",
        },
      },
    });
    await settled(await explain("pytorch"));
    h.fake.respondWith((request) =>
      rawResponse({
        status: 200,
        body: chatCompletion(request, {
          content: null,
          refusal: `I won't explain "my manager Priya's salary band" for you.`,
        }),
      }),
    );
    await settled(
      await h.bot.run(asker("ana"), {
        name: "ask",
        text: "pytorch and my manager Priya's salary band",
      }),
    );

    const lines = JSON.stringify(log.entries);
    expect(log.entries.filter((e) => e.msg === "model call failed")).toHaveLength(2);
    expect(lines).toContain('"status":401');
    expect(lines).toContain("invalid_api_key");
    expect(lines).not.toContain(API_KEY);
    expect(lines).not.toContain("Priya");
  });
});

describe("per-person daily quota", () => {
  test("GIVEN a quota of 2 WHEN a third explanation is asked THEN it says so, calls nothing, and the quota is back the next day", async () => {
    h = await explainHarness({ env: { OPENAI_DAILY_QUOTA: "2" } });
    citingModel(h);

    expect(explained(await settled(await explain("pytorch")))).toBe(true);
    expect(explained(await settled(await explain("python")))).toBe(true);
    const third = await settled(await explain("sql"));

    expect(explained(third)).toBe(false);
    expect(shown(third)).toContain(plain(text.explainQuotaReached(2)));
    expect(h.fake.requests).toHaveLength(2);
    // Someone else still has their own allowance.
    expect(explained(await settled(await explain("sql", asker("bo"))))).toBe(true);
    // A cached answer costs nothing, even over the quota.
    expect(explained(await settled(await explain("pytorch")))).toBe(true);

    h.clock.advance(DAY_MS);
    expect(explained(await settled(await explain("sql")))).toBe(true);
    expect(h.fake.requests).toHaveLength(4);
  });

  test("GIVEN a quota of 0 WHEN many explanations are asked THEN there is no limit", async () => {
    h = await explainHarness({ env: { OPENAI_DAILY_QUOTA: "0" } });
    citingModel(h);
    for (const skill of ["pytorch", "python", "sql", "git", "docker", "numpy"])
      expect(explained(await settled(await explain(skill)))).toBe(true);
  });
});

describe("answer cache", () => {
  test("GIVEN an answered question WHEN it is asked again, worded differently, THEN the cached answer is used without a call", async () => {
    h = await explainHarness();
    citingModel(h);
    const ask = (text: string) => h.bot.run(asker("ana"), { name: "ask", text });

    const first = await settled(await ask("how does pytorch autograd compute gradients?"));
    const again = await settled(await ask("How does PyTorch autograd compute gradients!!"));

    expect(shown(again)).toBe(shown(first));
    expect(h.fake.requests).toHaveLength(1);
  });

  test("GIVEN an answered question WHEN another differs only in its symbols, from another tenant THEN the model is asked again", async () => {
    h = await explainHarness();
    citingModel(h);
    const ask = (text: string, who = asker("ana")) => h.bot.run(who, { name: "ask", text });

    await settled(await ask("in numpy what is the difference between a @ b and a * b?"));
    const other = { person: person("bo", "T2"), where: DM };
    await settled(await ask("in numpy what is the difference between a + b and a - b?", other));

    expect(h.fake.requests).toHaveLength(2);
  });

  test("GIVEN a cached answer WHEN the TTL passes or the person's level differs THEN the model is asked again", async () => {
    h = await explainHarness({ tuning: { cacheTtlMs: 60_000 } });
    citingModel(h);

    await settled(await explain("pytorch"));
    await settled(await explain("pytorch"));
    expect(h.fake.requests).toHaveLength(1);

    // Bo's level is in his prompt, so Ana's answer is not his.
    await h.core.people.rate(asker("bo").person, "pytorch", 3);
    await settled(await explain("pytorch", asker("bo")));
    expect(h.fake.requests).toHaveLength(2);

    h.clock.advance(60_000);
    await settled(await explain("pytorch"));
    expect(h.fake.requests).toHaveLength(3);
  });

  test("GIVEN a cache filled by one model WHEN another model is configured THEN its answers are not reused", async () => {
    h = await explainHarness();
    citingModel(h);
    await settled(await explain("pytorch"));
    const read = readConfig({
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: h.fake.baseURL,
      OPENAI_MODEL: "gpt-4.1-mini",
    });
    if (!read.ok) throw new Error(read.errors.join());
    // The same store (and so the same cache), another model.
    const other = explainerFromConfig(read.config, { ...h.core, store: h.store });
    if (!other) throw new Error("no explainer");
    h.core.explainer = other;

    await settled(await explain("pytorch"));

    expect(h.fake.requests.map((r) => r.chat?.model)).toEqual(["gpt-4o-mini", "gpt-4.1-mini"]);
  });
});
