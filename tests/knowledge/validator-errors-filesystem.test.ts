// What the filesystem can do to a matrix (a file where a folder should be, a folder named like a
// file, a dangling link, no permission, bytes that are not UTF-8) comes back as a problem naming
// the path, never as an unexpected error.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { loadMatrix } from "../../src/knowledge/load-matrix.ts";
import { SAMPLE_FILES, writeSampleMatrix } from "./sample-matrix.ts";
import { dirs, removeSampleMatricesAfterEach } from "./validator-problems.ts";

// Tests often run as root, where chmod cannot deny a read: a refused read is staged here instead.
const denied = vi.hoisted(() => new Set<string>());
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (denied.has(String(path)))
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), {
        code: "EACCES",
      });
    return Reflect.apply(fs.readFileSync, fs, [path, ...rest]);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

removeSampleMatricesAfterEach();

/** The sample matrix after `arrange` changes it on disk; its problems as "file:line:col message". */
function problemsAfter(arrange: (dir: string) => void): string[] {
  const dir = writeSampleMatrix();
  dirs.push(dir);
  arrange(dir);
  const result = loadMatrix(dir);
  if (result.ok) return [];
  return result.problems.map(
    (p) => `${p.file.replaceAll(`${dir}${sep}`, "")}:${p.line}:${p.col} ${p.message}`,
  );
}

describe("odd files and folders are problems that name the path", () => {
  test("GIVEN skills is a file WHEN validated THEN it says skills must be a folder", () => {
    const problems = problemsAfter((dir) => {
      rmSync(join(dir, "skills"), { recursive: true });
      writeFileSync(join(dir, "skills"), "oops");
    });
    expect(problems).toEqual(["skills:1:1 is a file, not a directory: skills go in skills/*.yaml"]);
  });

  test("GIVEN matrix.yaml is a folder WHEN validated THEN it says it is not a file", () => {
    const problems = problemsAfter((dir) => {
      rmSync(join(dir, "matrix.yaml"));
      mkdirSync(join(dir, "matrix.yaml"));
    });
    expect(problems).toEqual(["matrix.yaml:1:1 is a directory, not a file"]);
  });

  test("GIVEN a folder named skills/languages.yaml WHEN validated THEN the folder is reported and the skills it should hold are not called unknown", () => {
    const problems = problemsAfter((dir) => {
      rmSync(join(dir, "skills", "languages.yaml"));
      mkdirSync(join(dir, "skills", "languages.yaml"));
    });
    expect(problems).toEqual([
      "skills/languages.yaml:1:1 is a folder: only skills/*.yaml is read, not folders inside it; move its files into skills/",
    ]);
  });

  test("GIVEN skills in a folder inside skills/ WHEN validated THEN the folder is reported, not silently skipped", () => {
    const problems = problemsAfter((dir) => {
      mkdirSync(join(dir, "skills", "languages"));
      writeFileSync(
        join(dir, "skills", "languages", "go.yaml"),
        SAMPLE_FILES["skills/languages.yaml"],
      );
      rmSync(join(dir, "skills", "languages.yaml"));
    });
    expect(problems).toEqual([
      "skills/languages:1:1 is a folder: only skills/*.yaml is read, not folders inside it; move its files into skills/",
    ]);
  });

  test("GIVEN a tracks.yaml link to a file that is gone WHEN validated THEN the link is reported", () => {
    const problems = problemsAfter((dir) => {
      rmSync(join(dir, "tracks.yaml"));
      symlinkSync(join(dir, "nowhere.yaml"), join(dir, "tracks.yaml"));
    });
    expect(problems).toEqual(["tracks.yaml:1:1 is a link to a file that does not exist"]);
  });

  test("GIVEN a skills file that cannot be read WHEN validated THEN it says permission was denied", () => {
    const problems = problemsAfter((dir) => {
      denied.add(join(dir, "skills", "delivery.yaml"));
    });
    denied.clear();
    expect(problems).toEqual(["skills/delivery.yaml:1:1 cannot be read: permission denied"]);
  });
});

describe("skills files are found whatever the case of their extension", () => {
  test("GIVEN skills files named Delivery.YAML and languages.yml WHEN validated THEN their skills load", () => {
    const dir = writeSampleMatrix({
      "skills/delivery.yaml": null,
      "skills/languages.yaml": null,
      "skills/Delivery.YAML": SAMPLE_FILES["skills/delivery.yaml"],
      "skills/languages.yml": SAMPLE_FILES["skills/languages.yaml"],
    });
    dirs.push(dir);
    const result = loadMatrix(dir);
    expect(result.ok && result.matrix.skills.map((s) => s.id)).toEqual(["go", "rust", "docker"]);
  });
});

describe("knowledge files must be UTF-8", () => {
  const encoded = (text: string, encoding: BufferEncoding) => Buffer.from(text, encoding);

  test("GIVEN a matrix.yaml saved as Latin-1 WHEN validated THEN the first non-UTF-8 character is pointed at", () => {
    const text = SAMPLE_FILES["matrix.yaml"].replace("name: Sample Role", "name: Café Role");
    const problems = problemsAfter((dir) => {
      writeFileSync(join(dir, "matrix.yaml"), encoded(text, "latin1"));
    });
    expect(problems).toEqual([
      "matrix.yaml:2:10 not valid UTF-8 text (perhaps Latin-1 or Windows-1252): save the file as UTF-8",
    ]);
  });

  test("GIVEN a skills file saved as UTF-16 WHEN validated THEN it says so", () => {
    const problems = problemsAfter((dir) => {
      writeFileSync(
        join(dir, "skills", "delivery.yaml"),
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          encoded(SAMPLE_FILES["skills/delivery.yaml"], "utf16le"),
        ]),
      );
    });
    expect(problems).toEqual([
      "skills/delivery.yaml:1:1 not valid UTF-8 text (it looks like UTF-16): save the file as UTF-8",
    ]);
  });

  test("GIVEN UTF-8 files with a byte-order mark and accents WHEN validated THEN they load as written", () => {
    const text = SAMPLE_FILES["matrix.yaml"].replace("name: Sample Role", "name: Café Role");
    const dir = writeSampleMatrix({ "matrix.yaml": `\uFEFF${text}` });
    dirs.push(dir);
    const result = loadMatrix(dir);
    expect(result.ok && result.matrix.name).toBe("Café Role");
  });
});
