/**
 * Text a person typed, made safe to put in a prompt: invisible characters that can hide
 * instructions (Unicode tag characters, zero-width and bidi controls, variation selectors used
 * for smuggling) are stripped first, whitespace is collapsed and the length is capped.
 */

/** Characters nobody sees but a model reads. */
const INVISIBLE: ReadonlyArray<readonly [number, number]> = [
  [0xe0000, 0xe007f], // tag characters: ASCII spelled invisibly
  [0xe0100, 0xe01ef], // variation selectors supplement (payload smuggling)
  [0xfe00, 0xfe0f], // variation selectors
  [0x200b, 0x200f], // zero-width space and joiners, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x206f], // bidi isolates, deprecated format controls
  [0xfeff, 0xfeff], // zero-width no-break space
  [0x061c, 0x061c], // Arabic letter mark
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul fillers
  [0x3164, 0x3164],
  [0xffa0, 0xffa0],
  [0x2800, 0x2800], // Braille pattern blank: renders as a space, is no whitespace
  [0x1d173, 0x1d17a], // musical symbol format controls
];

const hex = (code: number) => `\\u{${code.toString(16)}}`;
/** Built from the table above; C0 and C1 controls other than newline and tab go too. */
const STRIP = new RegExp(
  `[${INVISIBLE.map(([from, to]) => `${hex(from)}-${hex(to)}`).join("")}]|[${hex(0)}-${hex(8)}${hex(0x0b)}-${hex(0x1f)}${hex(0x7f)}-${hex(0x9f)}]`,
  "gu",
);
/** Most text is plain ASCII: no need to look closer. */
const PLAIN_ASCII = /^[\t\n\x20-\x7e]*$/;

export const MAX_QUESTION_CHARS = 500;

export function stripInvisible(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  return text.replace(STRIP, (char) => ((char.codePointAt(0) ?? 0) < 0xa0 ? " " : ""));
}

/** Invisible characters out, whitespace collapsed, at most `max` characters (never half a surrogate pair). */
export function cleanUserText(text: string, max = MAX_QUESTION_CHARS): string {
  const collapsed = stripInvisible(text).replace(/\s+/g, " ").trim();
  const chars = [...collapsed];
  return chars.length <= max ? collapsed : chars.slice(0, max).join("").trimEnd();
}

/**
 * The question as a cache key part: case and the closing "?!." do not matter, every other
 * character does. "a @ b" and "a + b" are different questions, whatever their words.
 */
export function questionKey(text: string): string {
  return cleanUserText(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s?!.\u2026]+$/u, "");
}

/** The question's words alone, for telling whether it asks more than the skill's name. */
export function normaliseQuestion(text: string): string {
  return cleanUserText(text)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const FILLER = new Set(
  "what whats is are a an the explain tell me about please pls can you could describe define mean means meaning of on for to do does i need know".split(
    " ",
  ),
);

/**
 * The question a person asked about a skill, or undefined when the text only names the skill
 * ("pytorch", "what is pytorch?"): then a general explanation answers it better.
 */
export function distinctQuestion(text: string, names: readonly string[]): string | undefined {
  let rest = ` ${normaliseQuestion(text)} `;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const normalised = normaliseQuestion(name);
    if (normalised) rest = rest.replaceAll(` ${normalised} `, " ");
  }
  const words = rest.split(" ").filter((word) => word && !FILLER.has(word));
  return words.length >= 2 ? cleanUserText(text) : undefined;
}
