import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { levelLabel, text } from "../core/messages.ts";
import { type Block, type Button, type Reply, replyAsAsked } from "../core/reply.ts";
import { link, type RichText } from "../core/rich-text.ts";
import { withExplanation } from "../explain/explain-reply.ts";
import { distinctQuestion } from "../explain/user-text.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { RUBRIC_LEVELS, type Skill, type Track } from "../knowledge/schema.ts";
import { rememberTopic } from "./conversation-topic.ts";
import { learningPathFor } from "./learning-path.ts";
import { quizButtonsFor } from "./quiz.ts";
import { levelsOf, ratingsInMatrix, requireSkill, resolveSkill } from "./resolve.ts";
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
  // The topic is noted beside the read: the write need not wait for it. A failed write still
  // fails the answer, as the store's other failures do (the bot says the store is unavailable).
  const [team] = await Promise.all([
    teamFigure(core, asker, skill.id),
    rememberTopic(core, asker.person, { kind: "skill", id: skill.id }),
  ]);
  if (team) blocks.push({ kind: "context", text: text.teamFigure(team.raters, team.typical) });
  blocks.push({ kind: "buttons", buttons: skillButtons(core.kb, skill) });
  const reply = replyAsAsked(asker.where.audience, blocks);
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

/** "Explain <skill>": how every offer of a closest skill is made. */
export const explainButton = (skill: Skill): Button => ({
  action: ACTIONS.explainSkill,
  value: skill.id,
  label: text.explainButton(skill.name),
});

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
  const reply = replyAsAsked(asker.where.audience, blocks);
  const asked =
    question === undefined
      ? undefined
      : distinctQuestion(question, area ? [area.name, area.id, ...area.aliases] : []);
  if (asked === undefined) return reply;
  return withExplanation(core, asker, reply, { kind: "question", skills, question: asked }, "top");
}

/**
 * A track: its summary, the skills it sets targets in (by area), and how to choose it. Asked
 * privately by someone who rated skills, it says where they stand: on their own track, their
 * next steps in it instead of the overview (and no hint to choose it); on another, how many of
 * its targets they meet.
 */
export async function explainTrack(core: Core, asker: Asker, trackId: string): Promise<Reply> {
  const track = core.kb.track(trackId);
  const isPrivate = asker.where.audience === "private";
  // In public, not even which track they chose: that is theirs, like their ratings.
  const record = isPrivate ? await core.people.get(asker.person) : undefined;
  const levels = record ? levelsOf(ratingsInMatrix(core, record.ratings)) : {};
  const rated = track !== undefined && Object.keys(levels).length > 0;
  const theirs = record?.track === trackId;
  const blocks: Block[] = [{ kind: "heading", text: track?.name ?? trackId }];
  if (track) await rememberTopic(core, asker.person, { kind: "track", id: track.id });
  if (rated && theirs) blocks.push(...nextStepsIn(core, track, levels));
  else {
    if (track?.summary) blocks.push({ kind: "text", text: [{ text: track.summary }] });
    blocks.push(...targetsByArea(core, track?.targets ?? {}));
    if (rated) {
      const { met, total } = standingIn(track, levels);
      blocks.push({ kind: "context", text: text.trackStandingBrief(met, total, trackId) });
    }
  }
  if (!theirs) blocks.push({ kind: "context", text: text.trackChoose(trackId) });
  blocks.push({
    kind: "buttons",
    buttons: [{ action: ACTIONS.pathShow, value: `track:${trackId}`, label: text.pathButton }],
  });
  return replyAsAsked(asker.where.audience, blocks);
}

function targetsByArea(core: Core, targets: Readonly<Record<string, number>>): Block[] {
  const areas = core.kb.areas.flatMap((area) => {
    const skills = core.kb.skillsIn(area.id).filter((s) => targets[s.id] !== undefined);
    if (skills.length === 0) return [];
    const note = skills.map((s) => `${s.name} ${targets[s.id]}`).join(", ");
    return [{ skillId: area.id, name: area.name, note: [{ text: note }] }];
  });
  return [
    { kind: "text", text: text.trackTargets(Object.keys(targets).length) },
    { kind: "skills", items: areas },
  ];
}

/** How many of a track's targets the person meets, of how many. */
function standingIn(track: Track, levels: Readonly<Record<string, number>>) {
  const targets = Object.entries(track.targets);
  const met = targets.filter(([id, target]) => (levels[id] ?? 0) >= target).length;
  return { met, total: targets.length };
}

/** The person on their own track: how many targets they meet, and their next steps in it. */
function nextStepsIn(core: Core, track: Track, levels: Readonly<Record<string, number>>): Block[] {
  const { met, total } = standingIn(track, levels);
  if (met === total) return [{ kind: "text", text: text.trackAllMet(track.name) }];
  const path = learningPathFor(core.kb, { kind: "track", id: track.id }, levels, track);
  const blocks: Block[] = [
    { kind: "text", text: text.trackStanding(met, total) },
    {
      kind: "skills",
      items: path.steps.map(({ skill, level, target }) => ({
        skillId: skill.id,
        name: skill.name,
        level,
        target,
      })),
    },
  ];
  const shown = path.steps.filter(({ skill, level }) => level < (track.targets[skill.id] ?? 0));
  const more = total - met - shown.length;
  if (more > 0) blocks.push({ kind: "context", text: text.trackMoreGaps(more, track.id) });
  return blocks;
}
