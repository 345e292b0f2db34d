import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { generateMatrix } from "../../bench/generate-matrix.ts";
import { YAML_LIMITS } from "../../src/knowledge/yaml-file.ts";
import { removeDir } from "./sample-matrix.ts";
import { loadValid } from "./shipped.ts";

const dir = mkdtempSync(join(tmpdir(), "skillbot-generated-"));
afterAll(() => removeDir(dir));

describe("the benchmarks' matrix generator", () => {
  test("GIVEN 450 skills asked for WHEN generated and loaded THEN the matrix is valid, with every skill, area, track and question", () => {
    const generated = generateMatrix(dir, 450);
    const matrix = loadValid(dir);
    expect(matrix.skills).toHaveLength(450);
    expect(new Set(matrix.skills.map((s) => s.id)).size).toBe(450);
    expect(matrix.areas).toHaveLength(3);
    expect(matrix.tracks).toHaveLength(generated.tracks);
    expect(matrix.questions).toHaveLength(450 * 3);
    expect(matrix.skills.filter((s) => s.prerequisites.length > 0).length).toBeGreaterThan(200);
    for (const file of generated.files)
      expect(statSync(file).size).toBeLessThan(YAML_LIMITS.maxFileBytes / 4);
  });
});
