import type { Asker, Core } from "../core/context.ts";
import { SkillbotError } from "../core/errors.ts";
import { isTeam } from "../core/events.ts";
import { text } from "../core/messages.ts";
import type { Random } from "../core/ports.ts";
import { type Block, privateReply, type Reply, replyAsAsked } from "../core/reply.ts";
import { userRef } from "../core/rich-text.ts";
import type { Skill, Track } from "../knowledge/schema.ts";
import type { PersonRecord } from "../store/people.ts";
import { trackAreas } from "./ask.ts";
import { ASKED_BACK_OPEN_MS, askedBackExpired, readAnswer } from "./confirmations.ts";
import { rememberTopic } from "./conversation-topic.ts";
import { gapsFor } from "./profile.ts";
import { levelsOf, trackOf } from "./resolve.ts";

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
  await rememberTopic(core, asker.person, topic, { answer: "mentors" });
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
  return replyAsAsked(asker.where.audience, blocks);
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

/** A press of List me or Take me off: done while its question is open; after, says how now. */
export async function setMentorIfStillAsked(
  core: Core,
  asker: Asker,
  pressed: string,
): Promise<Reply> {
  const { value, open } = readAnswer(pressed, core.clock.now(), ASKED_BACK_OPEN_MS);
  if (value !== "on" && value !== "off") throw new SkillbotError({ code: "ButtonOutdated" });
  if (!open) return askedBackExpired(`mentor ${value}`);
  return setMentor(core, asker, value === "on");
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
 * areas the track covers, and, once they have rated themselves, is pointed at the area of their
 * biggest gap to it, ranked as their profile ranks gaps.
 */
export async function mentorsByArea(core: Core, asker: Asker, trackId: string): Promise<Reply> {
  const track = core.kb.track(trackId);
  const ratings = (await core.people.get(asker.person)).ratings;
  // Heaviest first: with no gap of their own to go by, the example is the area the track weighs most.
  const weighed = track ? trackAreas(track, core.kb) : [];
  const covered = core.kb.areas.filter((a) => weighed.includes(a.id));
  const areas = covered.length > 0 ? covered : core.kb.areas;
  const biggest = track && rated(ratings) ? gapsOf(core, track, ratings)[0] : undefined;
  const gapArea = biggest && core.kb.area(core.kb.skill(biggest.skillId)?.areaId ?? "");
  const example = gapArea?.id ?? weighed[0] ?? areas[0]?.id ?? core.kb.exampleSkillId;
  return privateReply([
    {
      kind: "text",
      text: text.mentorsPerArea(
        track?.name ?? trackId,
        areas.map((a) => a.name),
        example,
        gapArea?.name,
      ),
    },
  ]);
}

/**
 * "Who can mentor me", with no skill named: mentors for the person's biggest gap to their
 * track, as their profile ranks it, or the biggest one somebody mentors. Someone who has rated
 * nothing has no gaps of their own yet, and gaps are private, so in a channel or when unrated
 * they are asked which skill, with the skills that have mentors.
 */
export async function mentorsForBiggestGap(core: Core, asker: Asker): Promise<Reply> {
  if (!isTeam(asker.person)) return privateReply([{ kind: "text", text: text.mentorsNeedTeam }]);
  const record = await core.people.get(asker.person);
  const track = trackOf(core, record.track);
  const listed = await core.people.mentors(asker.person);
  const mentored = core.kb.skills.filter(
    (s) => rankMentors(listed, [s.id], asker.person.user).length > 0,
  );
  const gaps =
    asker.where.audience === "private" && track && rated(record.ratings)
      ? gapsOf(core, track, record.ratings)
      : [];
  const biggest = gaps[0];
  if (!biggest) return privateReply([{ kind: "text", text: whichSkill(core, mentored) }]);
  const mentoredIds = new Set(mentored.map((s) => s.id));
  const chosen = gaps.find((g) => mentoredIds.has(g.skillId)) ?? biggest;
  const nameOf = (skillId: string) => core.kb.skill(skillId)?.name ?? skillId;
  const reply = await findMentors(core, asker, { kind: "skill", id: chosen.skillId });
  const why =
    chosen === biggest
      ? text.mentorsForGap(nameOf(biggest.skillId))
      : text.mentorsForOtherGap(nameOf(chosen.skillId), nameOf(biggest.skillId));
  return { ...reply, blocks: [...reply.blocks, { kind: "context", text: why }] };
}

/** Which skill, naming some that have mentors (matrix order), so the person can pick one. */
function whichSkill(core: Core, mentored: readonly Skill[]) {
  const example = mentored[0]?.id ?? core.kb.exampleSkillId;
  return mentored.length === 0
    ? text.mentorWhich(example)
    : text.mentorWhichListed(
        mentored.slice(0, MAX_LISTED).map((s) => s.name),
        mentored.length - Math.min(mentored.length, MAX_LISTED),
        example,
      );
}

const rated = (ratings: PersonRecord["ratings"]) => Object.keys(ratings).length > 0;

/** The person's gaps to the track, biggest first: the same ranking their profile shows. */
function gapsOf(core: Core, track: Track, ratings: PersonRecord["ratings"]) {
  return gapsFor(core.kb.rankedTargets(track), levelsOf(ratings));
}
