import { describe, expect, test } from "vitest";
import { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { MatrixIndex } from "../../src/knowledge/matrix-index.ts";
import { loadValid, SHIPPED_DIR } from "./shipped.ts";

const kb = new KnowledgeBase(loadValid(SHIPPED_DIR));
const index = new MatrixIndex(kb);

/**
 * Every skill the seed text (ml-engineer-skill-matrix.txt) names, as it words it, with the skill
 * it must find. Someone who read the seed and types these words gets the skill, not a guess.
 */
const SEED_SKILLS: ReadonlyArray<readonly [area: string, term: string, skillId: string]> = [
  ["programming", "Python", "python"],
  ["programming", "SQL", "sql"],
  ["programming", "Java", "java"],
  ["programming", "R", "r"],
  ["programming", "C++", "cpp"],
  ["software-engineering", "OOP", "oop"],
  ["software-engineering", "testing", "testing"],
  ["software-engineering", "debugging", "debugging"],
  ["software-engineering", "Git", "git"],
  ["software-engineering", "version control", "git"],
  ["ml-algorithms", "regression models", "regression"],
  ["ml-algorithms", "decision trees", "decision-trees"],
  ["ml-algorithms", "gradient boosting", "gradient-boosting"],
  ["ml-algorithms", "SVMs", "svm"],
  ["ml-algorithms", "clustering", "clustering"],
  ["ml-algorithms", "dimensionality reduction", "dimensionality-reduction"],
  ["frameworks-libraries", "scikit-learn", "scikit-learn"],
  ["frameworks-libraries", "PyTorch", "pytorch"],
  ["frameworks-libraries", "TensorFlow", "tensorflow"],
  ["frameworks-libraries", "pandas", "pandas"],
  ["frameworks-libraries", "NumPy", "numpy"],
  ["frameworks-libraries", "Keras", "keras"],
  ["frameworks-libraries", "XGBoost", "xgboost"],
  ["frameworks-libraries", "OpenCV", "opencv"],
  ["frameworks-libraries", "spaCy", "spacy"],
  ["frameworks-libraries", "Hugging Face", "hugging-face"],
  ["mathematics", "Linear algebra", "linear-algebra"],
  ["mathematics", "calculus", "calculus"],
  ["mathematics", "probability", "probability"],
  ["mathematics", "statistics", "statistics"],
  ["data-engineering-mlops", "data pipelines", "data-pipelines"],
  ["data-engineering-mlops", "databases", "databases"],
  ["data-engineering-mlops", "cloud services", "cloud-services"],
  ["data-engineering-mlops", "feature stores", "feature-stores"],
  ["data-engineering-mlops", "experiment tracking", "experiment-tracking"],
  ["data-engineering-mlops", "model serving", "model-serving"],
  ["systems-infrastructure", "Docker", "docker"],
  ["systems-infrastructure", "Kubernetes", "kubernetes"],
  ["systems-infrastructure", "Airflow", "airflow"],
  ["systems-infrastructure", "CI/CD pipelines", "ci-cd"],
  ["systems-infrastructure", "Distributed systems", "distributed-systems"],
  ["systems-infrastructure", "Spark", "spark"],
  ["soft-skills", "communication", "communication"],
  ["soft-skills", "collaboration", "collaboration"],
  ["soft-skills", "business impact", "business-impact"],
  ["soft-skills", "non-technical stakeholders", "explaining-to-stakeholders"],
];

describe("every skill the seed names is in the shipped matrix", () => {
  test.each(SEED_SKILLS)(
    "GIVEN the seed's %s skill %j WHEN someone types it THEN it resolves exactly to %s",
    (area, term, skillId) => {
      expect(index.resolve(term, ["skill"])).toEqual({
        kind: "found",
        ref: { kind: "skill", id: skillId },
        exact: true,
      });
      expect(kb.skill(skillId)?.areaId).toBe(area);
    },
  );

  test("GIVEN the seed's list WHEN compared with the matrix THEN every seed area names at least three skills", () => {
    const perArea = new Map<string, Set<string>>();
    for (const [area, , id] of SEED_SKILLS)
      perArea.set(area, (perArea.get(area) ?? new Set()).add(id));
    expect([...perArea.keys()]).toEqual(kb.areas.map((a) => a.id));
    for (const ids of perArea.values()) expect(ids.size).toBeGreaterThanOrEqual(3);
  });
});
