import { beforeEach, describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { buttonsOf, DM, PUBLIC, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/**
 * Free-text questions at the edge of the skill matrix: topics it covers under another name,
 * Skillbot's own words, sentence fragments, names typed with odd case, and skills a sentence
 * says the person does not want or already knows.
 */
const NOT_IN_MATRIX = /isn't in this team's skill matrix|doesn't cover|Nobody can be listed/;

describe("a topic the matrix covers under another name", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
    // GIVEN a teammate who mentors Hugging Face (which covers fine-tuning) and PyTorch
    await say(bot, "mentor1", "rate hugging-face 4");
    await say(bot, "mentor1", "rate pytorch 4");
    await say(bot, "mentor1", "mentor on");
  });

  it.each([
    ["what is fine-tuning", "fine-tuning", ["hugging-face"]],
    ["what is backpropagation", "backpropagation", ["calculus"]],
    ["what are embeddings", "embeddings", ["linear-algebra"]],
    ["what is deep learning", "deep learning", ["pytorch", "keras"]],
    ["tell me about fine-tuning", "fine-tuning", ["hugging-face"]],
    ["what is Deep Learning?", "Deep Learning", ["pytorch", "keras"]],
  ])(
    "GIVEN %j WHEN asked THEN it says the topic is no skill of its own and offers the closest skills",
    async (typed, topic, closest) => {
      const reply = await say(bot, "ann", typed);
      expect(textOf(reply)).toContain(`"${topic}"`);
      expect(textOf(reply)).not.toMatch(/can't explain it|not sure what you mean/);
      const offered = buttonsOf(reply).filter((b) => b.action === ACTIONS.explainSkill);
      for (const id of closest) expect(offered.map((b) => b.value)).toContain(id);
    },
  );

  it.each([
    ["who can help me with deep learning", "PyTorch"],
    ["anyone good at deep learning?", "PyTorch"],
    ["who can help me with fine-tuning", "Hugging Face"],
    ["who knows fine-tuning", "Hugging Face"],
  ])(
    "GIVEN %j WHEN asked THEN the mentors of the closest skill are listed",
    async (typed, skill) => {
      const text = textOf(await say(bot, "ann", typed));
      expect(text).not.toMatch(NOT_IN_MATRIX);
      expect(text).toContain(`Mentors for ${skill}`);
      expect(text).toContain("mentor1");
    },
  );

  it.each([
    ["can you help me with a bug", "Debugging"],
    ["who knows backpropagation", "Calculus"],
  ])(
    "GIVEN %j and nobody mentoring the closest skill WHEN asked THEN that skill is named, not 'not in the matrix'",
    async (typed, skill) => {
      const text = textOf(await say(bot, "ann", typed));
      expect(text).not.toMatch(NOT_IN_MATRIX);
      expect(text).toContain(`Mentors for ${skill}`);
      expect(text).toMatch(/Nobody has offered/);
    },
  );

  // Near misses: nothing related, or a matrix name, keep their answers.
  it.each([
    ["what is terraform", /"terraform" isn't in this team's skill matrix/],
    ["who knows terraform", /Nobody can be listed for terraform/],
    ["who can help me with a memory leak", /Nobody can be listed for memory leak/],
    ["who can help me with pytorch", /Mentors for PyTorch/],
    ["what is a dockerfile", /^Docker · /],
  ])("GIVEN %j WHEN asked THEN the answer is as before", async (typed, said) => {
    expect(textOf(await say(bot, "ann", typed))).toMatch(said);
  });
});

describe("questions about Skillbot's own words", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it.each([
    ["what is a track", /track/i],
    ["what are tracks?", /track/i],
    ["what does rate mean", /rate/],
    ["what are levels", /0 none/],
    ["what is level 3", /0 none/],
    ["what is a streak", /in a row/],
    ["what is the daily quiz", /quiz/],
    ["what is a mentor", /mentor on/],
    ["what is a profile", /profile/],
    ["what is a skill matrix", /skill matrix/],
  ])(
    "GIVEN %j in a channel WHEN asked THEN it gets a short explanation, never 'not in the matrix'",
    async (typed, explained) => {
      const reply = await say(bot, "ann", typed, PUBLIC);
      const text = textOf(reply);
      expect(text).not.toMatch(NOT_IN_MATRIX);
      expect(text).not.toMatch(/not sure what you mean/);
      expect(text).toMatch(explained);
      expect(text).toMatch(/help/);
    },
  );

  it.each(["tell me about yourself", "what are you", "what is skillbot"])(
    "GIVEN %j WHEN asked THEN the help is shown",
    async (typed) => {
      const text = textOf(await say(bot, "ann", typed, PUBLIC));
      expect(text).toContain("Skillbot: skill mentoring for your team");
      expect(text).not.toMatch(NOT_IN_MATRIX);
    },
  );

  // Near misses: a matrix name with one of those words in it, or a person's own question.
  it.each([
    ["what is rate limiting", /"rate limiting" isn't in this team's skill matrix/],
    ["what is the mlops track", /MLOps/],
    ["what is python level 3", /^Python · /],
  ])("GIVEN %j WHEN asked THEN it is answered as before", async (typed, said) => {
    expect(textOf(await say(bot, "ann", typed, DM))).toMatch(said);
  });
});

describe("sentence fragments are not quoted back as topics", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it.each([
    "what's the weather like",
    "what are the team's biggest gaps",
    "what is love",
    "what is the plan for friday",
    "who knows the answer",
  ])(
    "GIVEN %j WHEN asked THEN no fragment is said to be missing from the matrix",
    async (typed) => {
      const text = textOf(await say(bot, "ann", typed));
      expect(text).not.toMatch(NOT_IN_MATRIX);
    },
  );

  it.each([
    "what should my team learn next quarter?",
    "what should I learn before the summer",
    "what do I learn after lunch",
  ])("GIVEN %j WHEN asked THEN the general answer, not a topic quoted back", async (typed) => {
    const text = textOf(await say(bot, "ann", typed));
    expect(text).not.toMatch(/couldn't find/);
  });

  // Near misses: names, even in plain words, are still said to be missing.
  it.each([
    ["what is terraform", /"terraform" isn't/],
    ["what is First Order Logic?", /"First Order Logic" isn't/],
    ["who knows new relic", /Nobody can be listed for new relic/],
    ["how do I learn time management", /couldn't find "time management"/],
    ["what should I learn for terraform next quarter", /couldn't find "terraform"/],
  ])("GIVEN %j WHEN asked THEN it is still said to be missing", async (typed, said) => {
    expect(textOf(await say(bot, "ann", typed))).toMatch(said);
  });
});

describe("names the matrix does not hold are quoted as typed", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it.each([
    ["what is gRPC", "gRPC"],
    ["what is eBPF", "eBPF"],
    ["what is iOS", "iOS"],
    ["what is dbt", "dbt"],
    ["what is k9s", "k9s"],
    ["what is terraform", "terraform"],
  ])("GIVEN %j WHEN asked THEN the name is said exactly as typed", async (typed, name) => {
    const text = textOf(await say(bot, "ann", typed));
    expect(text).toContain(`"${name}"`);
    expect(text).toMatch(NOT_IN_MATRIX);
  });
});

describe("skills a sentence does not want, or says are already known", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it.each([
    ["I don't want to learn kubernetes", /Kubernetes/],
    ["I do not need to learn pandas", /Pandas/],
    ["not interested in spark, what should I learn?", /Spark/],
  ])(
    "GIVEN %j WHEN asked THEN the unwanted skill is not the topic: the general path",
    async (typed, unwanted) => {
      const text = textOf(await say(bot, "ann", typed));
      expect(text.split("\n")[0]).not.toMatch(unwanted);
      expect(text).not.toMatch(/couldn.t find/);
    },
  );

  it.each([
    ["I don't need help with python, I need help with sql", /^SQL · /],
    ["I already know docker, explain kubernetes", /^Kubernetes · /],
    ["I don't want to learn python, teach me sql", /SQL/],
  ])("GIVEN %j WHEN asked THEN the other skill named is the topic", async (typed, topic) => {
    const text = textOf(await say(bot, "ann", typed));
    expect(text).toMatch(topic);
    expect(text.split("\n")[0]).not.toMatch(/Python|Docker/);
  });

  it("GIVEN a person who rated Docker WHEN they say they already know it and ask what next THEN their own path, not Docker's", async () => {
    for (const line of ["rate docker 2", "rate python 3", "track mlops-engineer"])
      await say(bot, "eve", line);
    const text = textOf(await say(bot, "eve", "I already know docker, what next?"));
    expect(text.split("\n")[0]).not.toMatch(/Docker/);
    expect(text).toMatch(/next steps/i);
  });

  it("GIVEN a senior engineer comfortable with docker, k8s and postgres WHEN they ask where to start with ML THEN none of those is the topic", async () => {
    const text = textOf(
      await say(
        bot,
        "ann",
        "I'm a senior backend engineer, comfortable with docker, k8s and postgres, but I've never done ML. What's the fastest way to become useful on the ML side?",
      ),
    );
    expect(text.split("\n")[0]).not.toMatch(/Docker|Kubernetes|SQL|PostgreSQL/);
  });

  // Near misses: a level stated in the same words is a rating, and a plain question keeps its topic.
  it.each([
    ["I'm comfortable with docker", /Docker/],
    ["I want to learn kubernetes", /Kubernetes/],
    ["I've never done docker, where do I start?", /Docker/],
    ["what is docker", /^Docker · /],
  ])("GIVEN %j WHEN asked THEN the skill is still the topic", async (typed, topic) => {
    expect(textOf(await say(bot, "ann", typed))).toMatch(topic);
  });
});
