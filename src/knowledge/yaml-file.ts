import {
  type Document,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { Problem } from "./problem.ts";

/** Limits that keep a hostile or broken file from hurting the bot (billion laughs, huge files). */
export const YAML_LIMITS = {
  maxFileBytes: 2 * 1024 * 1024,
  maxAliases: 100,
} as const;

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// Plain YAML 1.2 core types only: any other tag (`!!js/function`, `!custom`) is refused.
const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "seq", "map"].map((t) => `tag:yaml.org,2002:${t}`),
);

export type Path = ReadonlyArray<string | number>;

/** A parsed YAML file that can say where any path inside it is written. */
export type YamlFile = {
  file: string;
  data: unknown;
  /** Line and column of the value at `path`, or of its nearest existing parent. */
  positionOf(path: Path): { line: number; col: number };
  /** Line and column of the key `key` in the mapping at `path` (for "unknown key" problems). */
  keyPositionOf(path: Path, key: string): { line: number; col: number };
  /** The scalar written at `path`, if there is one. */
  valueAt(path: Path): unknown;
};

export type YamlParse = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

export function parseYamlFile(file: string, text: string): YamlParse {
  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  const problem = (offset: number, message: string): Problem => ({ file, ...at(offset), message });

  if (Buffer.byteLength(text) > YAML_LIMITS.maxFileBytes) {
    return {
      ok: false,
      problems: [
        { file, line: 1, col: 1, message: `file is larger than ${YAML_LIMITS.maxFileBytes} bytes` },
      ],
    };
  }
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: "1.2",
  });
  const problems: Problem[] = doc.errors.map((error) =>
    problem(error.pos[0], yamlMessage(error.message)),
  );
  problems.push(...unsafeConstructs(doc, problem));
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases });
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, line: 1, col: 1, message: `cannot read YAML: ${String(error)}` }],
    };
  }

  const nodeAt = (path: Path): Node | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeIn(doc, path.slice(0, depth));
      if (isNode(node) && node.range) return node;
    }
    return undefined;
  };
  const positionOf = (path: Path) => at(nodeAt(path)?.range?.[0] ?? 0);
  const keyPositionOf = (path: Path, key: string) => {
    const parent = nodeAt(path);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === key,
      );
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return positionOf(path);
  };
  const valueAt = (path: Path) => {
    const node = nodeIn(doc, path);
    return isScalar(node) ? node.value : undefined;
  };
  return { ok: true, yaml: { file, data, positionOf, keyPositionOf, valueAt } };
}

/** The node at `path`. Keys match by text: zod says "2" for the rubric level written `2:` (an int). */
function nodeIn(doc: Document, path: Path): unknown {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node))
      node = node.items.find(
        (pair) => isScalar(pair.key) && String(pair.key.value) === String(key),
      )?.value;
    else if (isSeq(node) && typeof key === "number") node = node.items[key];
    else return undefined;
  }
  return node;
}

function unsafeConstructs(
  doc: Document,
  problem: (offset: number, message: string) => Problem,
): Problem[] {
  const problems: Problem[] = [];
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      aliases += 1;
      if (aliases === YAML_LIMITS.maxAliases + 1) {
        problems.push(problem(node.range?.[0] ?? 0, `more than ${YAML_LIMITS.maxAliases} aliases`));
      }
    },
    Node(_, node) {
      if (!isAlias(node) && node.tag && !CORE_TAGS.has(node.tag)) {
        problems.push(problem(node.range?.[0] ?? 0, `custom tag "${node.tag}" is not allowed`));
      }
    },
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push(
          problem(pair.key.range?.[0] ?? 0, `key "${String(pair.key.value)}" is not allowed`),
        );
      }
    },
  });
  return problems;
}

function yamlMessage(message: string): string {
  // The yaml library appends a code frame after the first line; our format is one line.
  return `YAML: ${message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`;
}
