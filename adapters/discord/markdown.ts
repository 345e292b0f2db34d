import { cutWhole, instantSeconds, type RichText, type Span } from "../../src/core/rich-text.ts";

/**
 * Characters Discord's markdown reads as formatting, links, quotes, headings, lists or mention
 * syntax. A backslash before any punctuation shows it literally, so escaping is always safe.
 */
const SPECIAL = /[\\*_~`|<>#[\]-]/g;
const NUMBERED_LIST = /^(\s*\d+)\.(?=\s)/gm;

/**
 * Escapes already made, by text. Nearly everything rendered is matrix or message text that
 * repeats on every reply, and a regex replace costs a runtime call (about 0.4 µs even when
 * nothing matches: it was our largest rendering cost under load); a lookup costs 20 ns.
 * Bounded (long texts are not kept, and the map is cleared when full) so user text cannot grow
 * it past a few megabytes.
 */
const escapes = new Map<string, string>();
const ESCAPES_KEPT = 2048;
const ESCAPE_KEPT_LENGTH = 1000;

/** User text (and matrix text) shown as typed: no formatting, links, headings or mention syntax. */
export function escapeMarkdown(text: string): string {
  let escaped = escapes.get(text);
  if (escaped === undefined) {
    escaped = text.replace(SPECIAL, "\\$&");
    if (escaped.includes(".")) escaped = escaped.replace(NUMBERED_LIST, "$1\\.");
    if (text.length <= ESCAPE_KEPT_LENGTH) {
      if (escapes.size >= ESCAPES_KEPT) escapes.clear();
      escapes.set(text, escaped);
    }
  }
  return escaped;
}

/** Snowflakes only: anything else named as a user is shown as a name, not a mention. */
const SNOWFLAKE = /^\d{17,20}$/;

function styled(text: string, open: string, close = open): string {
  // Markers only work hugging the text: keep surrounding spaces outside them.
  const inner = text.trim();
  if (!inner) return text;
  const before = text.length - text.trimStart().length;
  return `${text.slice(0, before)}${open}${inner}${close}${text.slice(before + inner.length)}`;
}

function span(s: Span): string {
  if (s.user && SNOWFLAKE.test(s.user)) return `<@${s.user}>`;
  if (s.channel && SNOWFLAKE.test(s.channel)) return `<#${s.channel}>`;
  // Each reader's own date and time, in their own format.
  const seconds = instantSeconds(s);
  if (seconds !== undefined) return `<t:${seconds}:f>`;
  if (s.code) {
    // Inside code, backslashes show literally, so a backtick cannot be escaped: swap it. Most
    // code (commands in tips) has neither, and a regex replace costs a runtime call even then.
    const body =
      s.text.includes("`") || s.text.includes("\n")
        ? s.text.replace(/`/g, "ˋ").replace(/\n/g, " ")
        : s.text;
    return body.trim() ? styled(body, "`") : body;
  }
  let out = escapeMarkdown(s.text);
  if (s.italic) out = styled(out, "_");
  if (s.bold) out = styled(out, "**");
  if (s.link?.startsWith("https://"))
    out = `[${out}](<${s.link.replace(/[<>\s)]/g, encodeURIComponent)}>)`;
  return out;
}

/** Rich text as Discord markdown; every literal part is escaped, so nothing typed can format or ping. */
export function markdown(text: RichText): string {
  let out = "";
  for (const s of text) out += span(s);
  return out;
}

/** Cuts to `limit` characters with an ellipsis, never leaving a dangling escape backslash. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = cutWhole(text, limit - 1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}
