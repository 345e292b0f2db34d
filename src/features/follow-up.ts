import type { Asker, Core } from "../core/context.ts";
import type { Reply } from "../core/reply.ts";
import { type ConversationTopic, lastTopic } from "../store/conversation-topic.ts";
import { explainArea, explainSkill, explainTrack } from "./explain-skill.ts";
import type { PathTopic } from "./learning-path.ts";
import { showProfile } from "./profile.ts";
// As long as "another one" keeps to a quiz's skill, "it" and "and after that?" mean the last topic.
import { FOLLOW_UP_MS } from "./quiz-pick.ts";
import { entityOf } from "./resolve.ts";
import { showPath } from "./show-path.ts";

const ORDINALS: Readonly<Record<string, number>> = {
  first: 0,
  second: 1,
  third: 2,
  fourth: 3,
  fifth: 4,
};
/** "it", "that one", "the first one", "the second skill": a topic said without its name. */
const REFERENCE = `(?:the (first|second|third|fourth|fifth|last) (?:one|skill|step|thing)|(?:that|this) one|it|that|this)`;
/**
 * A reference where a request puts its topic, with nothing after it but a level, a "please" or
 * the end: "quiz me on it", "rate it 2", "who can help with that?", "any mentors for that one?",
 * "I'm good at it", "what's that?". Chat refers to things too ("I'm on it", "I'll think about
 * it", "thanks for that", "I agree with that"): no request, no topic.
 */
const TOPIC_REFERENCE = new RegExp(
  String.raw`\b(?:(?:quiz|test|ask)(?: me)? (?:on|about|in)|questions? (?:on|about)|help(?: me)? (?:with|on)|(?:mentors?|mentoring|path|paths|resources|courses) (?:for|on|in)|knows?(?: about)?|(?:more|learn) about|(?:i'm|im|i am) (?:\w+ )?(?:good|bad|great|decent|solid|strong|weak|new) (?:at|with|in|to)|rate|explain|learn|practi[cs]e|study|what is|what's|whats)\s+${REFERENCE}(?=\s*(?:[0-4]\b|please\b|now\b)?\s*[?.!]*\s*$)`,
  "i",
);
/** "more", "tell me more": more about the topic; after a path, the steps beyond it. */
const MORE = /^(?:ok(?:ay)?,? )?(?:tell me more|more|more please|go on|keep going)\s*[?.!]*$/i;
/**
 * "and after that?", "ok and then?", "how do I get there?": the way on. Not a bare "what's
 * next", which asks for the person's own next steps whatever came before.
 */
const NEXT =
  /^(?:ok(?:ay)?,? )?(?:and )?(?:(?:what(?:'s| is| comes) )?next after that|after that|and then|then what|what after that|how do i get there)\s*[?.!]*$/i;
const WHY = /^(?:but )?why\s*[?.!]*$/i;
/** "what about me?", "and me?", "how about for me": the last topic, for the person asking. */
const ABOUT_ME =
  /^(?:ok(?:ay)?,? |so |but )?(?:and |(?:and )?(?:what|how) about )(?:for )?me\s*[?.!]*$/i;

const normalised = (typed: string) => typed.trim().replace(/[’‘]/g, "'");

/** Whether the text refers to an earlier topic: only then is the person's last topic read. */
export function mayFollowUp(typed: string): boolean {
  const said = normalised(typed);
  return (
    TOPIC_REFERENCE.test(said) ||
    MORE.test(said) ||
    NEXT.test(said) ||
    WHY.test(said) ||
    ABOUT_ME.test(said)
  );
}

/**
 * A follow-up answered with the person's own last topic (from the last 30 minutes): a bare one
 * ("why?", "and after that?") as a reply, a reference ("quiz me on it") as the text with the
 * topic's name in its place, to be answered as typed. Undefined with no recent topic (but
 * "what about me?", then about the person): the text is then answered as it stands.
 */
export async function followUp(
  core: Core,
  asker: Asker,
  typed: string,
): Promise<{ reply: Reply } | { typed: string } | undefined> {
  const topic = await recentTopic(core, asker);
  const said = normalised(typed);
  if (ABOUT_ME.test(said)) return { reply: await forAsker(core, asker, topic) };
  if (!topic) return undefined;
  const path = topic.steps && topic.steps.length > 0 ? topic.steps : undefined;
  const ref = { kind: topic.kind, id: topic.id };
  if (WHY.test(said))
    return { reply: await explain(core, asker, path ? { kind: "skill", id: path[0] ?? "" } : ref) };
  if (NEXT.test(said) || (MORE.test(said) && path))
    return { reply: await showPath(core, asker, path ? (stepAfter(core, path) ?? ref) : ref) };
  if (MORE.test(said)) return { reply: await explain(core, asker, ref) };
  const match = said.match(TOPIC_REFERENCE);
  if (!match) return undefined;
  const ordinal = match[1]?.toLowerCase();
  const step = ordinal === undefined ? undefined : stepOf(path, ordinal);
  const named: PathTopic | undefined =
    ordinal === undefined ? ref : step === undefined ? undefined : { kind: "skill", id: step };
  const name = named && entityOf(core, named)?.name;
  if (!name || match.index === undefined) return undefined;
  const reference = match[0].match(new RegExp(`${REFERENCE}$`, "i"))?.[0] ?? "";
  const at = match.index + match[0].length - reference.length;
  return { typed: `${said.slice(0, at)}${name}${said.slice(at + reference.length)}` };
}

/**
 * "What about me?": the person's own level and next steps in the last topic, or with none their
 * profile. Theirs alone, so private even when asked in a channel.
 */
function forAsker(core: Core, asker: Asker, topic: ConversationTopic | undefined): Promise<Reply> {
  const privately: Asker = { ...asker, where: { ...asker.where, audience: "private" } };
  if (!topic) return showProfile(core, privately, undefined);
  return showPath(core, privately, { kind: topic.kind, id: topic.id });
}

/** "The first one", "the last one" of the path last shown. */
function stepOf(path: readonly string[] | undefined, ordinal: string): string | undefined {
  if (!path) return undefined;
  return ordinal === "last" ? path[path.length - 1] : path[ORDINALS[ordinal] ?? path.length];
}

/** The newest of what the bot answered about, the last quiz question and the last rating. */
async function recentTopic(core: Core, asker: Asker): Promise<ConversationTopic | undefined> {
  const [answered, quizzed, record] = await Promise.all([
    lastTopic(core.store, asker.person),
    core.quizzes.lastShown(asker.person),
    core.people.get(asker.person),
  ]);
  const since = core.clock.now().getTime() - FOLLOW_UP_MS;
  const asSkill = (noted: { skillId: string; at: string } | undefined) =>
    noted && { kind: "skill" as const, id: noted.skillId, at: noted.at };
  const recent = [answered, asSkill(quizzed), asSkill(record.lastRating)].filter(
    (t): t is ConversationTopic => t !== undefined && Date.parse(t.at) >= since,
  );
  const newest = recent.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
  return newest && entityOf(core, newest) ? newest : undefined;
}

/** A skill that builds on the last step shown and is not among them: the way on from a path. */
function stepAfter(core: Core, steps: readonly string[]): PathTopic | undefined {
  const shown = new Set(steps);
  for (const step of [...steps].reverse()) {
    const next = core.kb.skills.find((s) => !shown.has(s.id) && s.prerequisites.includes(step));
    if (next) return { kind: "skill", id: next.id };
  }
  return undefined;
}

function explain(core: Core, asker: Asker, topic: PathTopic): Promise<Reply> {
  const skill = topic.kind === "skill" ? core.kb.skill(topic.id) : undefined;
  if (skill) return explainSkill(core, asker, skill);
  if (topic.kind === "track") return explainTrack(core, asker, topic.id);
  return Promise.resolve(explainArea(core, asker, topic.id));
}
