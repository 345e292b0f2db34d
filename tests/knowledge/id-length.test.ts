// Ids travel inside chat buttons, and Discord silently drops a button whose custom_id passes
// 100 characters: the matrix refuses ids too long to fit, and the CSV importer never makes one.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { renderModal } from "../../adapters/discord/modal.ts";
import { renderReply } from "../../adapters/discord/render.ts";
import type { Reply } from "../../src/core/reply.ts";
import { MAX_ID_LENGTH } from "../../src/knowledge/schema.ts";
import { buttonsOf, press, say, testBot } from "../helpers/core.ts";
import { cli } from "./memory-io.ts";
import { removeDir, sampleWith } from "./sample-matrix.ts";
import { loadValid } from "./shipped.ts";
import { lineIn, problemsOf, removeSampleMatricesAfterEach } from "./validator-problems.ts";

removeSampleMatricesAfterEach();
const work = mkdtempSync(join(tmpdir(), "skillbot-ids-"));
afterAll(() => removeDir(work));

/** A kebab-case id of exactly `length` characters. */
const idOf = (prefix: string, length = MAX_ID_LENGTH) =>
  `${prefix}-${"x".repeat(length - prefix.length - 1)}`;

describe("the matrix refuses ids too long for a chat button", () => {
  test("GIVEN a skill id one character over the cap WHEN validated THEN its line says how long an id may be", () => {
    const long = idOf("docker", MAX_ID_LENGTH + 1);
    const changes = {
      ...sampleWith("skills/delivery.yaml", "id: docker", `id: ${long}`),
      ...sampleWith("tracks.yaml", "docker: 2", `${long}: 2`),
    };
    expect(problemsOf(changes).map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([
      `skills/delivery.yaml:${lineIn(changes, "skills/delivery.yaml", long)} skills.0.id: must be at most ${MAX_ID_LENGTH} characters (ids travel inside chat buttons) (got "${long}")`,
      `tracks.yaml:${lineIn(changes, "tracks.yaml", long)} tracks.0.targets: key "${long}" must be at most ${MAX_ID_LENGTH} characters (ids travel inside chat buttons)`,
    ]);
  });

  test("GIVEN a skill id exactly at the cap WHEN validated THEN it is fine", () => {
    const capped = idOf("docker");
    const changes = {
      ...sampleWith("skills/delivery.yaml", "id: docker", `id: ${capped}`),
      ...sampleWith("tracks.yaml", "docker: 2", `${capped}: 2`),
    };
    expect(problemsOf(changes)).toEqual([]);
  });
});

describe("ids at the cap still fit every button Skillbot makes", () => {
  /** 26 skills (more than a Discord select lists, so the rating form carries its skill in its id). */
  function cappedMatrix(): string {
    const dir = join(work, "capped");
    const area = idOf("area");
    const track = idOf("track");
    const skills = Array.from({ length: 26 }, (_, i) => idOf(`skill-${i + 10}`));
    mkdirSync(join(dir, "skills"), { recursive: true });
    writeFileSync(
      join(dir, "matrix.yaml"),
      `id: ${idOf("matrix")}\nname: Capped\ndefaultTrack: ${track}\nareas:\n  - id: ${area}\n    name: Platform\n    summary: Running things.\n`,
    );
    writeFileSync(
      join(dir, "skills", "platform.yaml"),
      `skills:\n${skills
        .map(
          (id, i) =>
            `  - id: ${id}\n    name: Skill ${i + 10}\n    areaId: ${area}\n    summary: A skill.\n    rubric: {1: a, 2: b, 3: c, 4: d}\n`,
        )
        .join("")}`,
    );
    writeFileSync(
      join(dir, "tracks.yaml"),
      `tracks:\n  - id: ${track}\n    name: Operator\n    targets: {${skills.map((id) => `${id}: 3`).join(", ")}}\n`,
    );
    return dir;
  }

  test("GIVEN ids of the longest allowed length WHEN replies and their buttons' replies are sent by DM for a server with a 20-digit id THEN no button and no form is dropped", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: cappedMatrix() } });
    const server = "12345678901234567890";
    const replies: Reply[] = [];
    for (const text of ["explain Skill 10", "explain Platform", "profile", "path Operator"]) {
      const reply = await say(bot, "u1", text);
      replies.push(reply);
      for (const b of buttonsOf(reply)) replies.push(await press(bot, "u1", b.action, b.value));
    }
    const offered = replies.flatMap(buttonsOf).map((b) => `${b.action}|${b.value}`);
    const rendered = replies.flatMap((reply) =>
      renderReply(reply, server).flatMap((page) =>
        page.components.flatMap((row) => row.components.map((c) => c.custom_id)),
      ),
    );
    expect(offered.some((id) => id.startsWith("rate.set|"))).toBe(true);
    expect(rendered.map((id) => id.replace(`|@${server}`, ""))).toEqual(offered);
    const forms = replies.flatMap((r) => (r.form ? [r.form] : []));
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(renderModal(form, server)?.custom_id).toContain("skill=");
    await bot.close();
  });
});

describe("kb import makes ids that fit from long names", () => {
  test("GIVEN two long skill names and a long area name that share their first words WHEN imported THEN every id fits, the two skills stay apart, and the matrix loads", async () => {
    const longArea = "Platform engineering for regulated financial services institutions";
    const first = "Designing and operating Kubernetes operators for stateful workloads at scale";
    const second =
      "Designing and operating Kubernetes operators for stateful workloads on the edge";
    const csv = join(work, "long.csv");
    writeFileSync(
      csv,
      `area,skill,aliases,level1,level2,level3,level4,prerequisites\n${longArea},${first},,a,b,c,d,\n${longArea},${second},,a,b,c,d,${first}\n`,
    );
    const out = join(work, "long-out");
    const run = await cli(["kb", "import", csv, "--out", out]);
    expect(run).toMatchObject({ code: 0, err: [] });
    const matrix = loadValid(out);
    const ids = [...matrix.areas, ...matrix.skills].map((x) => x.id);
    expect(ids).toEqual([
      "platform-engineering-for-regulated-financial",
      "designing-and-operating-kubernetes-operators-for",
      "designing-and-operating-kubernetes-operators-for-2",
    ]);
    expect(matrix.skills[1]?.prerequisites).toEqual([matrix.skills[0]?.id]);
  });
});
