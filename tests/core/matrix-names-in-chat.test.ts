import { beforeAll, describe, expect, it } from "vitest";
import { type TestBot, testBot } from "../helpers/core.ts";

/** The skill ids a message is taken to be about, best first, through the real core. */
let bot: TestBot;
const skillsIn = (text: string) => bot.bot.analyse(text).skills.map((s) => s.id);
const suggestionsFor = (term: string) => {
  const resolution = bot.core.index.resolve(term, ["skill"]);
  return resolution.kind === "none" ? resolution.suggestions.map((s) => s.id) : [resolution.kind];
};

beforeAll(async () => {
  bot = await testBot();
});

describe("everyday words that are also skill names (shipped matrix)", () => {
  it.each([
    ["I have a solid grasp of python, what next?", "oop"],
    ["any classes on kubernetes you'd recommend?", "oop"],
    ["how do i do ood detection", "oop"],
    ["who is ray", "distributed-systems"],
    ["ray", "distributed-systems"],
    ["r u there?", "r"],
    ["I'm going to a feast tonight", "feature-stores"],
    ["what's the roi of learning spark", "business-impact"],
    ["what's a good cart abandonment model", "decision-trees"],
    ["np thanks", "numpy"],
  ])("GIVEN %j WHEN analysed THEN it is not about %s", (text, wrong) => {
    expect(skillsIn(text)).not.toContain(wrong);
  });

  it("GIVEN the roi of learning spark WHEN analysed THEN it is about Spark", () => {
    expect(skillsIn("what's the roi of learning spark")[0]).toBe("spark");
  });

  it.each([
    ["SOLID principles", "oop"],
    ["what are the solid principles", "oop"],
    ["SOLID design principles", "oop"],
    ["ray vs spark", "distributed-systems"],
    ["how do I use ray for distributed training", "distributed-systems"],
    ["ray cluster keeps dying", "distributed-systems"],
    ["ray tune for hyperparameter search", "distributed-systems"],
    ["learn R", "r"],
    ["R vs python", "r"],
    ["R vs python for stats work, what's the difference really", "r"],
    ["r programming", "r"],
    ["how do I install feast", "feature-stores"],
    ["what is R", "r"],
    ["feast feature store vs tecton", "feature-stores"],
    ["cart algorithm for decision trees", "decision-trees"],
    ["object-oriented design", "oop"],
  ])("GIVEN %j WHEN analysed THEN it is still about %s", (text, skill) => {
    expect(skillsIn(text)[0]).toBe(skill);
  });
});

describe("deploying and running models in production (shipped matrix)", () => {
  it.each([
    "how do I deploy my model",
    "how do i deploy a model to production",
    "how do I put my model in production",
    "how to monitor models in production",
    "model deployment",
    "deploying models",
  ])("GIVEN %j WHEN analysed THEN it names Model Serving", (text) => {
    const analysis = bot.bot.analyse(text);
    expect(analysis.named).toBe(true);
    expect(analysis.skills[0]?.id).toBe("model-serving");
  });
});

describe("words about the bot itself are not skills (shipped matrix)", () => {
  it.each([
    ["which track am i on", "experiment-tracking"],
    ["what tracks are there", "experiment-tracking"],
    ["show me the skill matrix", "linear-algebra"],
  ])("GIVEN %j WHEN analysed THEN it is not about %s", (text, wrong) => {
    expect(skillsIn(text)).not.toContain(wrong);
  });

  it.each([
    ["which track am i on", "experiment-tracking"],
    ["the skill matrix", "linear-algebra"],
  ])("GIVEN %j WHEN the index looks for names THEN it finds no %s", (text, wrong) => {
    expect(bot.core.index.mentions(text).map((m) => m.id)).not.toContain(wrong);
  });

  it.each([
    ["experiment tracking", "experiment-tracking"],
    ["mlflow tracking", "experiment-tracking"],
    ["matrices", "linear-algebra"],
    ["matrix multiplication", "linear-algebra"],
    ["confusion matrix", "model-evaluation"],
  ])("GIVEN %j WHEN analysed THEN it is still about %s", (text, skill) => {
    expect(skillsIn(text)[0]).toBe(skill);
  });
});

describe("suggestions need a real resemblance (shipped matrix)", () => {
  it.each([
    ["rate this answer 5 stars", "statistics"],
    ["what is the bias variance tradeoff", "experiment-tracking"],
    ["how do I become a better engineer", "spark"],
    ["what's the space complexity of this", "spacy"],
  ])("GIVEN %j WHEN analysed THEN it is not about %s", (text, wrong) => {
    expect(skillsIn(text)).not.toContain(wrong);
  });

  it.each([
    ["the quiz", "probability"],
    ["this answer 5 stars", "statistics"],
  ])("GIVEN the term %j WHEN resolved as a skill THEN %s is not suggested", (term, wrong) => {
    expect(suggestionsFor(term)).not.toContain(wrong);
  });

  it("GIVEN the bias-variance tradeoff WHEN analysed THEN it is about choosing models", () => {
    expect(skillsIn("what is the bias variance tradeoff")[0]).toBe("model-selection");
  });

  it.each([
    ["pyhton", "python"],
    ["kuberntes", "kubernetes"],
    ["dockr", "docker"],
    ["statistcs", "statistics"],
    ["pytroch", "pytorch"],
    ["tensorflwo", "tensorflow"],
    ["k8s", "kubernetes"],
    ["stats", "statistics"],
    ["sprak", "spark"],
    ["experimnt tracking", "experiment-tracking"],
  ])("GIVEN the typo %j WHEN analysed THEN it still names %s", (text, skill) => {
    expect(skillsIn(text)[0]).toBe(skill);
  });
});
