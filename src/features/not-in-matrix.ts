import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { errorText, text } from "../core/messages.ts";
import { type Block, type Reply, replyAsAsked } from "../core/reply.ts";
import type { Skill } from "../knowledge/schema.ts";
import type { QuestionAnalysis } from "./ask.ts";
import { explainButton } from "./explain-skill.ts";
import { findMentors, rankMentors } from "./mentors.ts";

// A question about a topic the matrix has no name for ("what is terraform", "how do I learn
// terraform", "who knows deep learning"): said plainly, with the skills that come closest.

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
export async function closestInstead(
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
  const mentors = await findMentors(core, asker, { kind: "skill", id: mentored.id });
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
export function notCovered(asker: Asker, term: string, related: readonly Skill[]): Reply {
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
