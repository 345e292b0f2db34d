import { beforeAll, describe, expect, it } from "vitest";
import { learningPathFor, type PathTopic } from "../../src/features/learning-path.ts";
import { say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** A path as "skill→target" in the order shown, the way a reader scans it. */
function stepsOf(
  bot: TestBot,
  topic: PathTopic,
  levels: Record<string, number> = {},
  trackId = "ml-engineer",
): string[] {
  const kb = bot.core.kb;
  return learningPathFor(kb, topic, levels, kb.track(trackId)).steps.map(
    (s) => `${s.skill.id}→${s.target}`,
  );
}

/** The skill lines of a path reply, "Name level→target", in the order shown. */
function skillLinesOf(text: string): string[] {
  return [...text.matchAll(/^([A-Z][\w .'-]*?(?: \d)?→\d)/gm)].map((m) => m[1] ?? "");
}

describe("learning path order: prerequisites only as far as needed, never orphaned", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot();
  });

  it("GIVEN a new person WHEN they ask the best way to learn PyTorch THEN Python is a working-level prerequisite, not the track's expert target", async () => {
    const reply = textOf(await say(bot, "new-pytorch", "best way to learn pytorch?"));
    expect(skillLinesOf(reply)).toEqual(["Python→2", "PyTorch→3", "Hugging Face→2"]);
  });

  it("GIVEN a new person WHEN they ask about Spark, XGBoost, Hugging Face or feature stores THEN prerequisites target the level the dependant needs", () => {
    expect(stepsOf(bot, { kind: "skill", id: "spark" })).toEqual([
      "python→2",
      "distributed-systems→2",
      "spark→2",
    ]);
    expect(stepsOf(bot, { kind: "skill", id: "xgboost" })).toEqual([
      "python→2",
      "decision-trees→2",
      "gradient-boosting→2",
      "xgboost→2",
    ]);
    expect(stepsOf(bot, { kind: "skill", id: "hugging-face" })).toEqual([
      "python→2",
      "pytorch→2",
      "hugging-face→2",
    ]);
    expect(stepsOf(bot, { kind: "skill", id: "feature-stores" })).toEqual([
      "python→2",
      "sql→2",
      "data-pipelines→2",
      "databases→2",
      "feature-stores→2",
    ]);
  });

  it("GIVEN a topic that itself lists a prerequisite WHEN asking THEN that skill keeps the topic's target", () => {
    // The MLOps track lists Python at 3; the data-engineering area lists Data Pipelines.
    expect(stepsOf(bot, { kind: "track", id: "mlops-engineer" }, {}, "mlops-engineer")).toContain(
      "python→3",
    );
    const dataEngineering = stepsOf(bot, { kind: "area", id: "data-engineering-mlops" });
    expect(dataEngineering).toContain("data-pipelines→3");
    expect(dataEngineering).toContain("python→2");
  });

  it("GIVEN a new person WHEN they ask for a plan to learn infra THEN every step is infra or a prerequisite of a later infra step", async () => {
    const kb = bot.core.kb;
    const path = learningPathFor(
      kb,
      { kind: "area", id: "systems-infrastructure" },
      {},
      kb.track("ml-engineer"),
    );
    const ids = path.steps.map((s) => s.skill.id);
    for (const [i, id] of ids.entries()) {
      if (kb.skill(id)?.areaId === "systems-infrastructure") continue;
      const needed = ids.slice(i + 1).some((later) => kb.skill(later)?.prerequisites.includes(id));
      expect(needed, `${id} is on the path but nothing after it needs it`).toBe(true);
    }
    const reply = textOf(await say(bot, "new-infra", "plan for learning infra"));
    expect(skillLinesOf(reply)).toEqual([
      "Docker→3",
      "Kubernetes→2",
      "Distributed Systems→2",
      "Python→2",
      "Apache Spark→2",
    ]);
  });

  it("GIVEN a person already expert in Python WHEN they ask how to improve their Python THEN the reply says so before the next steps around it", async () => {
    for (const rating of ["rate python 4", "rate sql 1", "track mlops"])
      await say(bot, "expert-python", rating);
    const reply = textOf(await say(bot, "expert-python", "how can i improve my python"));
    const [heading, first] = reply.split("\n");
    expect(heading).toBe("Your next steps in Python");
    expect(first).toMatch(/^You're at 4 \(expert\) in Python, the target; next steps around it:/);
    expect(skillLinesOf(reply)[0]).toBe("SQL 1→2");
    expect(skillLinesOf(reply).some((line) => line.startsWith("Python"))).toBe(false);
  });

  it("GIVEN a person below the top in a skill WHEN they ask how to improve it THEN no 'already there' note", async () => {
    for (const rating of ["rate statistics 2", "track mlops"]) await say(bot, "mid-stats", rating);
    const reply = textOf(await say(bot, "mid-stats", "how can i improve my statistics"));
    expect(reply).not.toMatch(/You're at/);
    expect(skillLinesOf(reply)).toContain("Statistics 2→3");
  });

  it("GIVEN an MLOps person WHEN they ask how to get better at communicating with stakeholders THEN Explaining to Stakeholders is on the path though the track doesn't target it", async () => {
    for (const rating of ["rate python 4", "rate sql 1", "track mlops"])
      await say(bot, "mlops-talker", rating);
    const lines = skillLinesOf(
      textOf(
        await say(bot, "mlops-talker", "how do i get better at communicating with stakeholders"),
      ),
    );
    expect(lines).toContain("Explaining to Stakeholders 0→2");
    expect(lines.indexOf("Communication 0→3")).toBeLessThan(
      lines.indexOf("Explaining to Stakeholders 0→2"),
    );
  });

  it("GIVEN an MLOps person WHEN they ask about communication THEN what builds on it comes too, at the level others build on where the track skips it", () => {
    expect(
      stepsOf(bot, { kind: "skill", id: "communication" }, { python: 4 }, "mlops-engineer"),
    ).toEqual(["communication→3", "collaboration→3", "explaining-to-stakeholders→2"]);
  });

  it("GIVEN an MLOps person WHEN they ask about Hugging Face, which their track skips THEN it targets working level, not just the next one", () => {
    expect(stepsOf(bot, { kind: "skill", id: "hugging-face" }, {}, "mlops-engineer")).toEqual([
      "python→2",
      "pytorch→2",
      "hugging-face→2",
    ]);
  });
});
