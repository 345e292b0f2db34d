import { describe, expect, test } from "vitest";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { loadValid, SHIPPED_DIR } from "./shipped.ts";

const matrix = loadValid(SHIPPED_DIR);
const kb = new KnowledgeBase(matrix);
const index = new MatrixIndex(kb);

/** The seed's eight headings, in its order. */
const SEED_AREAS = [
  ["programming", "Programming"],
  ["software-engineering", "Software Engineering Fundamentals"],
  ["ml-algorithms", "ML Algorithms"],
  ["frameworks-libraries", "Frameworks and Libraries"],
  ["mathematics", "Mathematics"],
  ["data-engineering-mlops", "Data Engineering and MLOps"],
  ["systems-infrastructure", "Systems and Infrastructure"],
  ["soft-skills", "Soft Skills"],
] as const;

const meanTarget = (targets: Record<string, number>, skillIds: string[]) => {
  const levels = skillIds.flatMap((id) => targets[id] ?? []);
  return levels.reduce((sum, level) => sum + level, 0) / Math.max(1, levels.length);
};

describe("the shipped ML-engineer matrix", () => {
  test("GIVEN the shipped matrix WHEN listed THEN it has exactly the seed's 8 areas, in the seed's order, with its names", () => {
    expect(matrix.areas.map((a) => [a.id, a.name])).toEqual(SEED_AREAS);
  });

  test("GIVEN the shipped matrix WHEN counted THEN it has at least 45 skills and every area has some", () => {
    expect(matrix.skills.length).toBeGreaterThanOrEqual(45);
    for (const [areaId] of SEED_AREAS) expect(kb.skillsIn(areaId).length).toBeGreaterThan(0);
  });

  test.each(matrix.skills.map((s) => [s.id, s] as const))(
    "GIVEN the skill %s WHEN shown THEN it has a why, aliases and 1–3 https resources",
    (_id, skill) => {
      expect(skill.why?.trim().length ?? 0).toBeGreaterThan(40);
      expect(skill.aliases.length).toBeGreaterThan(0);
      expect(skill.resources.length).toBeGreaterThanOrEqual(1);
      expect(skill.resources.length).toBeLessThanOrEqual(3);
      for (const resource of skill.resources) expect(new URL(resource.url).protocol).toBe("https:");
      expect(new Set(Object.values(skill.rubric)).size).toBe(4);
    },
  );

  test("GIVEN the ml-engineer track WHEN a path is built THEN it covers every area and asks for expert Python", () => {
    const track = kb.track("ml-engineer");
    const targeted = Object.keys(track?.targets ?? {});
    const areasCovered = new Set(targeted.map((id) => kb.skill(id)?.areaId));
    expect([...areasCovered].sort()).toEqual(SEED_AREAS.map(([id]) => id).sort());
    expect(track?.targets.python).toBe(4);
    expect(kb.defaultTrack?.id).toBe("ml-engineer");
  });

  test("GIVEN the mlops-engineer track WHEN its targets are compared THEN data engineering/MLOps and infrastructure weigh most", () => {
    const targets = kb.track("mlops-engineer")?.targets ?? {};
    const ops = ["data-engineering-mlops", "systems-infrastructure"].flatMap((area) =>
      kb.skillsIn(area).map((s) => s.id),
    );
    const rest = Object.keys(targets).filter((id) => !ops.includes(id));
    // Every skill of the two areas is on the path, higher on average than anything else…
    expect(ops.filter((id) => targets[id] === undefined)).toEqual([]);
    expect(meanTarget(targets, ops)).toBeGreaterThan(meanTarget(targets, rest) + 0.5);
    // …and higher than the all-round ML engineer is asked for there.
    const mle = kb.track("ml-engineer")?.targets ?? {};
    expect(meanTarget(targets, ops)).toBeGreaterThan(meanTarget(mle, ops));
  });

  test.each([
    ["mlops", "mlops-engineer"],
    ["ml ops", "mlops-engineer"],
    ["MLOps Engineer", "mlops-engineer"],
    ["machine learning engineer", "ml-engineer"],
    ["ML Engineer", "ml-engineer"],
  ])(
    "GIVEN someone types the track %j WHEN it is resolved THEN it is the %s track, exactly",
    (term, id) => {
      expect(index.resolve(term, ["track"])).toEqual({
        kind: "found",
        ref: { kind: "track", id },
        exact: true,
      });
    },
  );
});

describe("resolving what people type, again and again", () => {
  test("GIVEN a term resolved before THEN the same answer, shared and frozen; other kinds or terms are their own", () => {
    const first = index.resolve("kubernetes", ["skill"]);
    expect(first).toEqual({ kind: "found", ref: { kind: "skill", id: "kubernetes" }, exact: true });
    expect(index.resolve("kubernetes", ["skill"])).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(index.resolve("kubernetes", ["track"]).kind).toBe("none");
    expect(index.resolve("k8s", ["skill"])).toEqual(first);
    expect(index.resolve("k8s", ["skill"])).not.toBe(first);
  });

  test("GIVEN more distinct terms than are kept THEN every one still resolves right", () => {
    const before = index.resolve("pyton", ["skill"]);
    for (let i = 0; i < 1500; i++)
      expect(index.resolve(`zq${i}`, ["skill"]).kind).not.toBe("found");
    const after = index.resolve("pyton", ["skill"]);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ kind: "found", ref: { id: "python" } });
  });
});
