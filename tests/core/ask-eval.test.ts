import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { INTENTS } from "../../src/features/intent.ts";
import { type TestBot, testBot } from "../helpers/core.ts";

const EvalSet = z.object({
  questions: z.array(
    z.object({
      text: z.string(),
      intent: z.enum(INTENTS),
      area: z.string().nullable().optional(),
      skill: z.string().nullable().optional(),
    }),
  ),
});
const evalSet = EvalSet.parse(
  parse(readFileSync("tests/fixtures/ask-eval.yaml", "utf8")),
).questions;

describe("ask accuracy on the evaluation set (questions as team members type them)", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot();
  });

  it("GIVEN the evaluation set WHEN every question is analysed THEN area ≥90% top-1, skill ≥85% in top 3, intent ≥80%", () => {
    let intents = 0;
    let areas = 0;
    let areaTotal = 0;
    let skills = 0;
    let skillTotal = 0;
    const misses: string[] = [];
    for (const q of evalSet) {
      const a = bot.bot.analyse(q.text);
      if (a.intent === q.intent) intents++;
      else misses.push(`intent ${a.intent} ≠ ${q.intent}: ${q.text}`);
      if (q.area) {
        areaTotal++;
        if (a.areas[0]?.id === q.area) areas++;
        else misses.push(`area ${a.areas[0]?.id} ≠ ${q.area}: ${q.text}`);
      }
      if (q.skill) {
        skillTotal++;
        if (a.skills.slice(0, 3).some((s) => s.id === q.skill)) skills++;
        else misses.push(`skill ${a.skills.map((s) => s.id).slice(0, 3)} ∌ ${q.skill}: ${q.text}`);
      }
    }
    const pct = (n: number, d: number) => Math.round((n / d) * 1000) / 10;
    const report = {
      questions: evalSet.length,
      intent: `${pct(intents, evalSet.length)}%`,
      areaTop1: `${pct(areas, areaTotal)}%`,
      skillTop3: `${pct(skills, skillTotal)}%`,
    };
    // Kept in the test output so a change in accuracy is visible in every run.
    console.log(
      `ask accuracy: ${JSON.stringify(report)}${misses.length ? `\n  misses:\n  ${misses.join("\n  ")}` : ""}`,
    );
    expect(evalSet.length).toBeGreaterThanOrEqual(60);
    expect(areas / areaTotal).toBeGreaterThanOrEqual(0.9);
    expect(skills / skillTotal).toBeGreaterThanOrEqual(0.85);
    expect(intents / evalSet.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe("ask", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot();
  });

  it.each([
    ["what should I learn for MLOps", "learning-path", "data-engineering-mlops", undefined],
    ["how do i level up my pyhton", "learning-path", "programming", "python"],
    ["k8s vs docker?", "explain-skill", "systems-infrastructure", "kubernetes"],
    ["who can help me with sklearn", "find-mentor", "frameworks-libraries", "scikit-learn"],
    ["quiz me on linalg", "quiz", "mathematics", "linear-algebra"],
  ])("GIVEN %j WHEN analysed THEN intent %s, area %s, skill %s", (text, intent, area, skill) => {
    const a = bot.bot.analyse(text);
    expect(a.intent).toBe(intent);
    expect(a.areas[0]?.id).toBe(area);
    if (skill) expect(a.skills[0]?.id).toBe(skill);
  });

  it("GIVEN k8s vs docker WHEN analysed THEN both skills are found, in the order they were typed", () => {
    expect(bot.bot.analyse("k8s vs docker?").skills.map((s) => s.id)).toEqual([
      "kubernetes",
      "docker",
    ]);
  });

  it("GIVEN a question about nothing in the matrix WHEN asked THEN it says so honestly instead of guessing", async () => {
    const a = bot.bot.analyse("what's for lunch");
    expect(a.intent).toBe("unknown");
    const reply = await bot.bot.handle({
      type: "text",
      person: { platform: "slack", tenant: "T", user: "u" },
      where: { channel: "D", kind: "dm", audience: "private" },
      text: "can you book me a meeting room",
    });
    expect(JSON.stringify(reply.blocks)).toMatch(/not sure what you mean/);
  });

  it("GIVEN a vague question WHEN only descriptions match THEN the closest skills are offered as buttons", async () => {
    const reply = await bot.bot.handle({
      type: "text",
      person: { platform: "slack", tenant: "T", user: "u" },
      where: { channel: "D", kind: "dm", audience: "private" },
      text: "hmm, something about putting my model behind an api endpoint",
    });
    const buttons = reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []));
    expect(buttons.map((b) => b.value)).toContain("model-serving");
    expect(buttons.length).toBeLessThanOrEqual(3);
  });
});
