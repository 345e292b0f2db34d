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
import { requireSkill, resolveSkill } from "./resolve.ts";
import { teamFigure } from "./team-figures.ts";

/**
 * `explain <name>`: a skill, else an area or track of that name, as "what is …?" shows them.
 * A skill's exact name wins; a typo of a skill loses to an area or track spelled exactly.
 * Nothing known keeps the skill advice (closest skills).
 */
export async function explainNamed(core: Core, asker: Asker, term: string): Promise<Reply> {
  const skill = resolveSkill(core, term);
  if (!(skill.kind === "skill" && skill.exact)) {
    const other = core.index.resolve(term.trim(), ["area", "track"]);
    if (other.kind === "found" && (other.exact || skill.kind !== "skill"))
      return other.ref.kind === "area"
        ? explainArea(core, asker, other.ref.id)
        : explainTrack(core, asker, other.ref.id);
  }
  return explainSkill(core, asker, requireSkill(core, term));
}

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

/** A track: its summary, the skills it sets targets in (by area), and how to choose it. */
export function explainTrack(core: Core, asker: Asker, trackId: string): Reply {
  const track = core.kb.track(trackId);
  const targets = track?.targets ?? {};
  const areas = core.kb.areas.flatMap((area) => {
    const skills = core.kb.skillsIn(area.id).filter((s) => targets[s.id] !== undefined);
    if (skills.length === 0) return [];
    const note = skills.map((s) => `${s.name} ${targets[s.id]}`).join(", ");
    return [{ skillId: area.id, name: area.name, note: [{ text: note }] }];
  });
  const blocks: Block[] = [{ kind: "heading", text: track?.name ?? trackId }];
  if (track?.summary) blocks.push({ kind: "text", text: [{ text: track.summary }] });
  blocks.push(
    { kind: "text", text: text.trackTargets(Object.keys(targets).length) },
    { kind: "skills", items: areas },
    { kind: "context", text: text.trackChoose(trackId) },
    {
      kind: "buttons",
      buttons: [{ action: ACTIONS.pathShow, value: `track:${trackId}`, label: text.pathButton }],
    },
  );
  return asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
}
