import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CSV_COLUMNS } from "../../src/knowledge/csv.ts";
import { cli } from "./memory-io.ts";
import { removeDir } from "./sample-matrix.ts";
import { FRONTEND_DIR, loadValid, SHIPPED_DIR } from "./shipped.ts";

const work = mkdtempSync(join(tmpdir(), "skillbot-csv-"));
afterAll(() => removeDir(work));
let files = 0;

/** Writes `text` as a CSV file in the scratch dir; returns its path and a fresh --out path. */
function csvFile(text: string | Uint8Array): { csv: string; out: string } {
  files += 1;
  const csv = join(work, `matrix-${files}.csv`);
  writeFileSync(csv, text);
  return { csv, out: join(work, `out-${files}`) };
}

const HEADER = `${CSV_COLUMNS.join(",")}\n`;
const row = (area: string, skill: string, prerequisites = "", aliases = "") =>
  `${area},${skill},${aliases},Knows ${skill},Uses ${skill},Leads ${skill},Teaches ${skill},${prerequisites}`;

describe("export → CSV → import gives back the same matrix", () => {
  test.each([
    ["the shipped ML-engineer matrix", SHIPPED_DIR, "ml-engineer"],
    ["the frontend fixture", FRONTEND_DIR, "frontend-engineer"],
  ])(
    "GIVEN %s WHEN exported as CSV and imported THEN areas and skills come back unchanged and valid",
    async (_name, dir, id) => {
      const original = loadValid(dir);
      const exported = await cli(["kb", "export", "--csv", "--matrix", dir]);
      expect(exported.code).toBe(0);
      expect(exported.out[0]?.split("\n")[0]?.startsWith(CSV_COLUMNS.join(","))).toBe(true);

      const { csv, out } = csvFile(`${exported.stdout}\n`);
      const imported = await cli([
        "kb",
        "import",
        csv,
        "--out",
        out,
        "--id",
        id,
        "--name",
        original.name,
      ]);
      expect(imported).toMatchObject({ code: 0, err: [] });
      expect(imported.stdout).toBe(
        `wrote ${out} (${original.areas.length} areas, ${original.skills.length} skills)`,
      );
      expect((await cli(["kb", "validate", out])).code).toBe(0);

      const back = loadValid(out);
      const areaFields = ({ id, name, summary }: (typeof original.areas)[number]) => ({
        id,
        name,
        summary,
      });
      // Resources, area aliases, tracks and questions are not spreadsheet columns.
      const skillFields = ({ resources: _r, ...skill }: (typeof original.skills)[number]) => skill;
      expect(back.areas.map(areaFields)).toEqual(original.areas.map(areaFields));
      expect(back.skills.map(skillFields)).toEqual(original.skills.map(skillFields));
      expect([back.id, back.name]).toEqual([id, original.name]);
    },
  );

  test("GIVEN a spreadsheet with only the required columns WHEN imported THEN ids come from names and prerequisites from skill names", async () => {
    const { csv, out } = csvFile(
      `${HEADER}${row("Languages", "C++")}\n${row("Languages", "Rust", "C++", "rustlang; rs")}\n${row("CI/CD", "GitHub Actions", "rust")}\n`,
    );
    const run = await cli(["kb", "import", csv, "--out", out]);
    expect(run.code).toBe(0);
    const matrix = loadValid(out);
    expect(matrix.areas.map((a) => [a.id, a.name])).toEqual([
      ["languages", "Languages"],
      ["ci-cd", "CI/CD"],
    ]);
    expect(matrix.skills.map((s) => [s.id, s.areaId, s.prerequisites, s.aliases])).toEqual([
      ["cpp", "languages", [], []],
      ["rust", "languages", ["cpp"], ["rustlang", "rs"]],
      ["github-actions", "ci-cd", ["rust"], []],
    ]);
    // A starter track named after the directory, every skill at practitioner level.
    expect(matrix.tracks).toEqual([
      {
        id: `out-${files}`,
        name: `Out ${files}`,
        aliases: [],
        targets: { cpp: 3, rust: 3, "github-actions": 3 },
      },
    ]);
  });
});

describe("kb import refuses a bad spreadsheet, names the row, and writes nothing", () => {
  test.each([
    [
      "an empty rubric level",
      `${HEADER}${row("Languages", "Go")}\nLanguages,Rust,,Knows,,Leads,Teaches,\n`,
      ['row 3: level2: "level2" is empty'],
    ],
    [
      "the same skill twice",
      `${HEADER}${row("Languages", "Go")}\n${row("Languages", "Rust")}\n${row("Languages", "go")}\n`,
      ['row 4: skill "go" (id "go") is already defined in row 2'],
    ],
    [
      "a prerequisite that is not a skill",
      `${HEADER}${row("Languages", "Go")}\n${row("Languages", "Rust", "Go; Haskell")}\n`,
      ['row 3: prerequisite "Haskell" is not a skill in this file'],
    ],
    [
      "a skill that needs itself",
      `${HEADER}${row("Languages", "Go", "Go")}\n`,
      ['row 2: skill "Go" lists itself as a prerequisite'],
    ],
    [
      "a prerequisite cycle",
      `${HEADER}${row("Languages", "Go", "Zig")}\n${row("Languages", "Rust", "Go")}\n${row("Languages", "Zig", "Rust")}\n`,
      ["row 2: prerequisite cycle go → zig → rust → go"],
    ],
    [
      "an alias another skill already answers to",
      `${HEADER}${row("Delivery", "Docker", "", "containers; ci")}\n${row("Delivery", "CI/CD", "", "ci")}\n`,
      ['row 3: "ci" is already used by skill "Docker" in row 2'],
    ],
    [
      "a skill named like another skill's alias",
      `${HEADER}${row("Delivery", "Docker", "", "containers")}\n${row("Delivery", "Containers")}\n`,
      ['row 3: "Containers" is already used by skill "Docker" in row 2'],
    ],
    [
      "an alias longer than 60 characters",
      `${HEADER}${row("Delivery", "Helm", "", "h".repeat(61))}\n`,
      ["row 2: aliases.0: Too big: expected string to have <=60 characters"],
    ],
    [
      "an id that is not kebab-case",
      `${CSV_COLUMNS.join(",")},id\n${row("Languages", "Go")},Go_Lang\n`,
      ["row 2: id: must be kebab-case: lowercase letters, digits, single dashes"],
    ],
    [
      "missing columns",
      "area,skill,level1\nLanguages,Go,Knows\n",
      [
        "row 1: missing column(s) aliases, level2, level3, level4, prerequisites (expected area,skill,aliases,level1,level2,level3,level4,prerequisites)",
      ],
    ],
    [
      "an unknown column",
      `${CSV_COLUMNS.join(",")},owner\n${row("Languages", "Go")},sam\n`,
      ["row 1: unknown column(s) owner"],
    ],
    ["a header and no skills", HEADER, ["the file has a header but no skills"]],
    [
      "a column given twice",
      `${CSV_COLUMNS.join(",")},skill\n${row("Languages", "Go")},Golang\n`,
      ["row 1: column(s) skill appear more than once"],
    ],
    [
      "a skill named like its area",
      `${HEADER}${row("Languages", "Go")}\n${row("Languages", "Languages")}\n`,
      ['row 3: "Languages" is already used by area "Languages" in row 2'],
    ],
    [
      "text saved as Windows-1252",
      Buffer.from(`${HEADER}${row("Operations", "Café ops")}\n`, "latin1"),
      ["line 2: not valid UTF-8 text (perhaps Latin-1 or Windows-1252): save the file as UTF-8"],
    ],
  ])(
    "GIVEN a CSV with %s WHEN imported THEN exit 1 with the row, and no directory",
    async (_case, text, problems) => {
      const { csv, out } = csvFile(text);
      const run = await cli(["kb", "import", csv, "--out", out]);
      expect(run.code).toBe(1);
      expect(run.err).toEqual([...problems.map((p) => `${csv}: ${p}`), "nothing was written"]);
      expect(run.out).toEqual([]);
      expect(existsSync(out)).toBe(false);
    },
  );

  test("GIVEN bad rows 3 and 5 WHEN imported THEN both rows are reported, not just the first", async () => {
    const { csv, out } = csvFile(
      `${HEADER}${row("A", "One")}\nA,Two,,x,,y,z,\n${row("A", "Three")}\n${row("A", "Four", "Nine")}\n`,
    );
    const run = await cli(["kb", "import", csv, "--out", out]);
    expect(run.err.filter((line) => line.includes(": row "))).toEqual([
      `${csv}: row 3: level2: "level2" is empty`,
      `${csv}: row 5: prerequisite "Nine" is not a skill in this file`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  test("GIVEN a header typed with spaces after the commas WHEN imported THEN the columns are found", async () => {
    const { csv, out } = csvFile(
      `${CSV_COLUMNS.join(", ")}\nLanguages, Go,, Knows Go, Uses Go, Leads Go, Teaches Go,\n`,
    );
    const run = await cli(["kb", "import", csv, "--out", out]);
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(loadValid(out).skills.map((s) => [s.id, s.name, s.rubric[1]])).toEqual([
      ["go", "Go", "Knows Go"],
    ]);
  });

  test("GIVEN a matrix named like one of its areas WHEN imported THEN the starter track's clash is reported", async () => {
    const { csv, out } = csvFile(`${HEADER}${row("Languages", "Go")}\n`);
    const run = await cli(["kb", "import", csv, "--out", out, "--id", "languages"]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      `${csv}: the starter track (named after the matrix): "Languages" is already used by area "Languages" in row 2`,
      "nothing was written",
    ]);
  });

  test("GIVEN an --id too long for a chat button WHEN kb import runs THEN it is a usage error (exit 2)", async () => {
    const { csv, out } = csvFile(`${HEADER}${row("Languages", "Go")}\n`);
    const run = await cli(["kb", "import", csv, "--out", out, "--id", "x".repeat(51)]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/must be at most 50 characters/);
  });

  test("GIVEN a CSV path that is a folder WHEN imported THEN exit 1 names it, with no unexpected error", async () => {
    const { out } = csvFile("");
    const run = await cli(["kb", "import", work, "--out", out]);
    expect(run).toMatchObject({ code: 1, err: [`${work}: is a directory, not a file`] });
  });

  test("GIVEN a CSV with an unclosed quote WHEN imported THEN it is refused as unreadable", async () => {
    const { csv, out } = csvFile(`${HEADER}Languages,"Go,,a,b,c,d,\n`);
    const run = await cli(["kb", "import", csv, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err[0]).toMatch(/: not a readable CSV file: /);
    expect(existsSync(out)).toBe(false);
  });

  test("GIVEN an --out directory that already has files WHEN imported THEN it is left exactly as it was", async () => {
    const { csv, out } = csvFile(`${HEADER}${row("Languages", "Go")}\n`);
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    const run = await cli(["kb", "import", csv, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      expect.stringMatching(/already exists and is not empty; nothing was written$/),
    ]);
    expect(readdirSync(out)).toEqual(["notes.txt"]);
  });

  test("GIVEN a CSV file that does not exist WHEN imported THEN exit 1 says so", async () => {
    const run = await cli(["kb", "import", join(work, "nope.csv"), "--out", join(work, "x")]);
    expect(run).toMatchObject({ code: 1, err: [`${join(work, "nope.csv")}: no such file`] });
  });

  test("GIVEN no --out WHEN kb import runs THEN it is a usage error (exit 2)", async () => {
    const { csv } = csvFile(`${HEADER}${row("Languages", "Go")}\n`);
    const run = await cli(["kb", "import", csv]);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/^kb import needs --out <dir>/);
  });
});
