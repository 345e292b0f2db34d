import type { Readable } from "node:stream";
import { CONSOLE_LIMITS } from "./limits.ts";
import { CONSOLE_TEXT } from "./messages.ts";

/** Lines read one at a time; `close` ends the reading early (the bot is shutting down). */
export type LineSource = AsyncIterable<string> & { close(): void };

export type LineOptions = {
  /**
   * Gets the last line when input ends without its newline, instead of the line being read. On a
   * terminal that is a half-typed line and Ctrl-D: the person is leaving, not sending it.
   */
  unfinished?: (line: string) => void;
};

/** Lines kept waiting before the input is paused, so a large pipe is not read into memory at once. */
const MAX_WAITING = 64;
/** A longer line is kept only this far: enough for the chat to see it is too long, no more. */
const KEPT_CHARS = CONSOLE_LIMITS.maxLineChars + 1;

const withoutCr = (line: string) => (line.endsWith("\r") ? line.slice(0, -1) : line);

/**
 * The lines typed or piped into the console, split on "\n" (a "\r" before it dropped), as UTF-8.
 * A line longer than the console reads is cut just past the limit, so a huge paste costs no memory.
 */
export function inputLines(input: Readable, options: LineOptions = {}): LineSource {
  const decoder = new TextDecoder();
  const waiting: string[] = [];
  let current = "";
  let ended = false;
  let closed = false;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const take = (text: string) => {
    const parts = text.split("\n");
    for (const [i, part] of parts.entries()) {
      if (current.length < KEPT_CHARS) current = (current + part).slice(0, KEPT_CHARS);
      if (i === parts.length - 1) break;
      waiting.push(withoutCr(current));
      current = "";
    }
    if (waiting.length >= MAX_WAITING) input.pause();
  };
  const onData = (chunk: Buffer | string) => {
    take(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    signal();
  };
  // A terminal that goes away (EIO) ends the input like Ctrl-D.
  const onEnd = () => {
    if (ended) return;
    take(decoder.decode());
    ended = true;
    signal();
  };
  async function* lines(): AsyncGenerator<string> {
    input.on("data", onData).on("end", onEnd).on("error", onEnd);
    input.resume();
    try {
      for (;;) {
        if (closed) return;
        const line = waiting.shift();
        if (line !== undefined) {
          if (waiting.length < MAX_WAITING / 2 && !ended) input.resume();
          yield line;
          continue;
        }
        if (ended) {
          const last = withoutCr(current);
          if (last && options.unfinished) options.unfinished(last);
          else if (last) yield last;
          return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      input.off("data", onData).off("end", onEnd).off("error", onEnd);
      input.pause();
    }
  }
  return {
    [Symbol.asyncIterator]: lines,
    close() {
      closed = true;
      signal();
    },
  };
}

/**
 * What a person types or pipes in. From a terminal, a half-typed line at Ctrl-D is dropped with a
 * note (`say`); piped input's last line counts without its newline, as a script's last line does.
 */
export function typedLines(
  input: Readable & { isTTY?: boolean },
  say: (text: string) => void,
): LineSource {
  return inputLines(
    input,
    input.isTTY ? { unfinished: (line) => say(CONSOLE_TEXT.unfinishedLineDropped(line)) } : {},
  );
}
