import type { Asker, Core } from "../core/context.ts";
import { isTeam } from "../core/events.ts";

/** Below this many people, a team figure could reveal one person's rating. */
export const MIN_GROUP = 5;

/** Head counts shown as the band they fall in: "5–9", "10–19", "20–49", "50+". */
const RATER_BANDS = [MIN_GROUP, 10, 20, 50] as const;

/** How many people a figure covers, as a band: at least `from`, fewer than `to` when it has one. */
export type RaterBand = { from: number; to?: number };

/**
 * The middle of the levels (the lower median), kept within 1–3: 1 stands for "aware or lower",
 * 3 for "practitioner or higher".
 */
export type TypicalLevel = 1 | 2 | 3;

export type TeamFigure = { raters: RaterBand; typical: TypicalLevel };

/**
 * How the rest of the team rated a skill, for `asker`: nothing outside a team, or when fewer
 * than five people other than the asker rated it; asked in a channel, a public figure.
 *
 * Coarse on purpose, because a figure can be read before and after one person joins, re-rates
 * or is forgotten, by anyone, in public too. An exact count with a one-decimal average gave that
 * person's level away by differencing (5 rated, average 2.4; then 6, average 2.5: the sixth
 * rated 6×2.5 − 5×2.4 = 3). So, and do not add decimals or exact counts back:
 * - the asker is left out, and must not count towards the five: someone in a team of five would
 *   otherwise read the total of the other four, and by re-rating themselves probe the others;
 * - the head count shows as a band, which doesn't move on each change;
 * - the level is the median, which one person moves at most to the next level in line, shown
 *   as a whole rubric level, and never as "none" or "expert" alone: a median that moves to an
 *   end level would say the person who moved it rated exactly that. Within 1–3, no single
 *   change, seen through the figures before and after it, pins down the level of the person who
 *   made it (tests/core/team-figure-differencing.test.ts tries every team of 5–9).
 * Someone who already knows every other rating can still learn something; no figure that is
 * shown at all can prevent that.
 */
export async function teamFigure(
  core: Core,
  asker: Asker,
  skillId: string,
): Promise<TeamFigure | undefined> {
  const { person } = asker;
  if (!isTeam(person)) return undefined;
  const tally = (await core.people.teamTallies(person)).get(skillId);
  if (!tally) return undefined;
  // In a channel every rater reads it too, and any of them may re-rate between two answers:
  // nobody is left out (it reads the same whoever asks), and five besides any one are needed.
  if (asker.where.audience === "public") return publicFigureOf(tally.atLevel);
  const own = (await core.people.get(person)).ratings[skillId]?.level;
  // Tallies can be minutes old for a rating the asker gave through another instance: then one
  // other person at the asker's new level is taken out in place of the asker, until the recount.
  const others = tally.atLevel.map((n, level) => (level === own && n > 0 ? n - 1 : n));
  return figureOf(others);
}

/** The figure for people who rated at each level (index 0–4), or nothing for fewer than five. */
export function figureOf(atLevel: readonly number[]): TeamFigure | undefined {
  const count = atLevel.reduce((sum, n) => sum + n, 0);
  if (count < MIN_GROUP) return undefined;
  return { raters: bandOf(count), typical: typicalOf(atLevel, count) };
}

/**
 * A figure everyone sees, such as the daily question's skill and level in a channel: there is no
 * asker to leave out, and any of its raters could move their own rating to probe the rest, so it
 * needs five raters besides any one of them.
 */
export function publicFigureOf(atLevel: readonly number[]): TeamFigure | undefined {
  const count = atLevel.reduce((sum, n) => sum + n, 0);
  return count > MIN_GROUP ? figureOf(atLevel) : undefined;
}

function bandOf(count: number): RaterBand {
  const at = RATER_BANDS.findLastIndex((from) => count >= from);
  const from = RATER_BANDS[at] ?? MIN_GROUP;
  const to = RATER_BANDS[at + 1];
  return to === undefined ? { from } : { from, to };
}

function typicalOf(atLevel: readonly number[], count: number): TypicalLevel {
  const middle = Math.floor((count - 1) / 2);
  let below = 0;
  let median = 0;
  for (const [level, n] of atLevel.entries()) {
    median = level;
    below += n;
    if (below > middle) break;
  }
  return median <= 1 ? 1 : median >= 3 ? 3 : 2;
}
