import { beforeEach, describe, expect, it } from "vitest";
import { learningPathFor } from "../../src/features/learning-path.ts";
import { MLOPS_PERSON, say, sayAll, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** The skill lines of a path reply, "Name level→target", in the order shown. */
function skillLinesOf(text: string): string[] {
  return [...text.matchAll(/^([A-Z][\w .+'-]*? \d→\d)/gm)].map((m) => m[1] ?? "");
}

describe("an area path for someone with a track follows the track's targets", () => {
  let bot: TestBot;
  let n = 0;
  const seeded = async (lines: readonly string[]) => {
    const user = `person${n++}`;
    await sayAll(bot, user, lines);
    return user;
  };
  beforeEach(async () => {
    bot = await testBot();
  });

  for (const asked of [
    "improve my coding",
    "path programming",
    "how do i get better at programming",
  ])
    it(`GIVEN an MLOps person (Python 3, SQL 2) WHEN they ask "${asked}" THEN SQL 2→3 is the path and Java, R and C++ (not in the track) are not on it`, async () => {
      const user = await seeded(MLOPS_PERSON);
      const reply = textOf(await say(bot, user, asked));
      expect(reply).toMatch(/^Your next steps in Programming/);
      expect(skillLinesOf(reply)).toEqual(["SQL 2→3"]);
    });

  it("GIVEN an MLOps person WHEN they ask for a maths or frameworks path THEN only what the track targets, to its targets", async () => {
    const user = await seeded(MLOPS_PERSON);
    const mathsReply = textOf(await say(bot, user, "path mathematics"));
    // Probability is not an MLOps target, but Statistics builds on it: a prerequisite, unflagged.
    expect(skillLinesOf(mathsReply)).toEqual(["Probability 0→2", "Statistics 1→2"]);
    expect(mathsReply).not.toMatch(/Outside the/);
    const frameworks = skillLinesOf(textOf(await say(bot, user, "path frameworks")));
    const mlops = bot.core.kb.track("mlops-engineer")?.targets ?? {};
    const byName = new Map(bot.core.kb.skills.map((s) => [s.name, s.id]));
    for (const line of frameworks) {
      const [, name = "", target = ""] = /^(.*) \d→(\d)$/.exec(line) ?? [];
      expect(mlops[byName.get(name) ?? ""], `${line} is not an MLOps target`).toBe(Number(target));
    }
    expect(frameworks.length).toBeGreaterThan(0);
  });

  it("GIVEN an MLOps person at every programming target WHEN they ask for a programming path THEN the skills beyond the track come, said to be outside it", async () => {
    const user = await seeded(["rate python 3", "rate sql 3", "track mlops-engineer"]);
    const reply = textOf(await say(bot, user, "path programming"));
    expect(skillLinesOf(reply)).toEqual(["Java 0→2", "R 0→2", "C++ 0→2"]);
    expect(reply).toMatch(
      /Outside the MLOps Engineer track's targets, here because you asked: Java, R, C\+\+/,
    );
  });

  it("GIVEN the MLOps track WHEN any skill's path reaches skills it does not target THEN the track's own come first, the rest after and named as outside it", () => {
    const kb = bot.core.kb;
    const mlops = kb.track("mlops-engineer");
    let reachedOutside = 0;
    for (const skill of kb.skills) {
      const path = learningPathFor(kb, { kind: "skill", id: skill.id }, { python: 3 }, mlops);
      const ids = path.steps.map((s) => s.skill.id).filter((id) => id !== skill.id);
      const outside = new Set(path.outsideTrack.map((s) => s.id));
      outside.delete(skill.id);
      if (outside.size === 0) continue;
      reachedOutside++;
      const lastInTrack = Math.max(...ids.map((id, i) => (mlops?.targets[id] ? i : -1)));
      const firstOutside = ids.findIndex((id) => outside.has(id));
      expect(lastInTrack, `${skill.id}: ${ids.join(" ")}`).toBeLessThan(firstOutside);
    }
    expect(reachedOutside).toBeGreaterThan(3);
  });

  it("GIVEN an ML Engineer person (the track targets every skill) WHEN they ask for a programming path THEN Java, R and C++ keep the track's target 1 and no outside note", async () => {
    const user = await seeded(["rate python 4", "rate sql 3", "track ml-engineer"]);
    const reply = textOf(await say(bot, user, "path programming"));
    expect(skillLinesOf(reply)).toEqual(["Java 0→1", "R 0→1", "C++ 0→1"]);
    expect(reply).not.toMatch(/Outside the/);
  });

  it("GIVEN an MLOps person WHEN they ask for their track path THEN it is unchanged: the track's targets, biggest gaps first", async () => {
    const user = await seeded(MLOPS_PERSON);
    const reply = textOf(await say(bot, user, "path mlops"));
    expect(reply).toMatch(/^Your next steps in MLOps Engineer/);
    expect(reply).not.toMatch(/Outside the/);
    const mlops = bot.core.kb.track("mlops-engineer")?.targets ?? {};
    const byName = new Map(bot.core.kb.skills.map((s) => [s.name, s.id]));
    for (const line of skillLinesOf(reply)) {
      const name = /^(.*) \d→\d$/.exec(line)?.[1] ?? "";
      expect(mlops[byName.get(name) ?? ""], `${line} is not an MLOps target`).toBeDefined();
    }
  });
});
