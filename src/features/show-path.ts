import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import {
  type Block,
  privateReply,
  publicReply,
  type Reply,
  type SkillLine,
} from "../core/reply.ts";
import { withExplanation } from "../explain/explain-reply.ts";
import { rememberTopic } from "./conversation-topic.ts";
import { learningPathFor, type PathTopic } from "./learning-path.ts";
import { quizButtonsFor } from "./quiz.ts";
import { levelsOf, nameOf, ratingsInMatrix, trackOf } from "./resolve.ts";
import { trackGoneNote } from "./track.ts";

/**
 * The learning-path reply. Personal (the person's track, weighted by their ratings) when only
 * they will see it; in a public thread it shows the general path, the one anyone would get
 * there, and says where to get the personal one. With no topic it follows the track, or, in a
 * matrix without tracks, the whole matrix. Asked for someone new ("what should my new hire
 * learn first?"), it is the general path too, though only the asker sees it.
 */
export async function showPath(
  core: Core,
  asker: Asker,
  topic: PathTopic | undefined,
  learner: "asker" | "someone new" = "asker",
): Promise<Reply> {
  const mayPersonalise = asker.where.audience === "private" && learner === "asker";
  // In public, not even which track they chose: that is theirs, like their ratings.
  const record = mayPersonalise ? await core.people.get(asker.person) : undefined;
  const track = record ? trackOf(core, record.track) : core.kb.defaultTrack;
  const target: PathTopic | undefined =
    topic ?? (track ? { kind: "track", id: track.id } : undefined);

  const levels = record ? levelsOf(ratingsInMatrix(core, record.ratings)) : {};
  const rated = Object.keys(levels).length;
  const personal = rated > 0;
  const path = learningPathFor(core.kb, target, levels, track);
  const topicName = target ? nameOf(core, target) : core.kb.name;

  const blocks: Block[] = [
    { kind: "heading", text: text.pathHeading(topicName, personal) },
    // With no topic the heading names their track: say when their own choice is gone.
    ...(record && !topic ? trackGoneNote(core, record.track) : []),
  ];
  if (path.steps.length === 0) {
    blocks.push({ kind: "text", text: text.pathComplete(topicName) });
  } else {
    // Asked about a skill they already master: say so, or the path seems to ignore it.
    if (path.topicReached) {
      const { skill, level } = path.topicReached;
      blocks.push({ kind: "text", text: text.pathTopicReached(skill.name, level) });
    }
    blocks.push({ kind: "skills", items: path.steps.map((step) => stepLine(step, personal)) });
    const first = path.steps[0]?.skill;
    blocks.push({
      kind: "context",
      text: personal
        ? text.pathPersonalNote(rated)
        : mayPersonalise
          ? text.pathInvite(core.kb.exampleSkillId)
          : text.pathPublicNote,
    });
    // What the track skips may still be asked for; say so, or it reads as the track's target.
    if (path.track && path.outsideTrack.length > 0)
      blocks.push({
        kind: "context",
        text: text.pathOutsideTrack(
          path.track.name,
          path.outsideTrack.map((skill) => skill.name),
        ),
      });
    // No target means no tracks, so the example topic is an area.
    if (!target)
      blocks.push({ kind: "context", text: text.pathAcrossMatrix(core.kb.exampleTopicName) });
    if (first) {
      blocks.push({
        kind: "buttons",
        buttons: [
          ...quizButtonsFor(core.kb, first),
          { action: ACTIONS.rateOpen, value: first.id, label: text.rateButton(first.name) },
        ],
      });
    }
  }
  if (target)
    await rememberTopic(core, asker.person, target, {
      steps: path.steps.map((step) => step.skill.id),
      answer: "path",
    });
  const reply = asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
  if (path.steps.length === 0) return reply;
  // One paragraph on why this order; the person's own levels reach the prompt only when private.
  return withExplanation(
    core,
    asker,
    reply,
    {
      kind: "path",
      skills: path.steps.map((step) => step.skill),
      facts: {
        topic: topicName,
        steps: path.steps.map((step) => ({ skillId: step.skill.id, target: step.target })),
      },
    },
    "top",
  );
}

function stepLine(
  step: ReturnType<typeof learningPathFor>["steps"][number],
  personal: boolean,
): SkillLine {
  const { skill, level, target } = step;
  const nextLevel = Math.min(4, Math.max(1, level + 1)) as 1 | 2 | 3 | 4;
  const resource = skill.resources[0];
  return {
    skillId: skill.id,
    name: skill.name,
    ...(personal ? { level } : {}),
    target,
    note: text.stepNote(skill.why ?? skill.summary, skill.rubric[nextLevel]),
    ...(resource ? { resource: { title: resource.title, url: resource.url } } : {}),
  };
}
