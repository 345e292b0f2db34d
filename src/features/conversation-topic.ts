import { ACTIONS } from "../core/actions.ts";
import type { Core } from "../core/context.ts";
import type { Person } from "../core/events.ts";
import type { Reply } from "../core/reply.ts";
import {
  type ConversationTopic,
  lastTopic,
  lastTopicAndList,
  noteList,
  noteTopic,
} from "../store/conversation-topic.ts";
import type { PathTopic } from "./learning-path.ts";
import { FOLLOW_UP_MS } from "./quiz-pick.ts";
import { entityOf } from "./resolve.ts";

/*
 * What a follow-up refers to, one rule for every reply:
 * - a reply about one thing (explaining it, rating it, a quiz question on it, its mentors, a path
 *   to it) makes that thing "it";
 * - a reply naming several things side by side (a chooser, a profile, a list of gaps) makes "it"
 *   unclear: "rate it 4" then asks which of them, never falls back on something older;
 * - a reply listing skills in order (a path's steps, a chooser, gaps) is "the list": "the first
 *   one" reads it until another list replaces it, whatever became "it" since ("why?" after a path);
 * - anything else (help, chat, a streak) changes neither. Both last FOLLOW_UP_MS.
 */

/** How a topic was answered, when a follow-up ("and for kubernetes?") should answer alike. */
export type TopicAnswer = NonNullable<ConversationTopic["answer"]>;

/**
 * Notes a reply about one thing, and how it answered; a path passes the steps it listed. The
 * list shown before stays in its own record, so noting "it" reads nothing.
 */
export async function rememberTopic(
  core: Core,
  person: Person,
  topic: PathTopic,
  shown: { steps?: readonly string[]; answer?: TopicAnswer } = {},
): Promise<void> {
  const at = core.clock.now().toISOString();
  const it = {
    kind: topic.kind,
    id: topic.id,
    at,
    ...(shown.answer ? { answer: shown.answer } : {}),
  };
  await noted(core, [
    noteTopic(core.store, person, it),
    shown.steps
      ? noteList(core.store, person, { steps: [...shown.steps], listedAt: at })
      : undefined,
  ]);
}

/** Notes a reply that named several skills: "it" is unclear, and they are the list now. */
export async function rememberSeveral(
  core: Core,
  person: Person,
  skillIds: readonly string[],
): Promise<void> {
  const at = core.clock.now().toISOString();
  await noted(core, [
    noteTopic(core.store, person, { at }),
    noteList(core.store, person, { steps: [...skillIds], listedAt: at }),
  ]);
}

/**
 * Waits for the notes, and only logs a failure: the answer they follow stands without them (a
 * rating saved, a quiz answer logged must not read as failed), and a follow-up then asks which.
 */
async function noted(core: Core, writes: readonly (Promise<void> | undefined)[]): Promise<void> {
  await Promise.all(writes).catch((error: unknown) =>
    core.log.warn({ err: error }, "could not note what the conversation is about"),
  );
}

/**
 * What a reply's buttons ask about, whichever feature made it: two or more skills (a chooser,
 * "did you mean") are noted as several; one skill whose rating alone they ask for ("Set SQL to 2?
 * [Save]") becomes "it". Other replies about one thing note it themselves.
 */
export async function rememberSkillsOffered(
  core: Core,
  person: Person,
  reply: Reply,
): Promise<void> {
  const offered = new Set<string>();
  let onlyRatings = true;
  for (const block of reply.blocks)
    if (block.kind === "buttons")
      for (const button of block.buttons) {
        const skillId = skillOfButton(button.action, button.value);
        if (skillId && core.kb.skill(skillId)) offered.add(skillId);
        onlyRatings &&= button.action === ACTIONS.rateSet || button.action === ACTIONS.rateOpen;
      }
  const [first] = offered;
  if (offered.size > 1) await rememberSeveral(core, person, [...offered]);
  else if (first && onlyRatings) await rememberTopic(core, person, { kind: "skill", id: first });
}

/** The skill a button acts on, if it acts on one (values as the features make them). */
function skillOfButton(action: string, value: string): string | undefined {
  switch (action) {
    case ACTIONS.rateOpen:
    case ACTIONS.explainSkill:
      return value;
    case ACTIONS.rateSet:
      return value.split(":")[0];
    case ACTIONS.quizNext:
    case ACTIONS.pathShow:
      return value.startsWith("skill:") ? value.split(":")[1] : undefined;
    default:
      return undefined;
  }
}

/** What follow-ups read: "it" (if clear), how the newest reply answered it, and the list. */
export type CurrentTopic = {
  it?: PathTopic | undefined;
  answer?: TopicAnswer | undefined;
  steps?: readonly string[] | undefined;
};

/**
 * The person's topic from the last FOLLOW_UP_MS: the newest of what the bot answered about, the
 * last quiz question shown and the last rating (on a tie, what the bot answered about, which
 * ratings and quizzes note too). The list is the conversation's, however old "it" is.
 */
export async function currentTopic(core: Core, person: Person): Promise<CurrentTopic> {
  const [{ topic: answered, list: shownList }, quizzed, record] = await Promise.all([
    lastTopicAndList(core.store, person),
    core.quizzes.lastShown(person),
    core.people.get(person),
  ]);
  const since = core.clock.now().getTime() - FOLLOW_UP_MS;
  const recent = (at: string | undefined) => at !== undefined && Date.parse(at) >= since;
  const asSkill = (noted: { skillId: string; at: string } | undefined) =>
    noted && recent(noted.at) ? { kind: "skill" as const, id: noted.skillId, at: noted.at } : [];
  const others = [asSkill(quizzed), asSkill(record.lastRating)].flat();
  const answeredNow = answered && recent(answered.at) ? answered : undefined;
  const newerElsewhere = others
    .filter((t) => !answeredNow || Date.parse(t.at) > Date.parse(answeredNow.at))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  const steps = shownList && recent(shownList.listedAt) ? shownList.steps : [];
  const list = steps.length > 0 ? { steps } : {};
  if (newerElsewhere) {
    const it = { kind: newerElsewhere.kind, id: newerElsewhere.id };
    return { ...list, ...(entityOf(core, it) ? { it } : {}) };
  }
  if (!answeredNow) return list;
  const it =
    answeredNow.kind && answeredNow.id ? { kind: answeredNow.kind, id: answeredNow.id } : undefined;
  return {
    ...list,
    ...(it && entityOf(core, it) ? { it } : {}),
    ...(answeredNow.answer ? { answer: answeredNow.answer } : {}),
  };
}

/** The skill the bot last answered about, when that was one skill in the last FOLLOW_UP_MS. */
export async function lastSkillTalkedAbout(
  core: Core,
  person: Person,
): Promise<PathTopic | undefined> {
  const talked = await recentSkillNoted(core, person);
  return talked && core.kb.skill(talked.id) ? { kind: "skill", id: talked.id } : undefined;
}

/**
 * The skill noted as "it" in the last FOLLOW_UP_MS, with when (ms), whether or not the matrix
 * still has it: for a reader that weighs it against something else shown meanwhile.
 */
export async function recentSkillNoted(
  core: Core,
  person: Person,
): Promise<{ id: string; at: number } | undefined> {
  const answered = await lastTopic(core.store, person);
  if (answered?.kind !== "skill" || !answered.id) return undefined;
  const at = Date.parse(answered.at);
  return at >= core.clock.now().getTime() - FOLLOW_UP_MS ? { id: answered.id, at } : undefined;
}
