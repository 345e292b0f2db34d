import type { Core } from "../core/context.ts";
import type { Person } from "../core/events.ts";

/** Below this many people, a team figure could reveal one person's rating. */
export const MIN_GROUP = 5;

/** The team's ratings of a skill as an aggregate, or nothing when fewer than five people rated it. */
export async function teamFigure(
  core: Core,
  tenant: Pick<Person, "platform" | "tenant">,
  skillId: string,
): Promise<{ count: number; average: number } | undefined> {
  const members = await core.people.members(tenant);
  const levels = members.flatMap(({ record }) => {
    const rating = record.ratings[skillId];
    return rating ? [rating.level] : [];
  });
  if (levels.length < MIN_GROUP) return undefined;
  return { count: levels.length, average: levels.reduce((a, b) => a + b, 0) / levels.length };
}
