/**
 * Splits text into pieces of at most `limit` characters: at a paragraph or line break when one
 * is near, else at a space, else hard; never between an escaping backslash and its character,
 * nor between the two halves of an emoji (or any character outside the BMP).
 */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const paragraph = window.lastIndexOf("\n\n");
    const line = window.lastIndexOf("\n");
    const space = window.lastIndexOf(" ");
    const half = limit / 2;
    let cut = paragraph > half ? paragraph : line > half ? line : space > half ? space : limit;
    if (cut > limit) cut = limit;
    cut -= cut > 1 && splitsSurrogatePair(rest, cut) ? 1 : 0;
    cut -= oddBackslashesBefore(rest, cut) ? 1 : 0;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((piece, i) => piece.length > 0 || i === 0);
}

/** Whether cutting at `index` would leave a high surrogate at the end and its low one after. */
function splitsSurrogatePair(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function oddBackslashesBefore(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === "\\"; i--) count++;
  return count % 2 === 1;
}
