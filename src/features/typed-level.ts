import { SkillbotError } from "../core/errors.ts";

// A level as people type it in a rating: a digit of the 0–4 scale or its rubric word.

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
