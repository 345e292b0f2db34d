import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { errorText, text } from "../core/messages.ts";
import { privateReply, type Reply, replyAsAsked } from "../core/reply.ts";
import type { Skill } from "../knowledge/schema.ts";
import type { QuestionAnalysis } from "./ask.ts";
import { confirmMentorOptIn, confirmRating, confirmTrack } from "./confirmations.ts";
import { explainArea, explainSkill, explainTrack } from "./explain-skill.ts";
import { explainOwnTerm, showHelp, showOverview, smallTalk } from "./help.ts";
import { cueText, namesTheMatrix } from "./intent.ts";
import { asksForSomeoneNew } from "./intent-cues.ts";
import { learningPathFor, type PathTopic } from "./learning-path.ts";
import { findMentors, mentorsForBiggestGap } from "./mentors.ts";
import { closestInstead, notCovered, notInMatrix } from "./not-in-matrix.ts";
import { notSure } from "./not-sure.ts";
import { showGaps, showProfile } from "./profile.ts";
import { startQuiz } from "./quiz.ts";
import { quizStepIn } from "./quiz-pick.ts";
import { rate, rateForm } from "./rate.ts";
import { aboutOthers } from "./ratings-of-others.ts";
import { levelsOf, trackOf } from "./resolve.ts";
import { showPath } from "./show-path.ts";
import { chooseTrack } from "./track.ts";
import { trackChoiceIn } from "./track-choice.ts";

// A free-text question, once analysed, sent to the feature that answers what it asks for. The
// answers that belong to no one feature live beside: ratings-of-others.ts (someone else's
// ratings), not-in-matrix.ts (a topic the matrix has no name for), not-sure.ts (nothing matched).

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
      // "What should my new hire learn first?": the general path, not the asker's own.
      const learner = asksForSomeoneNew(cueText(question)) ? "someone new" : "asker";
      return showPath(core, asker, about("track", "skill", "area"), learner);
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
