/**
 * Splits text into pieces of at most `limit` characters: at a paragraph or line break when one
 * is near, else at a space, else hard; never between an escaping backslash and its character.
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
    cut -= oddBackslashesBefore(rest, cut) ? 1 : 0;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest);
  return pieces.filter((piece, i) => piece.length > 0 || i === 0);
}

function oddBackslashesBefore(text: string, index: number): boolean {
  let count = 0;
  for (let i = index - 1; i >= 0 && text[i] === "\\"; i--) count++;
  return count % 2 === 1;
}
