import { DISCORD_LIMITS } from "./limits.ts";

/**
 * A button's custom_id carries the core's stable action id and its opaque value:
 * `quiz.answer|r7x2:1`. Discord wants ids unique within a message, so a repeat gets a `|n`
 * suffix that reading ignores.
 *
 * A page sent by DM on behalf of a server (a private answer to a mention there, a reminder)
 * ends its ids with that server, `|@<guild id>`: a press in a DM comes without a guild, and
 * would otherwise act on the person's DM records instead of the server's.
 */
const SEPARATOR = "|";
const SERVER = "@";

/** The server a DM'd page acts for, read back from one of its ids. */
const serverIn = (parts: readonly string[]): string | undefined =>
  parts.find((part) => part.startsWith(SERVER))?.slice(SERVER.length) || undefined;

const withServer = (id: string, server: string | undefined) =>
  server ? `${id}${SEPARATOR}${SERVER}${server}` : id;

export function buttonCustomId(
  action: string,
  value: string,
  taken: Set<string>,
  server?: string,
): string | undefined {
  const base = `${action}${SEPARATOR}${value}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}${SEPARATOR}${n}`;
  const full = withServer(id, server);
  if (full.length > DISCORD_LIMITS.customId) return undefined;
  taken.add(id);
  return full;
}

export function readButtonCustomId(customId: string): {
  action: string;
  value: string;
  server: string | undefined;
} {
  const [action = "", value = "", ...rest] = customId.split(SEPARATOR);
  return { action, value, server: serverIn(rest) };
}

/**
 * A modal's custom_id: the core's form id, then the form's context and the values it came with
 * preset (`rate.form|ctx|skill=python`), since a Discord modal keeps no state of its own.
 */
export function modalCustomId(
  form: string,
  context: string | undefined,
  presets: Readonly<Record<string, string>>,
  server?: string,
): string | undefined {
  const id = withServer(
    [form, encodeURIComponent(context ?? ""), new URLSearchParams(presets).toString()].join(
      SEPARATOR,
    ),
    server,
  );
  return id.length > DISCORD_LIMITS.customId ? undefined : id;
}

export function readModalCustomId(customId: string): {
  form: string;
  context: string | undefined;
  presets: Record<string, string>;
  server: string | undefined;
} {
  const [form = "", context = "", presets = "", ...rest] = customId.split(SEPARATOR);
  const decoded = safeDecode(context);
  return {
    form,
    context: decoded ? decoded : undefined,
    presets: Object.fromEntries(new URLSearchParams(presets)),
    server: serverIn(rest),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "";
  }
}
