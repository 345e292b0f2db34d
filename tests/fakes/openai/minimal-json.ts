// The smallest value that satisfies a JSON schema, so the default handler can answer any
// structured-output request with something the caller's zod schema accepts.
// Covers what zod 4 + `zodResponseFormat` emit (objects, arrays, enums, unions, nullables,
// $refs, min/max bounds, common string formats); `pattern` is not solved: script an answer instead.

type Schema = { readonly [key: string]: unknown };

const MAX_DEPTH = 32;

/** Sample strings for formats zod emits (z.email(), z.url(), z.uuid(), z.iso.*). */
const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  email: "someone@example.com",
  uri: "https://example.com",
  url: "https://example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00",
  duration: "P1D",
  ipv4: "127.0.0.1",
  ipv6: "::1",
};

export function minimalValueFor(schema: unknown): unknown {
  return minimal(schema, isSchema(schema) ? schema : {}, 0);
}

function minimal(node: unknown, root: Schema, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new Error("fake OpenAI: schema too deep for a minimal value");
  if (!isSchema(node)) return null;
  if ("const" in node) return node.const;
  if (Array.isArray(node.enum)) return node.enum[0];
  if (typeof node.$ref === "string") return minimal(resolveRef(node.$ref, root), root, depth + 1);
  const union = node.anyOf ?? node.oneOf;
  if (Array.isArray(union)) {
    // The null branch is the smallest answer and never recurses.
    if (union.some((branch) => isSchema(branch) && branch.type === "null")) return null;
    return minimal(union[0], root, depth + 1);
  }
  if (Array.isArray(node.allOf)) return minimal(node.allOf[0], root, depth + 1);

  const type: unknown = Array.isArray(node.type)
    ? node.type.includes("null")
      ? "null"
      : node.type[0]
    : (node.type ?? (isSchema(node.properties) ? "object" : undefined));

  switch (type) {
    case "object":
      return minimalObject(node, root, depth);
    case "array": {
      const count = numberField(node, "minItems") ?? 0;
      return Array.from({ length: count }, () => minimal(node.items, root, depth + 1));
    }
    case "string": {
      const format = typeof node.format === "string" ? FORMAT_SAMPLES[node.format] : undefined;
      return format ?? "x".repeat(numberField(node, "minLength") ?? 0);
    }
    case "integer":
    case "number":
      return minimalNumber(node, type === "integer");
    case "boolean":
      return false;
    default:
      return null;
  }
}

function minimalObject(node: Schema, root: Schema, depth: number): Record<string, unknown> {
  const properties = isSchema(node.properties) ? node.properties : {};
  // Strict schemas require every property; otherwise only the required ones are needed.
  const required = Array.isArray(node.required)
    ? node.required.filter((key): key is string => typeof key === "string")
    : Object.keys(properties);
  return Object.fromEntries(
    required.map((key) => [key, minimal(properties[key], root, depth + 1)]),
  );
}

function minimalNumber(node: Schema, integer: boolean): number {
  const step = integer ? 1 : 0.5;
  const minimum = numberField(node, "minimum");
  const exclusiveMinimum = numberField(node, "exclusiveMinimum");
  const maximum = numberField(node, "maximum");
  const exclusiveMaximum = numberField(node, "exclusiveMaximum");
  if (minimum !== undefined) return integer ? Math.ceil(minimum) : minimum;
  if (exclusiveMinimum !== undefined) return Math.floor(exclusiveMinimum / step) * step + step;
  if (maximum !== undefined && maximum < 0) return integer ? Math.floor(maximum) : maximum;
  if (exclusiveMaximum !== undefined && exclusiveMaximum <= 0) {
    return Math.ceil(exclusiveMaximum / step) * step - step;
  }
  return 0;
}

/** Resolves a local JSON pointer such as "#/definitions/Skill" or "#/$defs/Skill". */
function resolveRef(ref: string, root: Schema): unknown {
  if (ref === "#") return root;
  if (!ref.startsWith("#/")) throw new Error(`fake OpenAI: cannot resolve remote $ref ${ref}`);
  let current: unknown = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    current = isSchema(current) ? current[key] : undefined;
  }
  if (current === undefined) throw new Error(`fake OpenAI: dangling $ref ${ref}`);
  return current;
}

function numberField(node: Schema, key: string): number | undefined {
  const value = node[key];
  return typeof value === "number" ? value : undefined;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
