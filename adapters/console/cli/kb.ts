import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { messageOf } from "../../../src/core/errors.ts";
import { matrixFromCsv, matrixToCsv } from "../../../src/knowledge/csv.ts";
import { matrixExport } from "../../../src/knowledge/export.ts";
import { KnowledgeBase } from "../../../src/knowledge/knowledge-base.ts";
import { loadMatrix } from "../../../src/knowledge/load-matrix.ts";
import { fsMessage } from "../../../src/knowledge/matrix-files.ts";
import { formatProblem } from "../../../src/knowledge/problem.ts";
import { IdSchema } from "../../../src/knowledge/schema.ts";
import { idSlugFrom } from "../../../src/knowledge/slug.ts";
import { writeMatrixDir } from "../../../src/knowledge/write-matrix.ts";
import { type CliIo, EXIT, type ExitCode, UsageError } from "./io.ts";

export const KB_USAGE = `kb validate [dir]                 check a matrix directory, print every problem as file:line:col
kb export --json|--csv [--matrix dir]   print the whole matrix as one JSON object, or as CSV
kb import <file.csv> --out <dir> [--id ID] [--name NAME]   build a matrix directory from a spreadsheet`;

export function kbCommand(args: string[], io: CliIo, defaultMatrix: string): ExitCode {
  const [sub, ...rest] = args;
  switch (sub) {
    case "validate":
      return validate(rest, io, defaultMatrix);
    case "export":
      return exportMatrix(rest, io, defaultMatrix);
    case "import":
      return importCsv(rest, io);
    default:
      throw new UsageError(sub ? `unknown kb command "${sub}"` : "kb needs a command");
  }
}

function validate(args: string[], io: CliIo, defaultMatrix: string): ExitCode {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length > 1) throw new UsageError("kb validate takes at most one directory");
  const dir = positionals[0] ?? defaultMatrix;
  const result = loadMatrix(dir);
  if (!result.ok) {
    for (const problem of result.problems) io.out(formatProblem(problem));
    io.err(`${dir}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`);
    return EXIT.badValue;
  }
  const { areas, skills, tracks, questions } = result.matrix;
  io.out(
    `${dir}: valid (${areas.length} areas, ${skills.length} skills, ${tracks.length} tracks, ${questions.length} questions)`,
  );
  return EXIT.ok;
}

function exportMatrix(args: string[], io: CliIo, defaultMatrix: string): ExitCode {
  const { values } = parseArgs({
    args,
    options: { json: { type: "boolean" }, csv: { type: "boolean" }, matrix: { type: "string" } },
  });
  if (values.json === values.csv)
    throw new UsageError("kb export needs exactly one of --json or --csv");
  const dir = values.matrix ?? defaultMatrix;
  const result = loadMatrix(dir);
  if (!result.ok) {
    for (const problem of result.problems) io.err(formatProblem(problem));
    return EXIT.badValue;
  }
  if (values.json) io.out(JSON.stringify(matrixExport(new KnowledgeBase(result.matrix))));
  else io.out(matrixToCsv(result.matrix).trimEnd());
  return EXIT.ok;
}

function importCsv(args: string[], io: CliIo): ExitCode {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" }, id: { type: "string" }, name: { type: "string" } },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError("kb import needs exactly one CSV file");
  if (!values.out) throw new UsageError("kb import needs --out <dir>");
  if (!existsSync(file)) {
    io.err(`${file}: no such file`);
    return EXIT.badValue;
  }
  const id = values.id ?? idSlugFrom(basename(resolve(values.out)));
  const validId = IdSchema.safeParse(id);
  if (!validId.success)
    throw new UsageError(
      `the matrix id "${id}" (from --id or the --out directory name) ${validId.error.issues[0]?.message}; choose one with --id`,
    );
  const name =
    values.name ??
    id
      .split("-")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(" ");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    io.err(`${file}: ${fsMessage(error)}`);
    return EXIT.badValue;
  }
  const imported = matrixFromCsv(bytes, { id, name });
  if (!imported.ok) {
    for (const problem of imported.problems) io.err(`${file}: ${problem}`);
    io.err("nothing was written");
    return EXIT.badValue;
  }
  try {
    writeMatrixDir(imported.matrix, values.out);
  } catch (error) {
    io.err(`${values.out}: ${messageOf(error)}; nothing was written`);
    return EXIT.badValue;
  }
  io.out(
    `wrote ${values.out} (${imported.matrix.areas.length} areas, ${imported.matrix.skills.length} skills)`,
  );
  return EXIT.ok;
}
