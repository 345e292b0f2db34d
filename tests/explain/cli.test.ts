import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { CliIo } from "../../adapters/console/cli/io.ts";
import { runCli } from "../../adapters/console/cli/main.ts";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai/index.ts";
import { answer } from "./harness.ts";

let fake: FakeOpenAI;
beforeEach(async () => {
  fake = await startFakeOpenAI();
  fake.respondWith(() =>
    answer("PyTorch trains neural networks with tensors and autograd.", ["pytorch"]),
  );
});
afterEach(async () => {
  await fake.close();
});

async function cli(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => out.push(text),
    lines: async function* () {},
    env: { STORE_URL: "memory://", USER: "ana", ...env },
    color: false,
  };
  const code = await runCli(args, io);
  return { code, text: out.join("\n") };
}

describe("the CLI with explanations on", () => {
  const withKey = () => ({ OPENAI_API_KEY: "sk-cli-test", OPENAI_BASE_URL: fake.baseURL });

  test("GIVEN a key WHEN `explain pytorch` runs THEN it prints the explained answer, not the thinking line", async () => {
    const { code, text } = await cli(["explain", "pytorch"], withKey());
    expect(code).toBe(0);
    expect(text).toContain("PyTorch trains neural networks with tensors and autograd.");
    expect(text).toContain("Sources: PyTorch");
    expect(text).not.toContain("Writing a short explanation");
    expect(fake.requests).toHaveLength(1);
  });

  test("GIVEN a key WHEN `ask` gets a question about a skill THEN it prints the explained answer", async () => {
    const { code, text } = await cli(
      ["ask", "how does pytorch autograd compute gradients?"],
      withKey(),
    );
    expect(code).toBe(0);
    expect(text).toContain("Sources: PyTorch");
    expect(text).toContain("PyTorch trains neural networks");
  });

  test("GIVEN no key WHEN `explain pytorch` runs THEN it prints the matrix answer and calls nothing", async () => {
    const { code, text } = await cli(["explain", "pytorch"], {});
    expect(code).toBe(0);
    expect(text).toContain("PyTorch");
    expect(text).not.toContain("Sources:");
    expect(fake.requests).toHaveLength(0);
  });
});
