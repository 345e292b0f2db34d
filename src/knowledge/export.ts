import type { KnowledgeBase } from "./knowledge-base.ts";

/** The matrix as one JSON object: the shape `kb export --json` promises to other tools. */
export function matrixExport(kb: KnowledgeBase) {
  return {
    id: kb.id,
    name: kb.name,
    areas: kb.areas.map(({ id, name, summary }) => ({ id, name, summary })),
    skills: kb.skills.map(
      ({ id, name, areaId, aliases, summary, rubric, prerequisites, resources }) => ({
        id,
        name,
        areaId,
        aliases,
        summary,
        rubric: { "1": rubric[1], "2": rubric[2], "3": rubric[3], "4": rubric[4] },
        prerequisites,
        resources,
      }),
    ),
    tracks: kb.tracks.map(({ id, name, aliases, targets }) => ({ id, name, aliases, targets })),
    questions: kb.questions.map(
      ({ id, skillId, difficulty, prompt, options, answer, explanation }) => ({
        id,
        skillId,
        difficulty,
        prompt,
        options,
        answer,
        explanation,
      }),
    ),
  };
}
