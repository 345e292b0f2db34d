/**
 * Strips terminal control characters (ESC, BEL, CSI, …) from text we did not write: the matrix, a
 * person's input, a command-line argument. Printed raw, they could repaint the screen, retitle the
 * window or hide what came before.
 */
export const terminalSafe = (text: string): string =>
  [...text].filter((c) => c === "\n" || c === "\t" || !isControl(c.codePointAt(0) ?? 0)).join("");

const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code <= 0x9f);
