import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { text } from "../../src/core/messages.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { plain } from "../../src/core/rich-text.ts";
import { openStore } from "../../src/store/open-store.ts";
import { say, testBot, textOf } from "../helpers/core.ts";

// A team edits its matrix: skills and tracks people rated or chose may be gone. What people see
// must agree with itself and say what changed.

type Doc = {
  skills?: { id: string; prerequisites?: string[] }[];
  questions?: { skillId: string }[];
  tracks?: { id: string; targets: Record<string, number> }[];
};

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped matrix, each YAML file changed by `edit`. */
function editedMatrix(edit: (file: string, doc: Doc) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-edited-"));
  made.push(dir);
  cpSync("knowledge/ml-engineer", dir, { recursive: true });
  const files = [
    "tracks.yaml",
    ...readdirSync(join(dir, "skills")).map((f) => `skills/${f}`),
    ...readdirSync(join(dir, "questions")).map((f) => `questions/${f}`),
  ];
  for (const file of files) {
    const path = join(dir, file);
    const doc = parse(readFileSync(path, "utf8")) as Doc;
    edit(file, doc);
    writeFileSync(path, stringify(doc));
  }
  return dir;
}

/** The matrix without some skills, and everything that pointed at them. */
const withoutSkills = (gone: readonly string[]) =>
  editedMatrix((_file, doc) => {
    if (doc.skills) doc.skills = doc.skills.filter((s) => !gone.includes(s.id));
    for (const s of doc.skills ?? [])
      if (s.prerequisites) s.prerequisites = s.prerequisites.filter((p) => !gone.includes(p));
    if (doc.questions) doc.questions = doc.questions.filter((q) => !gone.includes(q.skillId));
    for (const t of doc.tracks ?? []) for (const id of gone) delete t.targets[id];
  });

describe("ratings of a skill the matrix no longer has", () => {
  it("GIVEN Fay's only rating is of a removed skill WHEN she asks for her profile and path THEN neither counts or names it", async () => {
    const store = await openStore("memory://", silentLogger);
    await say(await testBot({ store }), "fay", "rate spacy 3");
    const after = await testBot({ store, env: { SKILLBOT_MATRIX: withoutSkills(["spacy"]) } });

    const profile = textOf(await say(after, "fay", "profile"));
    expect(profile).toMatch(/haven't rated any skills yet/);
    expect(profile).not.toMatch(/spacy|Last change/i);

    const path = textOf(await say(after, "fay", "path"));
    expect(path).not.toMatch(/your 1 rating/);
    expect(path).toMatch(/^Next steps in ML Engineer/);
    expect(path).toMatch(/This is the general path/);
  });

  it("GIVEN a later rating of a removed skill WHEN the profile is shown THEN the last change is the latest of a skill still there", async () => {
    const store = await openStore("memory://", silentLogger);
    const before = await testBot({ store });
    await say(before, "fay", "rate sql 2");
    before.clock.advance(60_000);
    await say(before, "fay", "rate spacy 3");
    const after = await testBot({ store, env: { SKILLBOT_MATRIX: withoutSkills(["spacy"]) } });

    const profile = textOf(await say(after, "fay", "profile"));
    expect(profile).toMatch(/Last change: SQL → 2 \(working\)/);
    expect(textOf(await say(after, "fay", "path"))).toMatch(/Ordered by your 1 rating:/);
  });
});

describe("a chosen track the matrix no longer has", () => {
  it("GIVEN Tom chose MLOps Engineer and it was removed WHEN he asks for his profile, path and track THEN each says so once, and which track is used instead", async () => {
    const store = await openStore("memory://", silentLogger);
    const before = await testBot({ store });
    await say(before, "tom", "rate sql 2");
    await say(before, "tom", "track mlops-engineer");
    const after = await testBot({
      store,
      env: {
        SKILLBOT_MATRIX: editedMatrix((file, doc) => {
          if (file === "tracks.yaml" && doc.tracks)
            doc.tracks = doc.tracks.filter((t) => t.id !== "mlops-engineer");
        }),
      },
    });
    const note = /mlops-engineer.*no longer in the skill matrix.*ML Engineer/g;

    for (const command of ["profile", "path", "track"]) {
      const shown = textOf(await say(after, "tom", command));
      expect(shown.match(note), command).toHaveLength(1);
    }
    // The home page shows the profile: still one note.
    const home = await after.bot.home({
      person: { platform: "slack", tenant: "T1", user: "tom", displayName: "tom" },
      where: { channel: "D1", kind: "dm", audience: "private" },
    });
    expect(textOf(home).match(note)).toHaveLength(1);
    // Not for someone whose track is still there, nor for a track asked for by name.
    expect(textOf(await say(after, "ana", "profile"))).not.toMatch(/no longer/);
    expect(textOf(await say(after, "tom", "profile ml-engineer"))).not.toMatch(/no longer/);
  });
});

describe("counts of one", () => {
  it("GIVEN a matrix whose Mathematics area has one skill WHEN someone asks about it THEN it says 1 skill, not 1 skills", async () => {
    const bot = await testBot({
      env: { SKILLBOT_MATRIX: withoutSkills(["calculus", "probability", "statistics"]) },
    });
    const shown = textOf(await say(bot, "u", "what is mathematics?"));
    expect(shown).toMatch(/^1 skill in this area:/m);
  });

  it("GIVEN a daily quota of one explanation WHEN it is used up THEN the note says explanation, not explanations", () => {
    expect(plain(text.explainQuotaReached(1))).toMatch(/today's 1 explanation,/);
    expect(plain(text.explainQuotaReached(2))).toMatch(/today's 2 explanations,/);
  });
});
