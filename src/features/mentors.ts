import type { Asker, Core } from "../core/context.ts";
import { isTeam } from "../core/events.ts";
import { text } from "../core/messages.ts";
import type { Random } from "../core/ports.ts";
import { type Block, privateReply, publicReply, type Reply } from "../core/reply.ts";
import { userRef } from "../core/rich-text.ts";
import type { Area, Track } from "../knowledge/schema.ts";
import type { PersonRecord } from "../store/people.ts";
import { trackOf } from "./resolve.ts";

/** Level 3 (practitioner) is where a person can teach. */
export const MENTOR_LEVEL = 3;
const MAX_LISTED = 10;

export type MentorCandidate = { user: string; name: string; skillId: string };

const byName = (a: MentorCandidate, b: MentorCandidate) =>
  a.name.localeCompare(b.name) || a.user.localeCompare(b.user);

/**
 * Teammates who opted in and rate themselves 3+ in one of the skills, in name order, each with
 * the first such skill in matrix order. Opting in lists a person as "3 or 4" for those skills,
 * not their exact level or when they gave it: those stay theirs, so neither is shown, and the
 * order (best first would tell the 4s from the 3s) and the skill shown do not depend on them.
 * Nobody who has not opted in is ever returned, and the asker is never their own mentor.
 */
export function rankMentors(
  people: readonly { user: string; record: PersonRecord }[],
  skillIds: readonly string[],
  asker: string,
): MentorCandidate[] {
  const candidates: MentorCandidate[] = [];
  for (const { user, record } of people) {
    if (!record.mentor || user === asker) continue;
    const skillId = skillIds.find((id) => (record.ratings[id]?.level ?? 0) >= MENTOR_LEVEL);
    if (skillId) candidates.push({ user, name: record.displayName ?? user, skillId });
  }
  return candidates.sort(byName);
}

export async function findMentors(
  core: Core,
  asker: Asker,
  topic: { kind: "skill" | "area"; id: string },
): Promise<Reply> {
  if (!isTeam(asker.person)) return privateReply([{ kind: "text", text: text.mentorsNeedTeam }]);
  const skillIds =
    topic.kind === "skill" ? [topic.id] : core.kb.skillsIn(topic.id).map((s) => s.id);
  const topicName =
    topic.kind === "skill"
      ? (core.kb.skill(topic.id)?.name ?? topic.id)
      : (core.kb.area(topic.id)?.name ?? topic.id);
  const listed = await core.people.mentors(asker.person);
  const mentors = rankMentors(listed, skillIds, asker.person.user);
  const blocks: Block[] = [
    {
      kind: "heading",
      text:
        topic.kind === "skill" ? text.mentorsHeading(topicName) : text.mentorAreaHeading(topicName),
    },
  ];
  // A mentor asking about their own skill is never listed to themselves: "nobody has
  // offered… be the first" would tell them they are not listed.
  const self = listed.find((p) => p.user === asker.person.user);
  const selfListed = self !== undefined && rankMentors([self], skillIds, "").length > 0;
  if (mentors.length === 0)
    blocks.push({
      kind: "text",
      text: selfListed ? text.mentorsOnlyYou(topicName) : text.mentorsNone(topicName),
    });
  else {
    blocks.push({
      kind: "skills",
      items: someOf(mentors, MAX_LISTED, core.random).map((m) => ({
        skillId: m.skillId,
        name: core.kb.skill(m.skillId)?.name ?? m.skillId,
        note: [userRef(m.user, m.name), ...text.mentorLine],
      })),
    });
  }
  if (mentors.length > MAX_LISTED)
    blocks.push({ kind: "context", text: text.mentorsMore(mentors.length - MAX_LISTED) });
  return asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
}

/**
 * `limit` of the mentors, chosen by chance and shown in name order: cut in name order, the end
 * of the alphabet would never be listed, and ranked by level, the order would tell the 4s.
 */
function someOf(
  mentors: readonly MentorCandidate[],
  limit: number,
  random: Random,
): MentorCandidate[] {
  if (mentors.length <= limit) return [...mentors];
  const pool = [...mentors];
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(random.next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as MentorCandidate, pool[i] as MentorCandidate];
  }
  return pool.slice(0, limit).sort(byName);
}

export async function setMentor(core: Core, asker: Asker, on: boolean): Promise<Reply> {
  // Turning it off always works: someone listed before this rule must be able to leave.
  if (on && !isTeam(asker.person))
    return privateReply([{ kind: "text", text: text.mentorsNeedTeam }]);
  await core.people.setMentor(asker.person, on);
  return privateReply([{ kind: "text", text: on ? text.mentorOn : text.mentorOff }]);
}

/**
 * `mentor <track>`: mentors are listed per skill or area. Listed across a whole track, nearly
 * every mentor would show, each under one skill that says little; so the person hears which
 * areas the track covers, and is pointed at the one where their own gap to it is biggest.
 */
export async function mentorsByArea(core: Core, asker: Asker, trackId: string): Promise<Reply> {
  const track = core.kb.track(trackId);
  const ratings = (await core.people.get(asker.person)).ratings;
  const { areas, widest } = widestGap(core, track, ratings);
  const names = areas.map((a) => a.name);
  return privateReply([
    {
      kind: "text",
      text: text.mentorsPerArea(track?.name ?? trackId, names, widest.name, widest.id),
    },
  ]);
}

/**
 * "Who can mentor me", with no skill named: mentors in the area of the person's biggest gap to
 * their track. Their gaps are theirs, so in a channel they are asked which skill instead.
 */
export async function mentorsForBiggestGap(core: Core, asker: Asker): Promise<Reply> {
  const record = await core.people.get(asker.person);
  const track = trackOf(core, record.track);
  if (asker.where.audience !== "private" || !track || core.kb.areas.length === 0)
    return privateReply([{ kind: "text", text: text.mentorWhich(core.kb.exampleSkillId) }]);
  const { widest } = widestGap(core, track, record.ratings);
  const reply = await findMentors(core, asker, { kind: "area", id: widest.id });
  return {
    ...reply,
    blocks: [...reply.blocks, { kind: "context", text: text.mentorsForGap(widest.name) }],
  };
}

/** A track's areas, and the one where the person's total gap to it is biggest (ties: matrix order). */
function widestGap(
  core: Core,
  track: Track | undefined,
  ratings: PersonRecord["ratings"],
): { areas: readonly Area[]; widest: Area } {
  const gaps = new Map<string, number>();
  for (const [skillId, target] of Object.entries(track?.targets ?? {})) {
    const areaId = core.kb.skill(skillId)?.areaId;
    const gap = Math.max(0, target - (ratings[skillId]?.level ?? 0));
    if (areaId) gaps.set(areaId, (gaps.get(areaId) ?? 0) + gap);
  }
  const covered = core.kb.areas.filter((a) => gaps.has(a.id));
  const areas = covered.length > 0 ? covered : core.kb.areas;
  // Ties go to matrix order: the first area listed with the biggest gap.
  const widest = areas.reduce((best, a) =>
    (gaps.get(a.id) ?? 0) > (gaps.get(best.id) ?? 0) ? a : best,
  );
  return { areas, widest };
}
