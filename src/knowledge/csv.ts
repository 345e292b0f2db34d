import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { messageOf } from "../core/errors.ts";
import { normaliseTerm, prerequisiteCycles } from "./cross-check.ts";
import { IdSchema, type MatrixData, type Skill, SkillSchema } from "./schema.ts";
import { idSlugFrom } from "./slug.ts";
import { decodeUtf8 } from "./utf8-text.ts";

/** The columns teams keep their matrices in; `id`, `area_id`, summaries and `why` are optional extras. */
export const CSV_COLUMNS = [
  "area",
  "skill",
  "aliases",
  "level1",
  "level2",
  "level3",
  "level4",
  "prerequisites",
] as const;
const OPTIONAL_COLUMNS = ["id", "area_id", "area_summary", "summary", "why"] as const;
const LIST_SEPARATOR = ";";

const cell = z.string().trim();
const required = (column: string) => cell.min(1, `"${column}" is empty`);
const CsvRowSchema = z.object({
  area: required("area"),
  skill: required("skill"),
  aliases: cell.default(""),
  level1: required("level1"),
  level2: required("level2"),
  level3: required("level3"),
  level4: required("level4"),
  prerequisites: cell.default(""),
  id: cell.pipe(z.union([z.literal(""), IdSchema])).default(""),
  area_id: cell.pipe(z.union([z.literal(""), IdSchema])).default(""),
  area_summary: cell.default(""),
  summary: cell.default(""),
  why: cell.default(""),
});

export type CsvImport = { ok: true; matrix: MatrixData } | { ok: false; problems: string[] };

const splitList = (text: string) =>
  text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/**
 * Builds a matrix from a spreadsheet export, given as the file's bytes (which must be UTF-8) or
 * as text. Any bad row fails the whole import, with its row number.
 */
export function matrixFromCsv(
  content: Uint8Array | string,
  meta: { id: string; name: string },
): CsvImport {
  const decoded =
    typeof content === "string" ? { ok: true as const, text: content } : decodeUtf8(content);
  if (!decoded.ok) return { ok: false, problems: [`line ${decoded.line}: ${decoded.message}`] };
  const text = decoded.text;
  let records: Record<string, string>[];
  let columns: string[] | undefined;
  try {
    records = parse(text, {
      // "area, skill" is how people type a header: the spaces are not part of the names.
      columns: (names: string[]) => {
        columns = names.map((name) => name.trim());
        return columns;
      },
      skip_empty_lines: true,
      bom: true,
      trim: false,
    });
  } catch (error) {
    return {
      ok: false,
      problems: [`not a readable CSV file: ${messageOf(error)}`],
    };
  }
  const header = columns ?? firstLineColumns(text);
  const repeated = header.filter((column, index) => column && header.indexOf(column) !== index);
  if (repeated.length > 0)
    // A repeated column would quietly take its value from the last copy.
    return {
      ok: false,
      problems: [`row 1: column(s) ${[...new Set(repeated)].join(", ")} appear more than once`],
    };
  const missing = CSV_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        `row 1: missing column(s) ${missing.join(", ")} (expected ${CSV_COLUMNS.join(",")})`,
      ],
    };
  }
  const unknown = header.filter(
    (c) =>
      !(CSV_COLUMNS as readonly string[]).includes(c) &&
      !(OPTIONAL_COLUMNS as readonly string[]).includes(c),
  );
  if (unknown.length > 0)
    return { ok: false, problems: [`row 1: unknown column(s) ${unknown.join(", ")}`] };
  if (records.length === 0) return { ok: false, problems: ["the file has a header but no skills"] };

  const problems: string[] = [];
  const areas = new Map<string, MatrixData["areas"][number]>();
  const areaRows = new Map<string, number>();
  const skills: (Skill & { row: number; prerequisiteNames: string[] })[] = [];
  records.forEach((record, index) => {
    const row = index + 2; // the header is row 1, as in a spreadsheet
    const parsed = CsvRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`row ${row}: ${issue.path.join(".")}: ${issue.message}`);
      return;
    }
    const r = parsed.data;
    const knownArea = [...areas.values()].find((a) => a.name === r.area);
    const areaId =
      r.area_id ||
      knownArea?.id ||
      idSlugFrom(r.area, (taken) => areas.has(taken) || skills.some((s) => s.id === taken));
    const id =
      r.id ||
      idSlugFrom(
        r.skill,
        (taken) => areas.has(taken) || skills.some((s) => s.id === taken && s.name !== r.skill),
      );
    if (!areaId || !id) {
      problems.push(
        `row ${row}: cannot make an id from "${r.area_id ? r.skill : r.area}"; add an id column`,
      );
      return;
    }
    const area = areas.get(areaId);
    if (!area) {
      areas.set(areaId, {
        id: areaId,
        name: r.area,
        summary: r.area_summary || `Skills in ${r.area}.`,
        aliases: [],
      });
      areaRows.set(areaId, row);
    } else if (area.name !== r.area)
      problems.push(`row ${row}: area id "${areaId}" is already used by area "${area.name}"`);
    const duplicate = skills.find((s) => s.id === id);
    if (duplicate) {
      problems.push(
        `row ${row}: skill "${r.skill}" (id "${id}") is already defined in row ${duplicate.row}`,
      );
      return;
    }
    skills.push({
      row,
      id,
      name: r.skill,
      areaId,
      aliases: splitList(r.aliases),
      summary: r.summary || `${r.skill}, in ${r.area}.`,
      ...(r.why ? { why: r.why } : {}),
      rubric: { 1: r.level1, 2: r.level2, 3: r.level3, 4: r.level4 },
      prerequisites: [],
      prerequisiteNames: splitList(r.prerequisites),
      resources: [],
    });
  });

  const idByTerm = new Map<string, string>();
  for (const s of skills) for (const term of [s.id, s.name]) idByTerm.set(term.toLowerCase(), s.id);
  for (const s of skills) {
    for (const name of s.prerequisiteNames) {
      const id = idByTerm.get(name.toLowerCase());
      if (!id) problems.push(`row ${s.row}: prerequisite "${name}" is not a skill in this file`);
      else if (id === s.id)
        problems.push(`row ${s.row}: skill "${s.name}" lists itself as a prerequisite`);
      else s.prerequisites.push(id);
    }
  }
  // What the matrix validator would reject later, reported here with the row to fix.
  for (const { row, prerequisiteNames: _names, ...skill } of skills) {
    const checked = SkillSchema.safeParse(skill);
    if (!checked.success)
      for (const issue of checked.error.issues)
        problems.push(`row ${row}: ${issue.path.join(".")}: ${issue.message}`);
  }
  // Skills, areas and the track are looked up from the same typed words: one word, one thing.
  const named: TermOwner[] = [
    ...[...areas.values()].map((a) => ({
      kind: "area",
      name: a.name,
      terms: [a.id, a.name],
      where: `row ${areaRows.get(a.id)}`,
    })),
    ...skills.map((s) => ({
      kind: "skill",
      name: s.name,
      terms: [s.id, s.name, ...s.aliases],
      where: `row ${s.row}`,
    })),
    // Named after the matrix: `kb import --out backend` next to an area "Backend" would clash.
    {
      kind: "track",
      name: meta.name,
      terms: [meta.id, meta.name],
      where: "the starter track (named after the matrix)",
    },
  ];
  problems.push(...termClashes(named));
  for (const cycle of prerequisiteCycles(skills)) {
    const row = skills.find((s) => s.id === cycle[0])?.row;
    problems.push(`row ${row}: prerequisite cycle ${cycle.join(" → ")}`);
  }
  if (problems.length > 0) return { ok: false, problems };

  return {
    ok: true,
    matrix: {
      id: meta.id,
      name: meta.name,
      defaultTrack: meta.id,
      areas: [...areas.values()],
      skills: skills.map(({ row: _row, prerequisiteNames: _names, ...skill }) => skill),
      // One starter track: every skill at practitioner level, for the team to edit in tracks.yaml.
      tracks: [
        {
          id: meta.id,
          name: meta.name,
          aliases: [],
          targets: Object.fromEntries(skills.map((s) => [s.id, 3])),
        },
      ],
      questions: [],
    },
  };
}

/** The matrix as the spreadsheet teams edit; `kb import` reads it back. */
export function matrixToCsv(matrix: Pick<MatrixData, "areas" | "skills">): string {
  const areaById = new Map(matrix.areas.map((a) => [a.id, a]));
  const skillById = new Map(matrix.skills.map((s) => [s.id, s]));
  const rows = matrix.skills.map((s) => {
    const area = areaById.get(s.areaId);
    return {
      area: area?.name ?? s.areaId,
      skill: s.name,
      aliases: s.aliases.join(LIST_SEPARATOR),
      level1: s.rubric[1],
      level2: s.rubric[2],
      level3: s.rubric[3],
      level4: s.rubric[4],
      prerequisites: s.prerequisites
        .map((id) => skillById.get(id)?.name ?? id)
        .join(LIST_SEPARATOR),
      id: s.id,
      area_id: s.areaId,
      area_summary: area?.summary ?? "",
      summary: s.summary,
      why: s.why ?? "",
    };
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS, ...OPTIONAL_COLUMNS] });
}

type TermOwner = { kind: string; name: string; terms: string[]; where: string };

function termClashes(owners: readonly TermOwner[]): string[] {
  const problems: string[] = [];
  const ownerOf = new Map<string, TermOwner>();
  for (const owner of owners) {
    const terms = new Map(owner.terms.map((t) => [normaliseTerm(t), t]));
    for (const [normalised, term] of terms) {
      const first = ownerOf.get(normalised);
      if (!first) ownerOf.set(normalised, owner);
      else
        problems.push(
          `${owner.where}: "${term}" is already used by ${first.kind} "${first.name}" in ${first.where}`,
        );
    }
  }
  return problems;
}

function firstLineColumns(text: string): string[] {
  return (text.split(/\r?\n/, 1)[0] ?? "").split(",").map((c) => c.trim());
}
