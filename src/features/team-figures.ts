import type { Core } from "../core/context.ts";
import { isTeam, type Person } from "../core/events.ts";

/** Below this many people, a team figure could reveal one person's rating. */
export const MIN_GROUP = 5;

/** The team's ratings of a skill as an aggregate, or nothing when fewer than five people rated it. */
export async function teamFigure(
  core: Core,
  tenant: Pick<Person, "platform" | "tenant">,
  skillId: string,
): Promise<{ count: number; average: number } | undefined> {
  if (!isTeam(tenant)) return undefined;
  const tally = (await core.people.teamTallies(tenant)).get(skillId);
  if (!tally || tally.count < MIN_GROUP) return undefined;
  return { count: tally.count, average: tally.sum / tally.count };
}
