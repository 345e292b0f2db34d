import { beforeAll, describe, expect, it } from "vitest";
import { learningPathFor } from "../../src/features/learning-path.ts";
import { asker, PUBLIC, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

describe("learning path", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot();
  });

  it("GIVEN no ratings WHEN asking for the MLOps track THEN prerequisites come before what needs them and 3–5 steps are shown", () => {
    const kb = bot.core.kb;
    const path = learningPathFor(
      kb,
      { kind: "track", id: "mlops-engineer" },
      {},
      kb.track("mlops-engineer"),
    );
    const ids = path.steps.map((s) => s.skill.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.length).toBeLessThanOrEqual(5);
    for (const [i, id] of ids.entries()) {
      for (const prerequisite of kb.skill(id)?.prerequisites ?? []) {
        if (ids.includes(prerequisite)) expect(ids.indexOf(prerequisite)).toBeLessThan(i);
      }
    }
    expect(ids).toContain("data-pipelines");
    expect(ids.indexOf("python")).toBeLessThan(ids.indexOf("data-pipelines"));
  });

  it("GIVEN a person already expert in the prerequisites WHEN asking THEN the path skips them and leads with the biggest gaps", () => {
    const kb = bot.core.kb;
    const levels = { python: 4, sql: 4, docker: 4, git: 4, testing: 4 };
    const path = learningPathFor(
      kb,
      { kind: "track", id: "mlops-engineer" },
      levels,
      kb.track("mlops-engineer"),
    );
    const ids = path.steps.map((s) => s.skill.id);
    expect(ids).not.toContain("python");
    expect(ids).not.toContain("sql");
    const gaps = path.steps.map((s) => s.target - s.level);
    expect(Math.max(...gaps)).toBe(4);
    expect(gaps[0]).toBe(4);
  });

  it("GIVEN a skill topic WHEN asking THEN the skill's next level leads and skills that build on it follow", () => {
    const kb = bot.core.kb;
    const path = learningPathFor(
      kb,
      { kind: "skill", id: "python" },
      { python: 2 },
      kb.track("ml-engineer"),
    );
    expect(path.steps[0]?.skill.id).toBe("python");
    expect(path.steps[0]?.target).toBe(4);
    expect(
      path.steps.slice(1).every((s) => kb.skill(s.skill.id)?.prerequisites.includes("python")),
    ).toBe(true);
  });

  it("GIVEN everything at target WHEN asking THEN it says so instead of inventing steps", () => {
    const kb = bot.core.kb;
    const track = kb.track("mlops-engineer");
    const levels = Object.fromEntries(
      Object.entries(track?.targets ?? {}).map(([id, t]) => [id, t]),
    );
    expect(
      learningPathFor(kb, { kind: "track", id: "mlops-engineer" }, levels, track).steps,
    ).toEqual([]);
  });

  it("GIVEN ratings WHEN the person asks privately THEN the path is personal; in a public thread it is the general one", async () => {
    await say(bot, "pat", "rate sql 1");
    const privately = await say(bot, "pat", "what should I learn for mlops");
    expect(privately.visibility).toBe("private");
    expect(textOf(privately)).toMatch(/Your next steps in MLOps Engineer/);
    expect(textOf(privately)).toMatch(/SQL 1→3/);
    const publicly = await bot.bot.handle({
      type: "text",
      ...asker("pat", PUBLIC),
      text: "what should I learn for mlops",
    });
    expect(publicly.visibility).toBe("public");
    expect(textOf(publicly)).toMatch(/^Next steps in MLOps Engineer/);
    expect(textOf(publicly)).not.toMatch(/SQL 1→3/);
    expect(textOf(publicly)).toMatch(/ask me in a DM/);
  });

  it("GIVEN no ratings WHEN asking privately THEN the general path comes with an invitation to rate", async () => {
    const reply = await say(bot, "newbie", "path");
    expect(textOf(reply)).toMatch(/Rate yourself to make it yours/);
  });

  it("GIVEN an unknown topic WHEN asking for a path THEN a friendly correction", async () => {
    const reply = await say(bot, "pat", "path underwater basket weaving");
    expect(textOf(reply)).toMatch(/couldn't find "underwater basket weaving"/);
  });
});
