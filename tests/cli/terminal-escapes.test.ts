import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliEnv } from "./cli-io.ts";

/** Clear the screen, retitle the window, ring the bell: what a hostile matrix or argument tries. */
const ESCAPES = "\u001b[2J\u001b]0;pwned\u0007";
/** The same, as a double-quoted YAML string spells them. */
const YAML_ESCAPES = "\\e[2J\\e]0;pwned\\a";
/** The control characters in printed text, besides newline and tab: none should be left. */
const controlsIn = (text: string) =>
  [...text].filter((c) => {
    const code = c.codePointAt(0) ?? 0;
    return (code < 0x20 && c !== "\n" && c !== "\t") || (code >= 0x7f && code <= 0x9f);
  });

/** The shipped matrix, with the escapes in a rubric line (Python, level 1) and the track's name. */
function hostileMatrix(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "skillbot-escapes-")), "ml-engineer");
  cpSync("knowledge/ml-engineer", dir, { recursive: true });
  const edit = (file: string, from: RegExp, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    if (!from.test(text)) throw new Error(`${file} no longer has ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit(
    "skills/programming.yaml",
    /1: >-\n\s+Reads simple scripts[\s\S]*?cell\./,
    `1: "EVIL${YAML_ESCAPES} Reads simple scripts and notebooks."`,
  );
  edit("tracks.yaml", /name: ML Engineer$/m, `name: "ML${YAML_ESCAPES}Engineer"`);
  return dir;
}

describe("nothing from a matrix or from input reaches the terminal with its control characters", () => {
  const matrix = hostileMatrix();

  it("GIVEN a hostile matrix WHEN the chat greets and opens the rating form THEN the rubric and track name are shown without them", async () => {
    const run = await cli(["chat", "--user", "ana"], cliEnv({ SKILLBOT_MATRIX: matrix }), [
      "rate python",
    ]);
    expect(run.out).toContain("Your level>");
    expect(run.out).toMatch(/EVIL.*Reads simple scripts/);
    expect(run.out.split("\n")[0]).toContain("what should I learn for ML[2J]0;pwnedEngineer?");
    expect(controlsIn(run.out)).toEqual([]);
  });

  it("GIVEN a channel id with escapes WHEN quiz run-due posts there THEN its header is shown without them", async () => {
    const env = cliEnv();
    const channel = `C1${ESCAPES}`;
    const on = await cli(["quiz", "daily", "on", "09:30", "UTC", "--channel", channel], env);
    expect(on.code).toBe(0);
    const run = await cli(["quiz", "run-due", "--at", "2030-01-02T09:31:00Z"], env);
    expect(run.out).toMatch(/^\[local #C1\[2J\]0;pwned\]$/m);
    expect(controlsIn(run.out)).toEqual([]);
  });

  it.each([
    [["rate", `pyth${ESCAPES}`, "3"], /I don't know a skill called "pyth\[2J\]0;pwned"/],
    [[`frob${ESCAPES}`], /unknown command "frob\[2J\]0;pwned"/],
    [["profile", `--x${ESCAPES}`], /Unknown option '--x\[2J\]0;pwned'/],
  ])(
    "GIVEN the arguments %j WHEN the error quotes them THEN without control characters",
    async (argv, message) => {
      const run = await cli(argv, cliEnv());
      expect(run.err).toMatch(message);
      expect(controlsIn(run.err)).toEqual([]);
    },
  );
});
