import { MAX_ID_LENGTH } from "./schema.ts";

/** A kebab-case id from a human name: "C++" → "cpp", "CI/CD" → "ci-cd", "Hugging Face" → "hugging-face". */
export function slugFrom(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\+/g, "p")
    .replace(/#/g, "sharp")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A slug that fits in an id: a long name is cut after a whole word, and when that cut is
 * `taken` by something else, numbered (`-2`, `-3`, …) so two long names sharing a start stay
 * apart. A name that fits is never changed: the same name twice is the caller's to report.
 */
export function idSlugFrom(name: string, taken: (id: string) => boolean = () => false): string {
  const full = slugFrom(name);
  if (full.length <= MAX_ID_LENGTH) return full;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const id = `${cutAtWord(full, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken(id)) return id;
  }
}

/** At most `max` characters of a slug, ending at a dash when that keeps most of it. */
function cutAtWord(slug: string, max: number): string {
  const lastDash = slug.slice(0, max + 1).lastIndexOf("-");
  const cut = lastDash > max / 2 ? slug.slice(0, lastDash) : slug.slice(0, max);
  return cut.replace(/-+$/, "");
}
