import { describe, expect, it } from "vitest";
import { writeBakeryMatrix } from "../core/bakery-matrix.ts";
import { cli, cliEnv } from "./cli-io.ts";

const ML_NAMES = /python|pytorch|mlops/i;

describe("CLI examples come from the loaded matrix", () => {
  it("GIVEN the frontend matrix WHEN rate, explain or mentor lack their skill THEN the example names one of its skills", async () => {
    const env = cliEnv({ SKILLBOT_MATRIX: "tests/fixtures/frontend-engineer" });
    for (const [argv, example] of [
      [["rate", "3"], "e.g. rate html 3"],
      [["explain"], "e.g. explain html"],
      [["mentor"], "(mentor html)"],
    ] as const) {
      const run = await cli([...argv], env);
      expect(run.code).toBe(2);
      expect(run.err).toContain(example);
      expect(run.err.split("\n\n")[0]).not.toMatch(ML_NAMES);
    }
  });

  it("GIVEN ask with no question THEN the example fits any matrix", async () => {
    const run = await cli(["ask"], cliEnv({ SKILLBOT_MATRIX: "tests/fixtures/frontend-engineer" }));
    expect(run.code).toBe(2);
    expect(run.err.split("\n\n")[0]).toMatch(/e\.g\. ask "what should I learn next\?"/);
  });

  it.each([
    ["tests/fixtures/frontend-engineer", "Frontend Engineer"],
    [writeBakeryMatrix(), "Cooking"],
  ])(
    "GIVEN the matrix at %s WHEN the console chat opens THEN its greeting asks about %s",
    async (matrix, topic) => {
      const run = await cli(["chat"], cliEnv({ SKILLBOT_MATRIX: matrix }));
      expect(run.out.split("\n")[0]).toContain(`"what should I learn for ${topic}?"`);
      expect(run.out).not.toMatch(ML_NAMES);
    },
  );
});
