import { DISCORD_LIMITS } from "./limits.ts";

/**
 * A button's custom_id carries the core's stable action id and its opaque value:
 * `quiz.answer|r7x2:1`. Discord wants ids unique within a message, so a repeat gets a `|n`
 * suffix that reading ignores.
 */
const SEPARATOR = "|";

export function buttonCustomId(
  action: string,
  value: string,
  taken: Set<string>,
): string | undefined {
  const base = `${action}${SEPARATOR}${value}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${SEPARATOR}${n}`;
  if (id.length > DISCORD_LIMITS.customId) return undefined;
  taken.add(id);
  return id;
}

export function readButtonCustomId(customId: string): { action: string; value: string } {
  const [action = "", value = ""] = customId.split(SEPARATOR);
  return { action, value };
}

/**
 * A modal's custom_id: the core's form id, then the form's context and the values it came with
 * preset (`rate.form|ctx|skill=python`), since a Discord modal keeps no state of its own.
 */
export function modalCustomId(
  form: string,
  context: string | undefined,
  presets: Readonly<Record<string, string>>,
): string | undefined {
  const id = [
    form,
    encodeURIComponent(context ?? ""),
    new URLSearchParams(presets).toString(),
  ].join(SEPARATOR);
  return id.length > DISCORD_LIMITS.customId ? undefined : id;
}

export function readModalCustomId(customId: string): {
  form: string;
  context: string | undefined;
  presets: Record<string, string>;
} {
  const [form = "", context = "", presets = ""] = customId.split(SEPARATOR);
  const decoded = safeDecode(context);
  return {
    form,
    context: decoded ? decoded : undefined,
    presets: Object.fromEntries(new URLSearchParams(presets)),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "";
  }
}
