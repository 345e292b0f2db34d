import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { errorText, text } from "../core/messages.ts";
import { type Block, type Button, privateReply, type Reply, replyAsAsked } from "../core/reply.ts";
import type { Skill } from "../knowledge/schema.ts";
import { hasUncommonWord } from "../knowledge/typed-words.ts";
import type { QuestionAnalysis } from "./ask.ts";
import { confirmMentorOptIn, confirmRating, confirmTrack } from "./confirmations.ts";
import { explainArea, explainSkill, explainTrack } from "./explain-skill.ts";
import { explainOwnTerm, showHelp, showOverview, smallTalk } from "./help.ts";
import { cueText, namesTheMatrix } from "./intent.ts";
import { learningPathFor, type PathTopic } from "./learning-path.ts";
import { findMentors, mentorsForBiggestGap, rankMentors } from "./mentors.ts";
import { showGaps, showProfile } from "./profile.ts";
import { startQuiz } from "./quiz.ts";
import { quizStepIn } from "./quiz-pick.ts";
import { rate, rateForm } from "./rate.ts";
import { levelsOf, trackOf } from "./resolve.ts";
import { showPath } from "./show-path.ts";
import { MIN_GROUP, teamFigure } from "./team-figures.ts";
import { chooseTrack } from "./track.ts";
import { trackChoiceIn } from "./track-choice.ts";

/**
 * A free-text question answered by what it asks for (its intent) and the most specific thing it
 * names; the analysis is the question's own, from `analyseQuestion`.
 */
export async function answerQuestion(
  core: Core,
  asker: Asker,
  question: string,
  analysis: QuestionAnalysis,
): Promise<Reply> {
  if (analysis.ownTerm) return explainOwnTerm(core, asker, analysis.ownTerm);
  const others = await aboutOthers(core, asker, analysis);
  if (others) return others;
  // "what should I learn for the data engineer track": no such track, rather than a general path.
  if (analysis.unknownTrack !== undefined && ANSWERS_FOR_A_TRACK.has(analysis.intent))
    return replyAsAsked(asker.where.audience, [
      {
        kind: "text",
        text: errorText({
          code: "TrackNotFound",
          term: analysis.unknownTrack,
          tracks: core.kb.tracks.map((t) => t.name),
        }),
      },
    ]);
  // "what is terraform", "who knows terraform": said plainly, not "I'm not sure what you mean";
  // "what is fine-tuning": the skills that cover it.
  if (!analysis.named && namesTheMatrix(question, core.kb.name)) return showOverview(core, asker);
  const outside = notInMatrix(asker, analysis) ?? (await closestInstead(core, asker, analysis));
  if (outside) return outside;
  // Only a track named outright is the question's: one whose description shares a word with it
  // ("what should I learn first?" and MLOps' "…come first") must not replace the person's own.
  const namedTrack = analysis.namedTracks[0];
  // "I know docker and k8s, what's the fastest way in?": with those set aside, their own next steps.
  if (analysis.declined && !analysis.named && ASKS_ABOUT_A_TOPIC.has(analysis.intent))
    return showPath(core, asker, namedTrack && ref("track", namedTrack.id));
  const skill = analysis.named ? analysis.skills[0] : undefined;
  const area = analysis.named ? analysis.areas[0] : undefined;
  // The most specific thing named, in the order that suits the intent.
  const about = (...kinds: PathTopic["kind"][]): PathTopic | undefined => {
    for (const kind of kinds) {
      const found = kind === "track" ? namedTrack : kind === "skill" ? skill : area;
      if (found) return ref(kind, found.id);
    }
    return undefined;
  };
  switch (analysis.intent) {
    case "learning-path": {
      if (!analysis.named && analysis.uncovered !== undefined)
        return notCovered(asker, analysis.uncovered, analysis.skills);
      // "docker or kubernetes first?": the path to the one that builds on the other shows both, in order.
      const later = builtOnLast(core, analysis.namedSkills);
      if (later && !namedTrack) return showPath(core, asker, ref("skill", later.id));
      return showPath(core, asker, about("track", "skill", "area"));
    }
    case "explain-skill":
      // The question goes along: when it asks more than a name, the explanation answers it.
      if (skill) return explainSkill(core, asker, skill, question, analysis.skills);
      // "compare ml engineer and mlops tracks": the tracks side by side.
      if (analysis.namedTracks.length > 1) return chooseTrack(core, asker, undefined);
      if (namedTrack) return explainTrack(core, asker, namedTrack.id);
      if (area) return explainArea(core, asker, area.id, question);
      return notSure(asker, analysis, question);
    case "find-mentor":
      if (skill) return findMentors(core, asker, ref("skill", skill.id));
      if (area) return findMentors(core, asker, ref("area", area.id));
      if (!analysis.named) return mentorsForBiggestGap(core, asker);
      return notSure(asker, analysis, question);
    case "become-mentor":
      return privateReply([
        {
          kind: "text",
          text: text.mentorHowTo(
            analysis.namedSkills[0]?.name,
            `rate ${analysis.namedSkills[0]?.id ?? core.kb.exampleSkillId} 3`,
          ),
        },
      ]);
    case "quiz":
      if (!analysis.named && analysis.aboutGaps)
        return startQuiz(core, asker, await biggestGap(core, asker));
      // "harder", "an easier sql question": a level above or below the question just shown.
      return startQuiz(core, asker, about("skill", "area", "track"), quizStepIn(cueText(question)));
    case "rate": {
      const named = analysis.namedSkills;
      // "strong in pytorch and weak in tensorflow": one level for both would be a guess.
      if (named.length > 1) return oneAtATime(named);
      const rated = named[0] ?? skill;
      if (!rated) return rateForm(core, undefined);
      return analysis.level === undefined
        ? rate(core, asker, rated.id, undefined)
        : confirmRating(rated, analysis.level, core.clock.now());
    }
    case "forget-rating": {
      const rated = analysis.namedSkills[0];
      return privateReply([
        {
          kind: "text",
          text: text.forgetRating(rated?.name ?? "it", rated?.id ?? core.kb.exampleSkillId),
        },
      ]);
    }
    case "profile":
      // "where are my gaps for mlops?": against the track named, and only the gaps.
      return analysis.aboutGaps && !/\bprofile\b/.test(cueText(question))
        ? showGaps(core, asker, namedTrack?.id)
        : showProfile(core, asker, namedTrack?.id);
    case "track": {
      // "set my track to mlops" picks it; "which track am I on" lists them with the current one.
      // Any other mention of a track ("use the mlops track as an example") is asked about first.
      const choice = namedTrack && trackChoiceIn(cueText(question));
      if (choice === "keep") return chooseTrack(core, asker, undefined);
      if (namedTrack && choice === "ask") {
        const current = (await core.people.get(asker.person)).track;
        return current === namedTrack.id
          ? chooseTrack(core, asker, undefined)
          : confirmTrack(namedTrack, core.clock.now());
      }
      return chooseTrack(core, asker, namedTrack?.id);
    }
    case "overview":
      return showOverview(core, asker);
    case "help":
      return showHelp(core, asker);
    case "small-talk":
      return smallTalk(asker, question);
    case "mentor-on":
    case "mentor-off":
      return confirmMentorOptIn(analysis.intent === "mentor-on", core.clock.now());
    case "no-quiz":
      return replyAsAsked(asker.where.audience, [{ kind: "text", text: text.noQuiz }]);
    case "assent":
      return replyAsAsked(asker.where.audience, [{ kind: "text", text: text.assentNeedsButton }]);
    case "unknown":
      return notSure(asker, analysis, question);
  }
}

const ASKS_ABOUT_A_TOPIC: ReadonlySet<QuestionAnalysis["intent"]> = new Set([
  "explain-skill",
  "unknown",
]);

/** Intents a track named in them would answer: a track that does not exist is said so. */
const ANSWERS_FOR_A_TRACK: ReadonlySet<QuestionAnalysis["intent"]> = new Set([
  "learning-path",
  "explain-skill",
  "profile",
  "track",
  "quiz",
  "unknown",
]);

/** Intents whose text is about the person's own ratings, whoever else it mentions. */
const OWN_RATINGS: ReadonlySet<QuestionAnalysis["intent"]> = new Set([
  "rate",
  "forget-rating",
  "quiz",
]);

/**
 * "What's bob's rating in sql?", "the team's weakest skills": ratings are private to each
 * person, so said plainly, with what can be had instead (a skill's mentors; the team's typical
 * level per skill, once enough have rated it). A named skill with the team is its explanation,
 * which shows that figure.
 */
async function aboutOthers(
  core: Core,
  asker: Asker,
  analysis: QuestionAnalysis,
): Promise<Reply | undefined> {
  const others = analysis.others;
  // "what did alice rate herself in k8s": a rating word with someone else as the subject.
  if (!others || (OWN_RATINGS.has(analysis.intent) && !others.subject)) return undefined;
  const skill = analysis.namedSkills[0];
  const mentorHint = skill && { name: skill.name, id: skill.id };
  if (others.kind === "team" && skill) return undefined;
  // "how many people rated python": the team figure's band, which shows only from five raters.
  if (others.kind === "raters" && others.asked === "how-many" && skill) {
    const figure = await teamFigure(core, asker.person, skill.id);
    return replyAsAsked(asker.where.audience, [
      { kind: "heading", text: skill.name },
      figure
        ? { kind: "context", text: text.teamFigure(figure.raters, figure.typical) }
        : { kind: "text", text: text.ratersBelowMinimum(skill.name, MIN_GROUP) },
    ]);
  }
  const said =
    others.kind === "teammate"
      ? text.teammateRatingsPrivate(others.name, mentorHint)
      : others.kind === "someone"
        ? text.someoneRatingsPrivate(mentorHint)
        : others.kind === "track-members"
          ? text.trackMembersPrivate
          : others.kind === "raters" && skill
            ? text.whoRatedPrivate(skill.id, MIN_GROUP)
            : text.teamRatingsPrivate(core.kb.exampleSkillId, MIN_GROUP);
  return replyAsAsked(asker.where.audience, [{ kind: "text", text: said }]);
}

/** The first skill of the person's own path that has quiz questions: their biggest gap. */
async function biggestGap(core: Core, asker: Asker): Promise<PathTopic | undefined> {
  const record = await core.people.get(asker.person);
  const track = trackOf(core, record.track);
  const path = learningPathFor(
    core.kb,
    track ? ref("track", track.id) : undefined,
    levelsOf(record.ratings),
    track,
  );
  const step = path.steps.find((s) => core.kb.questionsFor(s.skill.id).length > 0);
  return step ? ref("skill", step.skill.id) : undefined;
}

/**
 * Says honestly that nothing matched well, and offers the three closest skills when the message
 * may be about a topic: a request about one, or a word chat does not use ("overfitting"). Any
 * chat shares some word with a description: "can you book a meeting room?" is not Communication.
 */
function notSure(asker: Asker, analysis: QuestionAnalysis, question: string): Reply {
  const aboutATopic = analysis.intent !== "unknown" || hasUncommonWord(question);
  const closest = aboutATopic ? analysis.skills.slice(0, 3) : [];
  const blocks: Block[] = [{ kind: "text", text: text.unknown }];
  if (closest.length > 0) {
    blocks.push({ kind: "text", text: text.unknownClosest });
    blocks.push({ kind: "buttons", buttons: closest.map(explainButton) });
  } else blocks.push({ kind: "text", text: text.unknownNothing });
  return replyAsAsked(asker.where.audience, blocks);
}

/** "Explain <skill>": how every closest-skill offer here is made. */
const explainButton = (skill: Skill): Button => ({
  action: ACTIONS.explainSkill,
  value: skill.id,
  label: text.explainButton(skill.name),
});

const ref = <K extends PathTopic["kind"]>(kind: K, id: string) => ({ kind, id });

/** Of skills named together, the one that builds on another of them (directly or further back). */
function builtOnLast(core: Core, skills: readonly Skill[]): Skill | undefined {
  if (skills.length < 2) return undefined;
  const ids = new Set(skills.map((s) => s.id));
  const buildsOnAnother = (skill: Skill): boolean => {
    const seen = new Set<string>();
    const stack = [...skill.prerequisites];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (ids.has(id)) return true;
      stack.push(...(core.kb.skill(id)?.prerequisites ?? []));
    }
    return false;
  };
  return skills.find(buildsOnAnother);
}

/**
 * The honest answer to "what is terraform" or "who knows terraform" when the matrix has no
 * such thing nor anything like it; undefined for anything else (a topic to learn gets the bot's
 * not-found answer, with the closest skills and the path; one that skills cover, those skills).
 */
export function notInMatrix(asker: Asker, analysis: QuestionAnalysis): Reply | undefined {
  const topic = explainedOrMentoredTopic(analysis);
  if (topic === undefined || analysis.skills.length > 0) return undefined;
  const said =
    analysis.uncoveredAsk === "mentor"
      ? text.mentorsNotInMatrix(topic)
      : analysis.uncoveredAsk === "own"
        ? errorText({ code: "SkillNotFound", term: topic, suggestions: [] })
        : text.explainNotInMatrix(topic);
  return replyAsAsked(asker.where.audience, [{ kind: "text", text: said }]);
}

/**
 * The topic of a question that asks to explain a thing the matrix has no name for, or for its
 * mentors ("what is terraform", "who knows deep learning"); a topic to learn is answered apart.
 */
function explainedOrMentoredTopic(analysis: QuestionAnalysis): string | undefined {
  return analysis.named || analysis.uncoveredAsk === "learn" ? undefined : analysis.uncovered;
}

/**
 * "What is fine-tuning", "who knows deep learning": no skill by that name, but skills that
 * cover it. Explained, they are offered; for a mentor, the mentors of the closest one that has
 * any are listed, with the others offered. Undefined for any other question.
 */
async function closestInstead(
  core: Core,
  asker: Asker,
  analysis: QuestionAnalysis,
): Promise<Reply | undefined> {
  const topic = explainedOrMentoredTopic(analysis);
  const closest = analysis.skills.slice(0, 3);
  const first = closest[0];
  if (topic === undefined || !first) return undefined;
  const explainButtons = (skills: readonly Skill[]): Block[] =>
    skills.length === 0 ? [] : [{ kind: "buttons", buttons: skills.map(explainButton) }];
  // "I know deep learning well": no skill by that name to rate; the ones that cover it are.
  if (analysis.uncoveredAsk === "own")
    return replyAsAsked(asker.where.audience, [
      {
        kind: "text",
        text: errorText({
          code: "SkillNotFound",
          term: topic,
          suggestions: closest.map((s) => s.name),
        }),
      },
      ...explainButtons(closest),
    ]);
  if (analysis.uncoveredAsk !== "mentor")
    return replyAsAsked(asker.where.audience, [
      { kind: "text", text: text.explainClosestInstead(topic) },
      ...explainButtons(closest),
    ]);
  const listed = await core.people.mentors(asker.person);
  const mentored =
    closest.find((s) => rankMentors(listed, [s.id], asker.person.user).length > 0) ?? first;
  const mentors = await findMentors(core, asker, ref("skill", mentored.id));
  const others = closest.filter((s) => s !== mentored);
  return {
    ...mentors,
    blocks: [
      { kind: "text", text: text.mentorsClosestInstead(topic, mentored.name) },
      ...mentors.blocks,
      ...(others.length > 0 ? [{ kind: "context", text: text.closestAlso } as const] : []),
      ...explainButtons(others),
    ],
  };
}

/**
 * A topic the matrix does not cover ("how do I learn terraform"): said plainly, with the closest
 * skills it does have, rather than a general path that looks like an answer.
 */
function notCovered(asker: Asker, term: string, related: readonly Skill[]): Reply {
  const closest = related.slice(0, 3);
  const blocks: Block[] = [
    {
      kind: "text",
      text: errorText({
        code: "TopicNotFound",
        term,
        suggestions: closest.map((s) => s.name),
      }),
    },
    {
      kind: "buttons",
      buttons: [
        ...closest.map(explainButton),
        { action: ACTIONS.pathShow, value: "", label: text.pathButton },
      ],
    },
  ];
  return replyAsAsked(asker.where.audience, blocks);
}

/** Two skills rated in one sentence: each gets its own form, so no level lands on the wrong one. */
function oneAtATime(skills: readonly Skill[]): Reply {
  return privateReply([
    { kind: "text", text: text.oneRatingAtATime },
    {
      kind: "buttons",
      buttons: skills.slice(0, 5).map((s) => ({
        action: ACTIONS.rateOpen,
        value: s.id,
        label: s.name,
      })),
    },
  ]);
}
