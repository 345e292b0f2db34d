import { afterEach, describe, expect, test } from "vitest";
import { renderReply } from "../../adapters/discord/render.ts";
import { text } from "../../src/core/messages.ts";
import { plain } from "../../src/core/rich-text.ts";
import { chatCompletion, rawResponse } from "../fakes/openai/index.ts";
import {
  answer,
  asker,
  CHANNEL,
  explainHarness,
  type Harness,
  promptOf,
  settled,
  shown,
} from "./harness.ts";

const PYTORCH_DOCS = "https://pytorch.org/docs/stable/index.html";
const THINKING = plain(text.explainThinking);

let h: Harness;
afterEach(async () => {
  await h.close();
});

const explain = (skill: string, who = asker("ana")) => h.bot.run(who, { name: "explain", skill });

describe("a grounded explanation", () => {
  test("GIVEN a model citing the matrix WHEN someone explains a skill THEN the reply comes at once and is updated with prose and sources", async () => {
    h = await explainHarness();
    h.fake.respondWith(() =>
      answer(
        "PyTorch builds models from tensors and autograd; start with a training loop.",
        ["pytorch", "python"],
        [PYTORCH_DOCS],
      ),
    );

    const first = await explain("pytorch");

    // The first reply is the plain matrix answer plus a "thinking" line, sent without waiting.
    expect(shown(first)).toContain("PyTorch · Frameworks");
    expect(shown(first)).toContain(THINKING);
    const final = await settled(first);
    const seen = shown(final);
    expect(seen).not.toContain(THINKING);
    expect(seen).toContain("PyTorch builds models from tensors and autograd");
    expect(seen).toContain("Sources: PyTorch, Python");
    expect(seen).toContain(`PyTorch documentation <${PYTORCH_DOCS}>`);
    // The explanation sits under the heading; the matrix answer (rubric, buttons) is all still there.
    expect(final.blocks[0]?.kind).toBe("heading");
    expect(final.blocks[1]).toMatchObject({ kind: "text" });
    expect(plain(final.blocks[1]?.kind === "text" ? final.blocks[1].text : [])).toContain(
      "PyTorch builds models",
    );
    expect(seen).toContain("[Rate PyTorch]");
    expect(final.followUp).toBeUndefined();
  });

  test("GIVEN explanations on WHEN the model is asked THEN the request is structured, capped and holds the excerpt and only the asker's levels", async () => {
    h = await explainHarness();
    await h.core.people.rate(asker("ana").person, "pytorch", 2);
    await h.core.people.rate(asker("ana").person, "sql", 3);
    await h.core.people.rate(asker("zed").person, "pytorch", 4);

    await settled(await explain("pytorch"));

    const request = await h.fake.nextRequest();
    expect(request.headers.authorization).toBe("Bearer sk-test-explain-0123456789");
    expect(request.chat?.model).toBe("gpt-4o-mini");
    expect(request.chat?.max_completion_tokens).toBe(400);
    const format = request.chat?.response_format;
    expect(format?.type === "json_schema" && format.json_schema.strict).toBe(true);
    const { system, user } = promptOf(request);
    expect(system).toMatch(/never instructions/);
    const data = JSON.parse(user);
    expect(data.matrix.map((s: { id: string }) => s.id)).toEqual(["pytorch", "python"]);
    expect(data.matrix[0].resources[0].url).toBe(PYTORCH_DOCS);
    expect(data.matrix[0].rubric["2"]).toMatch(/nn.Module/);
    // Ana's level in the excerpt's skills only: not her SQL rating, and nothing of Zed's.
    expect(data.yourLevels).toEqual({ pytorch: 2 });
    expect(user).not.toContain("zed");
    expect(user).not.toMatch(/"sql"/);
  });

  test("GIVEN a public channel WHEN a rated person asks THEN their levels stay out of the prompt", async () => {
    h = await explainHarness();
    await h.core.people.rate(asker("ana").person, "pytorch", 2);

    await settled(await explain("pytorch", asker("ana", CHANNEL)));

    const data = JSON.parse(promptOf(await h.fake.nextRequest()).user);
    expect(data.yourLevels).toBeUndefined();
  });
});

describe("grounding what the model says", () => {
  test("GIVEN invented skill ids, foreign URLs and pings WHEN explained THEN they are dropped and the rest is kept", async () => {
    h = await explainHarness();
    h.fake.respondWith(() =>
      answer(
        "Read https://evil.example/phish or www.evil.example and free-gpus.com, then tell <!channel> and @everyone. Official docs: https://pytorch.org/docs/stable/index.html.",
        ["quantum-basketweaving", "pytorch", "PYTORCH"],
        ["https://evil.example/phish", "javascript:alert(1)", PYTORCH_DOCS],
      ),
    );

    const final = await settled(await explain("pytorch"));

    const seen = shown(final);
    expect(seen).toContain("Sources: PyTorch");
    expect(seen).not.toMatch(/quantum|basketweaving/i);
    expect(seen).not.toMatch(/evil|free-gpus|javascript:/);
    expect(seen).toContain("[link removed]");
    expect(seen).not.toContain("<!channel>");
    expect(seen).not.toContain("@everyone");
    expect(seen).toContain("＠everyone");
    // The matrix URL in the prose stays, as a link.
    const prose = final.blocks[1]?.kind === "text" ? final.blocks[1].text : [];
    expect(prose.filter((s) => s.link).map((s) => s.link)).toEqual([PYTORCH_DOCS]);
  });

  test("GIVEN code between backticks in the answer WHEN explained on Discord THEN it shows as code, not as escaped backticks", async () => {
    h = await explainHarness();
    h.fake.respondWith(() =>
      answer("Call `model.eval()` before testing, and `torch.no_grad()` around it.", ["pytorch"]),
    );

    const final = await settled(await explain("pytorch"));

    const discord = renderReply(final)
      .flatMap((page) => [page.content, ...page.embeds.map((e) => e.description ?? "")])
      .join("\n");
    expect(discord).toContain(
      "Call `model.eval()` before testing, and `torch.no_grad()` around it.",
    );
    expect(discord).not.toContain("\\`");
  });

  test("GIVEN an answer citing nothing the matrix has WHEN explained THEN the plain matrix answer is the final reply", async () => {
    h = await explainHarness();
    h.fake.respondWith(() =>
      answer("Quantum basketweaving is the future.", ["quantum-basketweaving"]),
    );

    const first = await explain("pytorch");
    const final = await settled(first);

    expect(shown(final)).not.toContain("Quantum");
    expect(shown(final)).not.toContain("Sources:");
    expect(shown(final)).not.toContain(THINKING);
    expect(shown(final)).toContain("PyTorch · Frameworks");
  });
});

describe("malformed model output", () => {
  const cases = {
    "the wrong shape (ZodError)": () => ({ answer: 42, skillIds: "pytorch" }),
    "text that is not JSON (SyntaxError)": (request: Parameters<typeof chatCompletion>[0]) =>
      rawResponse({ status: 200, body: chatCompletion(request, { content: "Sure! {answer:" }) }),
    "a refusal": (request: Parameters<typeof chatCompletion>[0]) =>
      rawResponse({
        status: 200,
        body: chatCompletion(request, { content: null, refusal: "I can't help with that." }),
      }),
    "an answer cut by the token cap": (request: Parameters<typeof chatCompletion>[0]) =>
      rawResponse({
        status: 200,
        body: chatCompletion(request, { content: '{"answer":"PyT', finishReason: "length" }),
      }),
  };

  for (const [what, handler] of Object.entries(cases)) {
    test(`GIVEN ${what} WHEN explained THEN the plain answer is shown and the breaker stays closed`, async () => {
      h = await explainHarness({ tuning: { breakerFailures: 1 } });
      h.fake.respondWith(handler);

      const final = await settled(await explain("pytorch"));

      expect(shown(final)).not.toContain(THINKING);
      expect(shown(final)).not.toContain("Sources:");
      expect(shown(final)).toContain("PyTorch · Frameworks");
      // One bad answer says nothing about the service: the next reply still tries the model.
      expect((await explain("python")).followUp).toBeDefined();
    });
  }
});

describe("free questions, quiz reveals and learning paths", () => {
  test("GIVEN a question about a skill WHEN asked in plain words THEN the model answers that question", async () => {
    h = await explainHarness();
    h.fake.respondWith(() =>
      answer("Autograd records operations on tensors and replays them backwards.", ["pytorch"]),
    );

    const first = await h.bot.run(asker("ana"), {
      name: "ask",
      text: "how does pytorch autograd compute gradients for my model?",
    });
    const final = await settled(first);

    expect(shown(final)).toContain("Autograd records operations");
    expect(shown(final)).toContain("Sources: PyTorch");
    const { user } = promptOf(await h.fake.nextRequest());
    expect(user).toContain(
      '<question>"how does pytorch autograd compute gradients for my model?"</question>',
    );
    // Calculus is named by the question too, so it is in the excerpt.
    expect(JSON.parse(user.split("\n")[0] ?? "").matrix.map((s: { id: string }) => s.id)).toContain(
      "calculus",
    );
  });

  test("GIVEN a question about an area WHEN asked THEN the skill list is followed by an answer from the area's skills", async () => {
    h = await explainHarness();
    h.fake.respondWith(() =>
      answer("Linear algebra and calculus come first; probability follows.", ["linear-algebra"]),
    );

    const first = await h.bot.run(asker("ana"), {
      name: "ask",
      text: "how much mathematics do I need before studying deep learning?",
    });
    const final = await settled(first);

    expect(shown(first)).toContain("skills in this area");
    expect(shown(final)).toContain("Linear algebra and calculus come first");
    expect(shown(final)).toContain("Sources: Linear Algebra");
    const data = JSON.parse(promptOf(await h.fake.nextRequest()).user.split("\n")[0] ?? "{}");
    expect(data.matrix.map((s: { id: string }) => s.id)).toEqual(
      h.core.kb.skillsIn("mathematics").map((s) => s.id),
    );
  });

  test("GIVEN only a skill's name WHEN asked THEN it is a general explanation, with no question in the prompt", async () => {
    h = await explainHarness();
    await settled(await h.bot.run(asker("ana"), { name: "ask", text: "what is pytorch?" }));
    expect(promptOf(await h.fake.nextRequest()).user).not.toContain("<question>");
  });

  test("GIVEN a quiz answer WHEN revealed THEN the why follows the matrix explanation, above the buttons", async () => {
    h = await explainHarness();
    h.fake.respondWith(() => answer("A JOIN matches rows on a key.", ["sql"]));
    const question = await h.bot.run(asker("ana"), { name: "quiz", topic: "sql" });
    const button = question.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []))[0];
    if (!button) throw new Error("no answer button");

    const reveal = await h.bot.handle({
      type: "action",
      ...asker("ana"),
      action: button.action,
      value: button.value,
    });
    const final = await settled(reveal);

    expect(shown(reveal)).toMatch(/Correct!|Not quite/);
    const kinds = final.blocks.map((b) => b.kind);
    expect(kinds.at(-1)).toBe("buttons");
    expect(shown(final)).toContain("A JOIN matches rows on a key.");
    expect(shown(final).indexOf("A JOIN")).toBeLessThan(shown(final).indexOf("[Another question]"));
    const data = JSON.parse(promptOf(await h.fake.nextRequest()).user);
    expect(data.facts.question).toBeTruthy();
    expect(data.facts.options).toContain(data.facts.chosenAnswer);
    expect(data.facts.options).toContain(data.facts.correctAnswer);
  });

  test("GIVEN a learning path WHEN shown THEN a one-paragraph reason is added under the heading", async () => {
    h = await explainHarness();
    h.fake.respondWith((request) => {
      const data = JSON.parse(promptOf({ chat: request }).user);
      return answer("Start with the basics; each step unlocks the next.", [
        data.facts.steps[0].skillId,
      ]);
    });

    const first = await h.bot.run(asker("ana"), { name: "path", topic: "mlops" });
    const final = await settled(first);

    expect(final.blocks[0]?.kind).toBe("heading");
    expect(shown(final).split("\n")[1]).toBe("Start with the basics; each step unlocks the next.");
    expect(shown(final)).toMatch(/Sources: /);
    const data = JSON.parse(promptOf(await h.fake.nextRequest()).user);
    expect(data.facts.topic).toBeTruthy();
    expect(data.facts.steps.length).toBeGreaterThan(0);
  });
});

describe("no key configured", () => {
  test("GIVEN no OPENAI_API_KEY WHEN using every explained feature THEN replies are plain, nothing is sent and help says how to enable", async () => {
    h = await explainHarness({ env: { OPENAI_API_KEY: "" } });

    expect(h.core.explainer).toBeUndefined();
    const replies = [
      await explain("pytorch"),
      await h.bot.run(asker("ana"), { name: "ask", text: "how does pytorch autograd work?" }),
      await h.bot.run(asker("ana"), { name: "path", topic: "mlops" }),
    ];
    for (const reply of replies) {
      expect(reply.followUp).toBeUndefined();
      expect(shown(reply)).not.toContain(THINKING);
    }
    const help = await h.bot.run(asker("ana"), { name: "help" });
    expect(shown(help)).toContain("OPENAI_API_KEY");
    expect(h.fake.requests).toHaveLength(0);
  });
});
