import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { type Button, type Reply, replyAsAsked } from "../core/reply.ts";
import { askedAt } from "./confirmations.ts";
import { type CurrentTopic, currentTopic } from "./conversation-topic.ts";
import { explainArea, explainSkill, explainTrack } from "./explain-skill.ts";
import { cueText } from "./intent.ts";
import { asksForSomeoneNew } from "./intent-cues.ts";
import { learningPathFor, type PathTopic } from "./learning-path.ts";
import { findMentors, mentorsByArea } from "./mentors.ts";
import { showGaps, showProfile } from "./profile.ts";
import { quizButtonsFor } from "./quiz.ts";
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
/** "mentors?", "any mentors?": the mentors of the topic. */
const MENTORS =
  /^(?:ok(?:ay)?,? |so,? |and )?(?:any )?(?:mentors?|mentoring)(?: please)?\s*[?.!]*$/i;
/** "how far am i from that?": the person's standing in the topic (their gaps, for a track). */
const HOW_FAR =
  /^(?:ok(?:ay)?,? |so,? |and )?how (?:far|close) (?:am i|i am)(?: away)? (?:from|to) (?:that|it|this|there|that one|that track)\s*[?.!]*$/i;
/** "and for kubernetes?", "what about sql?": after mentors or a path, the same for another topic. */
const AND_FOR =
  /^(?:ok(?:ay)?,? |so,? )?(?:and|what about|how about)(?: for| in| on)? (.+?)\s*[?.!]*$/i;
/** Who the "and for" is for, before what: "someone joining", "a new hire on", "new people in the". */
const FOR_SOMEONE_NEW =
  /^(?:(?:a|an|the|our|my) )?(?:some(?:one|body)|people|anyone|a person|new \w+|newcomers?)(?: (?:who is |who's )?(?:joining|new to|starting (?:on|in)|on|in|for))?(?: the)? /i;
/** A request to rate, or to be quizzed: a "which one?" offers those buttons. */
const RATE_REQUEST =
  /\brate\b|\b(?:i'm|im|i am) (?:\w+ )?(?:good|bad|great|decent|solid|strong|weak|new)\b/i;
const QUIZ_REQUEST =
  /\b(?:quiz|test|ask)(?: me)? (?:on|about|in)\b|\bquestions? (?:on|about)\b|\bpracti[cs]e\b/i;
/**
 * With nothing to refer to, "which skill?" answers only a request said on its own ("ok quiz me
 * on it"): not chat ("I'm new to this", "what is it?") nor a sentence that names its own topic
 * before ("my background is in sql, quiz me on it"), which are answered as typed.
 */
const CHAT_LIKE = /^(?:what is|what's|whats|i'm|im|i am)\s/i;
const ON_ITS_OWN =
  /^(?:(?:ok(?:ay)?|so|now|and|then|please|pls|hey)[,!]?\s+)*(?:(?:who|anyone|someone|somebody) (?:can|could|to) |(?:can|could) (?:you|someone|anyone|somebody) |any |is there anyone (?:who can |to )?)?$/i;
/** How many skills a "which one?" offers as buttons. */
const OFFERED_MAX = 5;
/** "what about me?", "and me?", "how about for me": the last topic, for the person asking. */
const ABOUT_ME =
  /^(?:ok(?:ay)?,? |so |but )?(?:and |(?:and )?(?:what|how) about )(?:for )?me\s*[?.!]*$/i;

const normalised = (typed: string) => typed.trim().replace(/[’‘]/g, "'");

/** Whether the text refers to an earlier topic: only then is the person's last topic read. */
export function mayFollowUp(typed: string): boolean {
  const said = normalised(typed);
  return [TOPIC_REFERENCE, MORE, NEXT, WHY, ABOUT_ME, MENTORS, HOW_FAR, AND_FOR].some((cue) =>
    cue.test(said),
  );
}

/**
 * A follow-up answered with the person's own topic from the last 30 minutes (the rule is in
 * conversation-topic.ts): a bare one ("why?", "and after that?", "mentors?") as a reply, a
 * reference ("quiz me on it") as the text with the topic's name in its place, to be answered as
 * typed. A reference to nothing clear ("it" after a chooser, or after 30 minutes) asks which
 * skill. Undefined when the text is no follow-up after all: it is then answered as it stands.
 */
export async function followUp(
  core: Core,
  asking: Asker,
  typed: string,
): Promise<{ reply: Reply } | { typed: string } | undefined> {
  // Every answer below comes from what the person talked about, maybe in a DM (their gaps, a
  // skill they rated): in a channel it would tell everyone, so it is theirs alone.
  const asker = privately(asking);
  const current = await currentTopic(core, asker.person);
  const topic = current.it;
  const said = normalised(typed);
  if (ABOUT_ME.test(said)) return { reply: await forAsker(core, asker, topic) };
  if (HOW_FAR.test(said)) return { reply: await standing(core, asker, topic) };
  const match = said.match(TOPIC_REFERENCE);
  if (match) return reference(core, asker, said, match, current);
  if (!topic) return undefined;
  // The steps of a path, when a path was the last answer: "why?" and "more" are about them.
  const path = current.answer === "path" && current.steps?.length ? current.steps : undefined;
  if (WHY.test(said))
    return {
      reply: await explain(core, asker, path ? { kind: "skill", id: path[0] ?? "" } : topic),
    };
  if (NEXT.test(said) || (MORE.test(said) && path)) {
    if (!path) return { reply: await showPath(core, asker, topic) };
    const after = stepAfter(core, path) ?? trackStepAfter(core, topic, path);
    return { reply: after ? await showPath(core, asker, after) : pathEnd(core, asker, topic) };
  }
  if (MORE.test(said)) return { reply: await explain(core, asker, topic) };
  if (MENTORS.test(said)) return { reply: await mentorsOf(core, asker, topic) };
  const other = AND_FOR.exec(said)?.[1];
  // "and for someone joining mlops?": the path anyone new would get there.
  const newcomer = other !== undefined && asksForSomeoneNew(cueText(other));
  const named = newcomer ? other?.replace(FOR_SOMEONE_NEW, "").replace(/ track$/i, "") : other;
  const next =
    named === undefined ? undefined : core.index.resolve(named, ["skill", "area", "track"]);
  if (next?.kind !== "found") return undefined;
  if (current.answer === "mentors" && !newcomer)
    return { reply: await mentorsOf(core, asker, next.ref) };
  if (current.answer === "path" || newcomer)
    return { reply: await showPath(core, asker, next.ref, newcomer ? "someone new" : "asker") };
  return undefined;
}

/**
 * "Quiz me on it", "rate the first one 2": the text with the topic's name in the reference's
 * place. "It" with nothing clear, or an ordinal past the list, is asked about instead of guessed.
 */
function reference(
  core: Core,
  asker: Asker,
  said: string,
  match: RegExpMatchArray,
  current: CurrentTopic,
): { reply: Reply } | { typed: string } | undefined {
  const ordinal = match[1]?.toLowerCase();
  const step = ordinal === undefined ? undefined : stepOf(current.steps, ordinal);
  const named: PathTopic | undefined =
    ordinal === undefined
      ? current.it
      : step === undefined
        ? undefined
        : { kind: "skill", id: step };
  const reference = match[0].match(new RegExp(`${REFERENCE}$`, "i"))?.[0] ?? "";
  const at = (match.index ?? 0) + match[0].length - reference.length;
  const withName = (name: string) =>
    `${said.slice(0, at)}${name}${said.slice(at + reference.length)}`;
  const name = named && entityOf(core, named)?.name;
  if (name) return { typed: withName(name) };
  const offered = (current.steps ?? [])
    .flatMap((id) => core.kb.skill(id) ?? [])
    .slice(0, OFFERED_MAX);
  const alone = ON_ITS_OWN.test(said.slice(0, match.index ?? 0));
  if (offered.length === 0 && (CHAT_LIKE.test(match[0]) || !alone)) return undefined;
  const exampleName = offered[0]?.name ?? core.kb.skill(core.kb.exampleSkillId)?.name ?? "";
  const example = withName(exampleName).replace(/\s*[?.!]+$/, "");
  const level = /^\s*([0-4])\b/.exec(said.slice(at + reference.length))?.[1];
  const buttons: Button[] = offered.flatMap((skill): Button[] => {
    if (QUIZ_REQUEST.test(said)) return quizButtonsFor(core.kb, skill);
    if (!RATE_REQUEST.test(said)) return [];
    if (level === undefined)
      return [{ action: ACTIONS.rateOpen, value: skill.id, label: skill.name }];
    const value = askedAt(`${skill.id}:${level}`, core.clock.now());
    return [{ action: ACTIONS.rateSet, value, label: `${skill.name} → ${level}` }];
  });
  return {
    reply: replyAsAsked(asker.where.audience, [
      {
        kind: "text",
        text: text.followUpWhich(
          offered.map((s) => s.name),
          example,
        ),
      },
      ...(buttons.length > 0 ? [{ kind: "buttons" as const, buttons }] : []),
    ]),
  };
}

/**
 * The person asking, privately: what follows from their own conversation is theirs alone, even
 * asked in a channel. A reference answered as typed (`{ typed }`) is answered so too.
 */
export const privately = (asker: Asker): Asker => ({
  ...asker,
  where: { ...asker.where, audience: "private" },
});

/** "What about me?": the person's own level and next steps in the topic, or their profile. */
function forAsker(core: Core, asker: Asker, topic: PathTopic | undefined): Promise<Reply> {
  if (!topic) return showProfile(core, asker, undefined);
  return showPath(core, asker, topic);
}

/** "How far am I from that?": their gaps to a track, their next steps to a skill or area. */
function standing(core: Core, asker: Asker, topic: PathTopic | undefined): Promise<Reply> {
  if (!topic || topic.kind === "track") return showGaps(core, asker, topic?.id);
  return showPath(core, asker, topic);
}

/** Mentors are listed per skill or area; for a track, where to look. */
function mentorsOf(core: Core, asker: Asker, topic: PathTopic): Promise<Reply> {
  if (topic.kind === "track") return mentorsByArea(core, asker, topic.id);
  return findMentors(core, asker, { kind: topic.kind, id: topic.id });
}

/** "And after that?" when nothing builds on the steps shown: the end, not the same path again. */
function pathEnd(core: Core, asker: Asker, topic: PathTopic): Reply {
  const other = core.kb.tracks.find((t) => t.id !== topic.id);
  const name = entityOf(core, topic)?.name ?? topic.id;
  return replyAsAsked(asker.where.audience, [
    { kind: "text", text: text.pathEnd(name, other?.id) },
  ]);
}

/** "The first one", "the last one" of the list last shown. */
function stepOf(steps: readonly string[] | undefined, ordinal: string): string | undefined {
  if (!steps) return undefined;
  return ordinal === "last" ? steps[steps.length - 1] : steps[ORDINALS[ordinal] ?? steps.length];
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

/**
 * After a track's path, its targets the path had no room for (a path shows at most five), in
 * the order its path puts them: the track goes on even when nothing builds on the steps shown.
 */
function trackStepAfter(
  core: Core,
  topic: PathTopic,
  steps: readonly string[],
): PathTopic | undefined {
  const track = topic.kind === "track" ? core.kb.tracks.find((t) => t.id === topic.id) : undefined;
  if (!track) return undefined;
  const shownAsMet = Object.fromEntries(steps.map((id) => [id, track.targets[id] ?? 4]));
  const rest = learningPathFor(core.kb, topic, shownAsMet, track).steps;
  const next = rest.find((step) => !steps.includes(step.skill.id));
  return next && { kind: "skill", id: next.skill.id };
}

function explain(core: Core, asker: Asker, topic: PathTopic): Promise<Reply> {
  const skill = topic.kind === "skill" ? core.kb.skill(topic.id) : undefined;
  if (skill) return explainSkill(core, asker, skill);
  if (topic.kind === "track") return explainTrack(core, asker, topic.id);
  return Promise.resolve(explainArea(core, asker, topic.id));
}
