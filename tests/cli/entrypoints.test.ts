import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEntry as run } from "./entry-process.ts";

describe("entry points, as the README runs them", () => {
  it("GIVEN no tokens and no keys WHEN npm start runs THEN a console chat answers and exits cleanly at end of input", async () => {
    const store = `sqlite://${join(mkdtempSync(join(tmpdir(), "skillbot-start-")), "s.sqlite")}`;
    const result = await run("src/main.ts", [], "rate python 3\nprofile\n", { STORE_URL: store });
    expect(result.out).toMatch(/Saved: Python at 3 \(practitioner\)/);
    expect(result.out).toMatch(/Biggest gaps for ML Engineer/);
    expect(result.code).toBe(0);
  });

  it("GIVEN the skillbot CLI WHEN kb validate runs on the shipped matrix THEN it is valid", async () => {
    const result = await run("adapters/console/cli/main.ts", ["kb", "validate"], "");
    expect(result.out).toMatch(/knowledge\/ml-engineer: valid \(8 areas, 47 skills/);
    expect(result.code).toBe(0);
  });

  it("GIVEN a bad environment WHEN npm start runs THEN one line names the variable and the exit code is 1", async () => {
    const result = await run("src/main.ts", [], "", { STORE_URL: "ftp://nope" });
    expect(result.err).toMatch(/^config: STORE_URL: /m);
    expect(result.code).toBe(1);
  });
});
