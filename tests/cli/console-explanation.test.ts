import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai/index.ts";
import { cli, cliEnv } from "./cli-io.ts";

const THINKING = /Writing a short explanation/;
const HEADING = "PyTorch · Frameworks and Libraries";
/** How many printed lines match: the answer's heading, its row of buttons. */
const count = (text: string, pattern: RegExp | string) =>
  text
    .split("\n")
    .filter((line) => (typeof pattern === "string" ? line === pattern : pattern.test(line))).length;

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI({ apiKey: "sk-the-right-key" });
  fake.respondWith(() => ({
    answer: "PyTorch builds tensors and differentiates them with autograd.",
    skillIds: ["pytorch"],
    resources: [],
  }));
});
afterEach(async () => {
  await fake.close();
});

const chat = (key: string, lines: string[]) =>
  cli(
    ["chat", "--user", "ana"],
    // LOG_LEVEL: the refused key's warning is expected here.
    cliEnv({ OPENAI_API_KEY: key, OPENAI_BASE_URL: fake.baseURL, LOG_LEVEL: "error" }),
    lines,
  );

describe("the console chat with explanations on", () => {
  it("GIVEN the model refuses the key (401) WHEN a skill is explained THEN the answer is shown once, then one line that no explanation came", async () => {
    const run = await chat("sk-a-wrong-key", ["explain pytorch"]);
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(run.out).toMatch(THINKING);
    expect(count(run.out, HEADING)).toBe(1);
    expect(count(run.out, /^\[\d+\]/)).toBe(1);
    expect(run.out.trimEnd().split("\n").at(-2)).toBe(
      "No explanation this time: the answer above is from the skill matrix.",
    );
  });

  it("GIVEN the model answers WHEN a skill is explained THEN the explanation follows the answer, which is not printed again", async () => {
    const run = await chat("sk-the-right-key", ["explain pytorch"]);
    expect(run.out).toContain("PyTorch builds tensors and differentiates them with autograd.");
    expect(run.out).toContain("Sources: PyTorch");
    expect(count(run.out, HEADING)).toBe(1);
    expect(count(run.out, /^\[\d+\]/)).toBe(1);
    expect(run.out).not.toMatch(/No explanation this time/);
  });
});
