/**
 * Knowledge files are UTF-8. Reading Latin-1, Windows-1252 or UTF-16 as UTF-8 quietly turns
 * "Café" into "Caf�", so bytes that are not UTF-8 are refused instead, with where they start.
 */
export type Utf8Decode =
  | { ok: true; text: string }
  | { ok: false; line: number; col: number; message: string };

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");
const NEWLINE = 0x0a;

/** The text of `bytes`; a leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): Utf8Decode {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, ...firstBadByte(bytes), message: notUtf8Message(bytes) };
  }
}

function notUtf8Message(bytes: Uint8Array): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return utf16
    ? "not valid UTF-8 text (it looks like UTF-16): save the file as UTF-8"
    : "not valid UTF-8 text (perhaps Latin-1 or Windows-1252): save the file as UTF-8";
}

/** Line and column of the first character that is not UTF-8, so a single stray "é" is easy to find. */
function firstBadByte(bytes: Uint8Array): { line: number; col: number } {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    const lineBytes = bytes.subarray(start, end === -1 ? bytes.length : end);
    try {
      strict.decode(lineBytes);
    } catch {
      return { line, col: Math.max(1, lenient.decode(lineBytes).indexOf("\uFFFD") + 1) };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return { line: 1, col: 1 };
}
