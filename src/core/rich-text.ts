/**
 * Light formatting that adapters can render safely. Text the core writes may use `*bold*`,
 * `_italic_` and `` `code` `` markers; interpolated values (skill names, user text) are always
 * plain spans, so an adapter escapes them and nobody can smuggle formatting or pings through.
 */
export type Span = {
  text: string;
  bold?: true;
  italic?: true;
  code?: true;
  /** An https URL the span links to; only ever a URL from the matrix or our own docs. */
  link?: string;
  /** A teammate, shown by name; adapters may render a mention that never notifies. */
  user?: string;
  /** A channel, by the platform's id: adapters render a link to it (`text` where they cannot). */
  channel?: string;
  /**
   * An instant (ISO 8601) that `text` gives in one time zone: adapters that can show it in each
   * reader's own zone (Slack, Discord) do, since a channel's readers live in many.
   */
  at?: string;
};
export type RichText = readonly Span[];

const MARKERS = /(\*[^*\n]+\*|_[^_\n]+_|`[^`\n]+`)/;

function spansOf(authored: string): Span[] {
  return authored
    .split(MARKERS)
    .filter((part) => part.length > 0)
    .map((part): Span => {
      const inner = part.slice(1, -1);
      if (part.length > 2 && part.startsWith("*") && part.endsWith("*"))
        return { text: inner, bold: true };
      if (part.length > 2 && part.startsWith("_") && part.endsWith("_"))
        return { text: inner, italic: true };
      if (part.length > 2 && part.startsWith("`") && part.endsWith("`"))
        return { text: inner, code: true };
      return { text: part };
    });
}

type Interpolation = string | number | Span | RichText;

/**
 * The authored parts of each template, split into spans once: a call site always passes the
 * same strings array, so `rich` only has to add the values.
 */
const authoredSpans = new WeakMap<TemplateStringsArray, readonly Span[][]>();

/** Tagged template: authored parts may carry markers, interpolations stay literal text. */
export function rich(strings: TemplateStringsArray, ...values: Interpolation[]): RichText {
  let authored = authoredSpans.get(strings);
  if (!authored) {
    // Frozen: these spans end up in every reply from this call site.
    authored = strings.map((part) => spansOf(part).map((span) => Object.freeze(span)));
    authoredSpans.set(strings, authored);
  }
  const spans: Span[] = [];
  for (const [i, parts] of authored.entries()) {
    spans.push(...parts);
    if (i < values.length) spans.push(...asSpans(values[i] as Interpolation));
  }
  return merge(spans);
}

function asSpans(value: Interpolation): Span[] {
  if (typeof value === "string" || typeof value === "number") return [{ text: String(value) }];
  if (Array.isArray(value)) return [...value];
  return [value as Span];
}

export const bold = (text: string): Span => ({ text, bold: true });
export const italic = (text: string): Span => ({ text, italic: true });
export const code = (text: string): Span => ({ text, code: true });
export const link = (text: string, url: string): Span => ({ text, link: url });
export const userRef = (user: string, name: string): Span => ({ text: name, user });
export const channelRef = (channel: string): Span => ({ text: `#${channel}`, channel });
export const plainSpan = (text: string): RichText => [{ text }];

const INLINE_CODE = /(`[^`\n]+`)/;

/**
 * Text someone else wrote for people to read, where code goes between backticks: matrix text
 * (quiz prompts and explanations) and a model's explanations. The code becomes code spans, so it
 * reads as code on every platform (Discord would otherwise show the escaped backticks). Nothing
 * else formats: `*` and `_` in such text are far more often multiplication and snake_case than
 * emphasis, and links are never taken from it.
 */
export function textWithCode(text: string): RichText {
  if (!text.includes("`")) return [{ text }];
  // Split on a capturing group: the captured code spans are the odd parts.
  const spans: Span[] = [];
  for (const [i, part] of text.split(INLINE_CODE).entries()) {
    if (i % 2 === 1) spans.push({ text: part.slice(1, -1), code: true });
    else if (part.length > 0) spans.push({ text: part });
  }
  return spans;
}

/** Joins rich texts with a plain separator. */
export function joinRich(parts: readonly RichText[], separator: string): RichText {
  return merge(parts.flatMap((part, i) => (i === 0 ? [...part] : [{ text: separator }, ...part])));
}

/** A span's instant (`at`) in whole seconds since the epoch, as Slack and Discord take it. */
export function instantSeconds(span: Span): number | undefined {
  const seconds = span.at === undefined ? Number.NaN : Math.floor(Date.parse(span.at) / 1000);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/**
 * `text` cut to its first `length` UTF-16 units, one fewer when the cut would leave half of a
 * character outside the BMP (an emoji) at the end: no platform can show a lone surrogate.
 */
export function cutWhole(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** The text without formatting, for notifications, logs and plain fallbacks. */
export function plain(text: RichText): string {
  return text.map((span) => span.text).join("");
}

function merge(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    if (span.text.length === 0) continue;
    const last = merged.at(-1);
    if (last && sameStyle(last, span))
      merged[merged.length - 1] = { ...last, text: last.text + span.text };
    else merged.push(span);
  }
  return merged;
}

function sameStyle(a: Span, b: Span): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.code === b.code &&
    a.link === b.link &&
    a.user === b.user &&
    a.channel === b.channel &&
    a.at === b.at
  );
}
