import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { privateReply, type Reply } from "../core/reply.ts";
import type { RichText } from "../core/rich-text.ts";
import type { Skill } from "../knowledge/schema.ts";
import { askedAt } from "./confirmations.ts";
import { rememberTopic } from "./conversation-topic.ts";
import { resolveSkill } from "./resolve.ts";
import { listedPairs, looksLikeLevel, parseLevel } from "./typed-level.ts";

// Several ratings typed at once, "python 3, sql 2, git 3": saved when typed after `rate`,
// offered a button each when typed without it (version numbers look the same).

/**
 * Skills and levels typed as a list ("python 3, sql 2", "docker 1 and kubernetes 0"), when
 * every part is a skill's exact name and a level, and no skill comes twice; else undefined.
 */
export function ratingsListed(
  core: Core,
  typed: string,
): { skill: Skill; level: string }[] | undefined {
  const pairs = listedPairs(typed);
  if (!pairs) return undefined;
  const listed: { skill: Skill; level: string }[] = [];
  for (const { name, level } of pairs) {
    const resolved = looksLikeLevel(level) ? resolveSkill(core, name) : undefined;
    if (resolved?.kind !== "skill" || !resolved.exact) return undefined;
    if (listed.some((r) => r.skill.id === resolved.skill.id)) return undefined;
    listed.push({ skill: resolved.skill, level });
  }
  return listed;
}

/**
 * Several ratings typed as a list without `rate`: a button a pair ("pandas → 2"), each saving
 * its own while the question is open. Every level is checked first, as saving them would.
 */
export function offerRatings(listed: readonly { skill: Skill; level: string }[], now: Date): Reply {
  return privateReply([
    { kind: "text", text: text.confirmRatings },
    {
      kind: "buttons",
      buttons: listed.map(({ skill, level }) => {
        const parsed = parseLevel(level);
        return {
          action: ACTIONS.rateSet,
          value: askedAt(`${skill.id}:${parsed}`, now),
          label: `${skill.name} → ${parsed}`,
        };
      }),
    },
  ]);
}

/**
 * Several ratings, each typed with its skill, saved as `rate <skill> <level>` saves one: every
 * level is checked first, so a bad one ("sql 7") saves none of them.
 */
export async function saveRatings(
  core: Core,
  asker: Asker,
  listed: readonly { skill: Skill; level: string }[],
): Promise<Reply> {
  const levels = listed.map(({ skill, level }) => ({ skill, level: parseLevel(level) }));
  const saved: RichText[] = [];
  for (const { skill, level } of levels) {
    const { previous } = await core.people.rate(asker.person, skill.id, level);
    saved.push(level === 0 ? text.ratedZero(skill.name) : text.rated(skill.name, level, previous));
  }
  const last = levels.at(-1)?.skill;
  if (last) await rememberTopic(core, asker.person, { kind: "skill", id: last.id });
  return privateReply([
    ...saved.map((said) => ({ kind: "text" as const, text: said })),
    {
      kind: "buttons",
      buttons: [{ action: ACTIONS.pathShow, value: "", label: text.pathButton }],
    },
  ]);
}
