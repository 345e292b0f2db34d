import type { MatrixIndex, Mention } from "../knowledge/matrix-index.ts";
import { cueText } from "./intent.ts";

// What a question sets aside: what the person does not want or already has ("I already know
// docker", "my background is in SQL"), which is not what they ask about.

/**
 * Where a sentence says the person does not want something: what follows, to the end of its
 * clause, is not what they ask about.
 */
const NOT_WANTED =
  /\b(?:dont|do not|doesnt|does not|didnt|no need to|not) (?:\w+ )?(?:want|need|wanna|care|interested)\b/g;
/**
 * Where a sentence says the person has something already: not what they ask to learn, but what
 * a quiz may well test ("I already know docker, quiz me"). "Never done" is not here: it asks.
 */
const ALREADY_HAD =
  /\b(?:already (?:know|use|understand|have|did|done|learned|learnt|rated)|(?:comfortable|familiar|fluent|proficient|experienced|done) (?:with|in|at))\b/g;
/**
 * Where a sentence tells the person's own background ("I've been working as a backend developer
 * for 5 years, mostly Java", "my background is in SQL", "I have years of experience with
 * python"): what it names is what they have, as with "already know". Not "I have no experience
 * with" (that asks), nor "who has experience with" (a mentor search).
 */
const BACKGROUND =
  /\b(?:i(?:ve| have)? been (?:working|coding|programming|writing|doing|using)|my background (?:is |was )?(?:in|with)?|i(?:ve| have)(?: got)? (?![\w ]*\b(?:no|zero|little|limited|any) experience)(?:\w+ ){0,3}?(?:experience|years?) (?:with|in|of)|im coming from|i come from)\b/g;
/** A clause ends at a full stop, a "but", or a comma before a new clause ("…, what next?"). */
const CLAUSE_END =
  /[.;!?]|\bbut\b|,\s*(?=(?:i|im|ive|id|what|whats|where|which|how|now|so|then|can|could|should|would|teach|show|tell|give|explain|help|please|instead|quiz|test)\b)/;

/** One clause that follows a declining or background cue, and where it sits in the text. */
type DecliningClause = {
  clause: string;
  from: number;
  to: number;
  background: boolean;
  had: boolean;
};

/**
 * A text's declining and background clauses, found once and read by each question below: what
 * they decline, what the rest of the text names, whether a topic sits within one.
 */
export type DecliningClauses = {
  /** The text as the cues read it (`cueText`): where each clause's `from` and `to` point. */
  said: string;
  clauses: readonly DecliningClause[];
};

/** For a text whose set-aside parts are not looked for ("how strong is carol in statistics"). */
export const NO_DECLINING_CLAUSES: DecliningClauses = { said: "", clauses: [] };

/** Each clause of `typed` that follows a declining or background cue. */
export function decliningClausesIn(typed: string): DecliningClauses {
  const said = cueText(typed);
  const clauses: DecliningClause[] = [];
  for (const [pattern, background, had] of [
    [NOT_WANTED, false, false],
    [ALREADY_HAD, false, true],
    [BACKGROUND, true, true],
  ] as const) {
    for (const cue of said.matchAll(pattern)) {
      const from = (cue.index ?? 0) + cue[0].length;
      const after = said.slice(from);
      const end = after.search(CLAUSE_END);
      const clause = end < 0 ? after : after.slice(0, end);
      clauses.push({ clause, from, to: from + clause.length, background, had });
    }
  }
  return { said, clauses };
}

/**
 * What the declining clauses of a text mention, as "kind:id", with how strongly: a thing is
 * declined when nothing else in the text names it more strongly ("I already know docker,
 * explain kubernetes" may relate kubernetes to docker, but names it outside the clause).
 */
export function declinedIn(
  declining: DecliningClauses,
  index: MatrixIndex,
  options: { had: boolean },
): Map<string, number> {
  const declined = new Map<string, number>();
  for (const { clause, background, had } of declining.clauses) {
    if (had && !options.had) continue;
    for (const m of index.mentions(clause)) {
      // "I've been working as an ML engineer": a background is skills had, not a track left.
      if (background && m.kind === "track") continue;
      const key = `${m.kind}:${m.id}`;
      declined.set(key, Math.max(declined.get(key) ?? 0, m.strength));
    }
  }
  return declined;
}

export const withinDecliningClause = (declining: DecliningClauses, topic: string) =>
  declining.clauses.some(({ clause }) => clause.includes(cueText(topic)));

/** What the text names outside its declining and background clauses. */
export function restNamed(declining: DecliningClauses, index: MatrixIndex): Mention[] {
  let rest = declining.said;
  // Blanked, not cut: the words either side of a clause must not run together into a name.
  for (const { from, to } of declining.clauses)
    rest = `${rest.slice(0, from)}${" ".repeat(to - from)}${rest.slice(to)}`;
  return index.mentions(rest);
}
