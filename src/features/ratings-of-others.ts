import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { type Reply, replyAsAsked } from "../core/reply.ts";
import type { QuestionAnalysis } from "./ask.ts";
import { MIN_GROUP, teamFigure } from "./team-figures.ts";

// A question about someone else's ratings ("what's bob's rating in sql?", "the team's weakest
// skills"): ratings are private to each person, so the answer says so and offers what it can.

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
export async function aboutOthers(
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
    const figure = await teamFigure(core, asker, skill.id);
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
