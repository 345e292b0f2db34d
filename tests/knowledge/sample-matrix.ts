import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A small valid matrix, file by file, that each validator case breaks in one place. */
export const SAMPLE_FILES = {
  "matrix.yaml": `id: sample
name: Sample Role
defaultTrack: sample-role
areas:
  - id: languages
    name: Languages
    summary: The languages the team writes.
  - id: delivery
    name: Delivery
    summary: Getting code to production.
`,
  "tracks.yaml": `tracks:
  - id: sample-role
    name: Sample Role
    aliases: [sample]
    targets:
      go: 3
      rust: 2
      docker: 2
`,
  "skills/languages.yaml": `skills:
  - id: go
    name: Go
    areaId: languages
    aliases: [golang]
    summary: A compiled language for network services.
    rubric:
      1: Reads Go code and says what it does.
      2: Writes small Go programs with tests.
      3: Designs Go packages others can use.
      4: Tunes the Go runtime and garbage collector.
    prerequisites: []
  - id: rust
    name: Rust
    areaId: languages
    aliases: [rustlang]
    summary: A systems language with memory safety and no garbage collector.
    rubric:
      1: Reads Rust code and says what it does.
      2: Writes small Rust programs that compile.
      3: Designs crates with clear ownership.
      4: Writes unsafe code and proves it sound.
    prerequisites: [go]
`,
  "skills/delivery.yaml": `skills:
  - id: docker
    name: Docker
    areaId: delivery
    aliases: [containers]
    summary: Packaging services as container images.
    rubric:
      1: Runs a container from an image.
      2: Writes a Dockerfile for a service.
      3: Builds small, cached, multi-stage images.
      4: Hardens images and the build supply chain.
    prerequisites: [go]
    resources:
      - title: Docker documentation
        url: https://docs.docker.com/
        kind: docs
`,
  "questions/languages.yaml": `questions:
  - id: go-1
    skillId: go
    difficulty: 1
    prompt: Which keyword starts a goroutine?
    options: [go, async, spawn]
    answer: 0
    explanation: The go keyword runs a function call in a new goroutine.
  - id: rust-1
    skillId: rust
    difficulty: 2
    prompt: What does the borrow checker enforce?
    options: [Ownership and borrowing rules, Code formatting, Test coverage]
    answer: 0
    explanation: It enforces that references never outlive or alias mutable data unsafely.
`,
} as const;

export type SampleFile = keyof typeof SAMPLE_FILES;

/** Writes the sample matrix to a new temp dir, with some files replaced (or removed with null). */
export function writeSampleMatrix(
  changes: Partial<Record<string, string | null>> = {},
  root = mkdtempSync(join(tmpdir(), "skillbot-matrix-")),
): string {
  const files: Record<string, string | null | undefined> = { ...SAMPLE_FILES, ...changes };
  for (const [name, text] of Object.entries(files)) {
    if (text === null || text === undefined) continue;
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

/** The sample file with `from` replaced by `to`; fails loudly if `from` is not in it. */
export function sampleWith(file: SampleFile, from: string, to: string): Record<string, string> {
  const text: string = SAMPLE_FILES[file];
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  return { [file]: text.replace(from, to) };
}

/** 1-based line of the `nth` line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, nth = 1): number {
  const lines = text
    .split("\n")
    .flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
  const line = lines[nth - 1];
  if (line === undefined) throw new Error(`no line ${nth} contains "${needle}"`);
  return line;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
