import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { levelLabel, text } from "../core/messages.ts";
import { type Block, privateReply, publicReply, type Reply } from "../core/reply.ts";
import { link, type RichText } from "../core/rich-text.ts";
import { withExplanation } from "../explain/explain-reply.ts";
import { distinctQuestion } from "../explain/user-text.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { RUBRIC_LEVELS, type Skill } from "../knowledge/schema.ts";
import { quizButtonsFor } from "./quiz.ts";
import { teamFigure } from "./team-figures.ts";

/**
 * A skill explained from the matrix: summary, why, rubric (own level marked when private),
 * prerequisites, resources. With explanations on, a short prose explanation follows (or an answer
 * to `question`, when the person asked more than the skill's name, drawing on `related` skills too).
 */
export async function explainSkill(
  core: Core,
  asker: Asker,
  skill: Skill,
  question?: string,
  related: readonly Skill[] = [],
): Promise<Reply> {
  const isPrivate = asker.where.audience === "private";
  const own = isPrivate
    ? (await core.people.get(asker.person)).ratings[skill.id]?.level
    : undefined;
  const area = core.kb.area(skill.areaId);
  const blocks: Block[] = [
    { kind: "heading", text: area ? `${skill.name} · ${area.name}` : skill.name },
    { kind: "text", text: [{ text: skill.summary }] },
  ];
  if (skill.why) blocks.push({ kind: "text", text: text.whyItMatters(skill.why) });
  blocks.push({
    kind: "fields",
    fields: RUBRIC_LEVELS.map((level) => ({
      label: `${levelLabel(level)}${own === level ? text.yourLevel : ""}`,
      value: [{ text: skill.rubric[level] }],
    })),
  });
  const prerequisites = skill.prerequisites.flatMap((id) => core.kb.skill(id)?.name ?? []);
  if (prerequisites.length > 0)
    blocks.push({ kind: "text", text: text.prerequisites(prerequisites) });
  if (skill.resources.length > 0) blocks.push({ kind: "text", text: resourceLinks(skill) });
  const team = await teamFigure(core, asker.person, skill.id);
  if (team)
    blocks.push({ kind: "context", text: text.teamFigure(team.count, team.average.toFixed(1)) });
  blocks.push({ kind: "buttons", buttons: skillButtons(core.kb, skill) });
  const reply = isPrivate ? privateReply(blocks) : publicReply(blocks);
  const asked =
    question === undefined
      ? undefined
      : distinctQuestion(question, [skill.name, skill.id, ...skill.aliases]);
  const prerequisiteSkills = skill.prerequisites.flatMap((id) => core.kb.skill(id) ?? []);
  if (asked === undefined)
    return withExplanation(
      core,
      asker,
      reply,
      { kind: "skill", skills: [skill, ...prerequisiteSkills] },
      "top",
    );
  // Other skills the question names ("statistics vs probability") belong in the excerpt too.
  const named = related.filter((s) => s.id !== skill.id).slice(0, 3);
  return withExplanation(
    core,
    asker,
    reply,
    { kind: "question", skills: [skill, ...named, ...prerequisiteSkills], question: asked },
    "top",
  );
}

export function skillButtons(kb: KnowledgeBase, skill: Skill) {
  return [
    { action: ACTIONS.rateOpen, value: skill.id, label: text.rateButton(skill.name) },
    ...quizButtonsFor(kb, skill),
    { action: ACTIONS.pathShow, value: `skill:${skill.id}`, label: text.pathButton },
  ];
}

function resourceLinks(skill: Skill): RichText {
  return skill.resources.flatMap((r, i) => [
    ...(i > 0 ? [{ text: " · " }] : [{ text: "Resources: " }]),
    link(r.title, r.url),
  ]);
}

/** An area: its summary and its skills. A question about it gets a prose answer when explanations are on. */
export function explainArea(core: Core, asker: Asker, areaId: string, question?: string): Reply {
  const area = core.kb.area(areaId);
  const skills = core.kb.skillsIn(areaId);
  const blocks: Block[] = [
    { kind: "heading", text: area?.name ?? areaId },
    { kind: "text", text: [{ text: area?.summary ?? "" }] },
    { kind: "text", text: text.areaSkills(skills.length) },
    {
      kind: "skills",
      items: skills.map((s) => ({ skillId: s.id, name: s.name, note: [{ text: s.summary }] })),
    },
    {
      kind: "buttons",
      buttons: [{ action: ACTIONS.pathShow, value: `area:${areaId}`, label: text.pathButton }],
    },
  ];
  const reply = asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
  const asked =
    question === undefined
      ? undefined
      : distinctQuestion(question, area ? [area.name, area.id, ...area.aliases] : []);
  if (asked === undefined) return reply;
  return withExplanation(core, asker, reply, { kind: "question", skills, question: asked }, "top");
}
