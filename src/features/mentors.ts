import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { type Block, privateReply, publicReply, type Reply } from "../core/reply.ts";
import { type RichText, userRef } from "../core/rich-text.ts";
import type { PersonRecord } from "../store/people.ts";

/** Level 3 (practitioner) is where a person can teach. */
export const MENTOR_LEVEL = 3;
const MAX_LISTED = 10;

export type MentorCandidate = {
  user: string;
  name: string;
  skillId: string;
  level: number;
  ratedAt: string;
};

/**
 * Teammates who opted in and rate themselves 3+ in one of the skills, best and most recent
 * first. Nobody who has not opted in is ever returned, and the asker is never their own mentor.
 */
export function rankMentors(
  people: readonly { user: string; record: PersonRecord }[],
  skillIds: readonly string[],
  asker: string,
): MentorCandidate[] {
  const candidates: MentorCandidate[] = [];
  for (const { user, record } of people) {
    if (!record.mentor || user === asker) continue;
    const best = skillIds
      .flatMap((skillId) => {
        const r = record.ratings[skillId];
        return r && r.level >= MENTOR_LEVEL
          ? [{ skillId, level: r.level, ratedAt: r.ratedAt }]
          : [];
      })
      .sort((a, b) => b.level - a.level || b.ratedAt.localeCompare(a.ratedAt))[0];
    if (best) candidates.push({ user, name: record.displayName ?? user, ...best });
  }
  return candidates.sort((a, b) => b.level - a.level || b.ratedAt.localeCompare(a.ratedAt));
}

export async function findMentors(
  core: Core,
  asker: Asker,
  topic: { kind: "skill" | "area"; id: string },
): Promise<Reply> {
  const skillIds =
    topic.kind === "skill" ? [topic.id] : core.kb.skillsIn(topic.id).map((s) => s.id);
  const topicName =
    topic.kind === "skill"
      ? (core.kb.skill(topic.id)?.name ?? topic.id)
      : (core.kb.area(topic.id)?.name ?? topic.id);
  const mentors = rankMentors(await core.people.mentors(asker.person), skillIds, asker.person.user);
  const blocks: Block[] = [
    {
      kind: "heading",
      text:
        topic.kind === "skill" ? text.mentorsHeading(topicName) : text.mentorAreaHeading(topicName),
    },
  ];
  if (mentors.length === 0) blocks.push({ kind: "text", text: text.mentorsNone(topicName) });
  else {
    blocks.push({
      kind: "skills",
      items: mentors.slice(0, MAX_LISTED).map((m) => ({
        skillId: m.skillId,
        name: core.kb.skill(m.skillId)?.name ?? m.skillId,
        level: m.level,
        note: mentorNote(m),
      })),
    });
  }
  return asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
}

function mentorNote(mentor: MentorCandidate): RichText {
  return [
    userRef(mentor.user, mentor.name),
    ...text.mentorLine(mentor.level, mentor.ratedAt.slice(0, 10)),
  ];
}

export async function setMentor(core: Core, asker: Asker, on: boolean): Promise<Reply> {
  await core.people.setMentor(asker.person, on);
  return privateReply([{ kind: "text", text: on ? text.mentorOn : text.mentorOff }]);
}
