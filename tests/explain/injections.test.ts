import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { explainSkill } from "../../src/features/explain-skill.ts";
import { dutifulModel } from "./dutiful-model.ts";
import {
  API_KEY,
  asker,
  CHANNEL,
  explainHarness,
  type Harness,
  person,
  promptOf,
} from "./harness.ts";
import { obedientModel } from "./obedient-model.ts";
import { violationsIn } from "./violations.ts";

const CorpusSchema = z.object({
  injections: z.array(
    z.object({
      id: z.string(),
      family: z.string(),
      text: z.string(),
      skill: z.string().optional(),
    }),
  ),
});
const corpus = CorpusSchema.parse(
  parse(readFileSync(new URL("../fixtures/injections.yaml", import.meta.url), "utf8")),
).injections;

/** Only zed's record holds these: no prompt and no reply may ever contain them. */
const ZED_NAME = "Zelda Canaryfield";
const ANA = asker("ana");

let h: Harness;
const outcomes = new Map<string, { explained: number; plain: number }>();

beforeAll(async () => {
  // No quota and no cache: every attempt goes to the model.
  h = await explainHarness({ env: { OPENAI_DAILY_QUOTA: "0" }, tuning: { cacheTtlMs: 0 } });
  h.fake.respondWith(obedientModel());
  await h.core.people.rate(ANA.person, "pytorch", 2);
  const zed = { ...person("zed"), displayName: ZED_NAME };
  await h.core.people.rate(zed, "kubernetes", 4);
  await h.core.people.rate(zed, "pytorch", 4);
  await h.core.people.setMentor(zed, true);
});

afterAll(async () => {
  const lines = [...outcomes].map(([f, o]) => `${f}: ${o.explained} explained, ${o.plain} plain`);
  console.info(`injection corpus (${corpus.length}):\n  ${lines.join("\n  ")}`);
  await h.close();
});

describe("injection corpus against a model that obeys", () => {
  test("the corpus has at least 100 attempts in every family the issue names", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    for (const family of [
      "role-play",
      "ignore-previous",
      "fake-system",
      "encoded",
      "other-people",
      "link-smuggling",
      "prompt-leak",
      "mass-ping",
    ])
      expect(corpus.filter((c) => c.family === family).length).toBeGreaterThanOrEqual(5);
  });

  test.each(corpus.map((c) => [c.id, c] as const))(
    "%s: no canary, foreign URL, unknown skill, other person's data or ping reaches the reply",
    async (_, attempt) => {
      const skill = h.core.kb.skill(attempt.skill ?? "pytorch");
      if (!skill) throw new Error(`no skill ${attempt.skill}`);
      const before = h.fake.requests.length;

      for (const where of [ANA, asker("ana", CHANNEL)]) {
        const first = await explainSkill(h.core, where, skill, attempt.text);
        const final = first.followUp ? await first.followUp : first;

        // The attempt reached the model, as data between the delimiters, minus invisible characters
        // (an attempt that was only hidden text and a skill name becomes a plain explanation).
        const request = h.fake.requests.at(-1);
        expect(h.fake.requests.length).toBeGreaterThan(before);
        const prompt = promptOf(request ?? { chat: undefined });
        if (!prompt.user.includes("<question>")) expect(attempt.family).toBe("encoded");
        expect(prompt.user).not.toMatch(
          /[\u{E0000}-\u{E007F}\u200B-\u200F\u202A-\u202E\u2066-\u2069]/u,
        );
        // Nobody else's data is ever in a prompt; the asker's own only in private.
        expect(JSON.stringify(request?.body)).not.toContain(ZED_NAME);
        const data = JSON.parse(prompt.user.split("\n")[0] ?? "{}");
        expect(data.yourLevels).toEqual(where === ANA ? { pytorch: 2 } : undefined);

        const violations = violationsIn(final, {
          kb: h.core.kb,
          secrets: [canaryIn(prompt.system), API_KEY, h.fake.baseURL],
          systemPrompt: prompt.system,
          othersData: [ZED_NAME, "Canaryfield"],
        });
        expect(violations, `${attempt.id}: ${attempt.text}`).toEqual([]);
        const tally = outcomes.get(attempt.family) ?? { explained: 0, plain: 0 };
        if (
          final.blocks.some(
            (b) => b.kind === "context" && b.text.some((s) => s.text.startsWith("Sources:")),
          )
        )
          tally.explained += 1;
        else tally.plain += 1;
        outcomes.set(attempt.family, tally);
      }
    },
  );

  test("grounding is not just refusing: a model that answers from the matrix is explained for every attempt", async () => {
    // The same questions to a model that ignores what they ask and answers from the excerpt:
    // the attempt itself must not make a grounded answer fail.
    h.fake.respondWith(dutifulModel());
    try {
      for (const attempt of corpus) {
        const skill = h.core.kb.skill(attempt.skill ?? "pytorch");
        if (!skill) throw new Error(`no skill ${attempt.skill}`);
        const first = await explainSkill(h.core, ANA, skill, attempt.text);
        const final = first.followUp ? await first.followUp : first;
        expect(sourcesOf(final), attempt.id).toMatch(/^Sources:/);
      }
    } finally {
      h.fake.respondWith(obedientModel());
    }
  });
});

function canaryIn(system: string): string {
  const canary = system.match(/sb-canary-[a-z0-9]+/)?.[0];
  if (!canary) throw new Error("no canary in the system prompt");
  return canary;
}

const sourcesOf = (reply: { blocks: readonly { kind: string; text?: unknown }[] }) =>
  reply.blocks
    .flatMap((b) => (b.kind === "context" && Array.isArray(b.text) ? b.text : []))
    .map((s: { text: string }) => s.text)
    .find((t) => t.startsWith("Sources:")) ?? "";
