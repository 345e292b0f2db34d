import { writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import { formatProblem } from "../../src/knowledge/problem.ts";
import { parseYamlFile, YAML_LIMITS } from "../../src/knowledge/yaml-file.ts";
import { lineOf, removeDir, SAMPLE_FILES, writeSampleMatrix } from "./sample-matrix.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

/** `kb validate`'s lines for the sample matrix with one file replaced, paths relative to it. */
function validate(file: string, text: string): string[] {
  const dir = writeSampleMatrix({ [file]: text });
  dirs.push(dir);
  const result = loadMatrix(dir);
  return result.ok
    ? []
    : result.problems.map((p) => formatProblem(p).replaceAll(`${dir}${sep}`, ""));
}

/** The classic exponential entity expansion: 9 levels of 9 aliases each, about 387 million strings. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = "abcdefghi";
  for (let i = 1; i < names.length; i++) {
    const previous = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(", ")}]`);
  }
  return `${lines.join("\n")}\n`;
}

describe("knowledge files are parsed as plain data, whatever they contain", () => {
  test("GIVEN a skill value with a !!js/function tag WHEN validated THEN the tag is refused at its line", () => {
    const text = SAMPLE_FILES["skills/delivery.yaml"].replace(
      "name: Docker",
      "name: !!js/function 'function () { return process.exit(1) }'",
    );
    expect(validate("skills/delivery.yaml", text)).toEqual([
      `skills/delivery.yaml:${lineOf(text, "!!js/function")}:25 custom tag "tag:yaml.org,2002:js/function" is not allowed`,
    ]);
  });

  test("GIVEN local and binary tags WHEN parsed THEN each is refused; an explicit core tag is fine", () => {
    const refused = parseYamlFile("f.yaml", "a: !custom 1\nb: !!binary aGVsbG8=\n");
    expect(refused.ok ? [] : refused.problems.map(formatProblem)).toEqual([
      'f.yaml:1:12 custom tag "!custom" is not allowed',
      'f.yaml:2:13 custom tag "tag:yaml.org,2002:binary" is not allowed',
    ]);
    const core = parseYamlFile("f.yaml", "a: !!str 1\n");
    expect(core.ok && core.yaml.data).toEqual({ a: "1" });
  });

  test("GIVEN a billion-laughs file in skills/ WHEN validated THEN it is refused quickly instead of expanded", () => {
    const started = performance.now();
    const lines = validate("skills/laughs.yaml", billionLaughs());
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(lines).toContainEqual(
      expect.stringMatching(/^skills\/laughs\.yaml:1:1 cannot read YAML: .*resource exhaustion/),
    );
  });

  test(`GIVEN ${YAML_LIMITS.maxAliases + 1} aliases in one file WHEN parsed THEN the first alias over the cap is reported`, () => {
    const aliases = Array.from({ length: YAML_LIMITS.maxAliases + 1 }, (_, i) => `k${i}: *base`);
    const parsed = parseYamlFile("f.yaml", ["base: &base x", ...aliases].join("\n"));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      `f.yaml:${YAML_LIMITS.maxAliases + 2}:${`k${YAML_LIMITS.maxAliases}: `.length + 1} more than ${YAML_LIMITS.maxAliases} aliases`,
    ]);
  });

  test("GIVEN a few anchors and aliases WHEN parsed THEN they resolve like any YAML", () => {
    const parsed = parseYamlFile(
      "f.yaml",
      "base: &level Reads code\ncopy: *level\nagain: *level\n",
    );
    expect(parsed.ok && parsed.yaml.data).toEqual({
      base: "Reads code",
      copy: "Reads code",
      again: "Reads code",
    });
  });

  test("GIVEN a __proto__ key in a skill WHEN validated THEN it is refused at its line and no object is polluted", () => {
    const text = SAMPLE_FILES["skills/delivery.yaml"].replace(
      "    summary: Packaging",
      "    __proto__: { polluted: true }\n    summary: Packaging",
    );
    expect(validate("skills/delivery.yaml", text)).toEqual([
      `skills/delivery.yaml:${lineOf(text, "__proto__")}:5 key "__proto__" is not allowed`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("GIVEN quoted __proto__, constructor and prototype keys WHEN parsed THEN each is refused", () => {
    const parsed = parseYamlFile("f.yaml", '"__proto__": 1\nx: { constructor: 2 }\nprototype: 3\n');
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      'f.yaml:1:1 key "__proto__" is not allowed',
      'f.yaml:2:6 key "constructor" is not allowed',
      'f.yaml:3:1 key "prototype" is not allowed',
    ]);
  });

  test("GIVEN a questions file one byte over the size cap WHEN validated THEN it is refused unread, with its size", () => {
    const dir = writeSampleMatrix();
    dirs.push(dir);
    const big = join(dir, "questions", "huge.yaml");
    writeFileSync(big, `questions: []\n#${"x".repeat(YAML_LIMITS.maxFileBytes - 14)}`);
    const result = loadMatrix(dir);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${big}:1:1 file is ${YAML_LIMITS.maxFileBytes + 1} bytes, over the ${YAML_LIMITS.maxFileBytes}-byte limit`,
    ]);
  });

  test("GIVEN a file exactly at the size cap WHEN validated THEN it is read", () => {
    const dir = writeSampleMatrix();
    dirs.push(dir);
    writeFileSync(
      join(dir, "questions", "big.yaml"),
      `questions: []\n#${"x".repeat(YAML_LIMITS.maxFileBytes - 15)}`,
    );
    expect(loadMatrix(dir).ok).toBe(true);
  });

  test("GIVEN text over the size cap WHEN parsed directly THEN it is refused before parsing", () => {
    const parsed = parseYamlFile("f.yaml", `a: ${"x".repeat(YAML_LIMITS.maxFileBytes)}`);
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      `f.yaml:1:1 file is larger than ${YAML_LIMITS.maxFileBytes} bytes`,
    ]);
  });

  test("GIVEN two YAML documents in one file WHEN parsed THEN the second document is refused at its start", () => {
    const parsed = parseYamlFile("f.yaml", "a: 1\n---\nb: 2\n");
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^f\.yaml:2:1 YAML: Source contains multiple documents/),
    ]);
  });
});
