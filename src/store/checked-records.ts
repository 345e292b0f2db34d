import type { z } from "zod";
import { deepFreeze } from "../core/deep-freeze.ts";

/** Stored text longer than this (16 KB, a person's record is about 1.5 KB) is not kept. */
const KEPT_TEXT_MAX = 16_384;

type Checked = { raw: string; schema: z.ZodType; value: unknown; expires: number | undefined };

/**
 * The checked value of each record as last read, kept for as long as its stored text stays the
 * same: a read that finds exactly that text again (compared whole, so a write by anyone, here or
 * in another process, makes it a miss) reuses the value instead of parsing and checking it
 * again. A returning person's record and quiz log are read on every profile and quiz, and
 * parsing and checking them was most of what such an answer cost.
 *
 * Values are frozen: every reader gets the same one. The most recently read `limit` records
 * are kept, none larger than KEPT_TEXT_MAX: a cache of 2,000 quiz logs of 1,000 answers each
 * would hold hundreds of megabytes, and ordinary records are far smaller.
 */
export class CheckedRecords {
  readonly #records = new Map<string, Checked>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** What `raw` read as when it was last checked with `schema`, if it was. */
  find(key: string, raw: string, schema: z.ZodType): Checked | undefined {
    const known = this.#records.get(key);
    if (!known || known.raw !== raw || known.schema !== schema) return undefined;
    // Most recently read last, so the first in the map is the one to let go.
    this.#records.delete(key);
    this.#records.set(key, known);
    return known;
  }

  keep(key: string, checked: Checked): void {
    this.#records.delete(key);
    if (checked.raw.length > KEPT_TEXT_MAX) return;
    this.#records.set(key, { ...checked, value: deepFreeze(checked.value) });
    if (this.#records.size > this.#limit) {
      for (const oldest of this.#records.keys()) {
        this.#records.delete(oldest);
        break;
      }
    }
  }

  /** Forgets a record being written: the next read checks the new text anyway. */
  forget(key: string): void {
    this.#records.delete(key);
  }
}
