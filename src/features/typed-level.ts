import { SkillbotError } from "../core/errors.ts";

// A level as people type it in a rating (a digit of the 0–4 scale or its rubric word), and
// ratings typed as a list of "<skill> <level>".

const LEVEL_BY_WORD: Readonly<Record<string, number>> = {
  none: 0,
  zero: 0,
  aware: 1,
  one: 1,
  working: 2,
  two: 2,
  practitioner: 3,
  three: 3,
  expert: 4,
  four: 4,
};

/** A level as people type it: 0–4 or its rubric word. Anything else is an InvalidRating. */
export function parseLevel(raw: string): number {
  const cleaned = raw.trim().toLowerCase();
  if (/^[0-4]$/.test(cleaned)) return Number(cleaned);
  const level = LEVEL_BY_WORD[cleaned];
  if (level !== undefined) return level;
  throw new SkillbotError({ code: "InvalidRating", raw: raw.trim() });
}

/** Does this look like an attempt at a level (so "rate python 7" is a bad level, not a skill named "python 7")? */
export function looksLikeLevel(token: string): boolean {
  return (
    /^[-+]?\d+([.,]\d+)?$/.test(token) ||
    token.toLowerCase() in LEVEL_BY_WORD ||
    /^(five|six|ten)$/i.test(token)
  );
}

/** Between the parts of a list of ratings: "python 3, sql 2", "docker 1 and kubernetes 0". */
const LIST_SEPARATOR = /\s*(?:[,;&]|\band\b)\s*/i;

/**
 * A list of two or more "<name> <level>" parts as typed ("python 3, sql 2, git 3"), each split
 * at its last word; undefined for anything else. Whether the names are skills and the last words
 * levels is for the reader to say.
 */
export function listedPairs(typed: string): { name: string; level: string }[] | undefined {
  const parts = typed.split(LIST_SEPARATOR).filter((part) => part !== "");
  if (parts.length < 2) return undefined;
  const pairs: { name: string; level: string }[] = [];
  for (const part of parts) {
    const [, name, level] = part.match(/^(.+?)\s+(\S+)$/) ?? [];
    if (name === undefined || level === undefined) return undefined;
    pairs.push({ name, level });
  }
  return pairs;
}
