import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Resource, Skill } from "../knowledge/schema.ts";
import { type AllowedLinks, allowedLinks, urlKey } from "./links.ts";
import { matrixWords, type Words } from "./matrix-words.ts";

/** One skill as the model sees it. The first few carry their rubric; the rest stay brief. */
export type ExcerptSkill = {
  id: string;
  name: string;
  area: string;
  summary: string;
  why?: string;
  rubric?: Skill["rubric"];
  prerequisites: { id: string; name: string }[];
  resources: Pick<Resource, "title" | "url" | "kind">[];
};

/**
 * The only matrix data a prompt holds: the skills the answer is about and, when only the asker
 * will see the answer, the asker's own levels in those skills. Nobody else's data ever.
 */
export type MatrixExcerpt = {
  skills: ExcerptSkill[];
  yourLevels?: Record<string, number>;
};

const MAX_SKILLS = 8;
const DETAILED_SKILLS = 3;

export function excerptFor(
  kb: KnowledgeBase,
  skills: readonly Skill[],
  ownLevels: Readonly<Record<string, number>> | undefined,
): MatrixExcerpt {
  const chosen = unique(skills).slice(0, MAX_SKILLS);
  const excerpt: MatrixExcerpt = {
    skills: chosen.map((skill, i) => ({
      id: skill.id,
      name: skill.name,
      area: kb.area(skill.areaId)?.name ?? skill.areaId,
      summary: skill.summary,
      ...(skill.why ? { why: skill.why } : {}),
      ...(i < DETAILED_SKILLS ? { rubric: skill.rubric } : {}),
      prerequisites: skill.prerequisites.flatMap((id) => {
        const prerequisite = kb.skill(id);
        return prerequisite ? [{ id, name: prerequisite.name }] : [];
      }),
      resources: skill.resources.map(({ title, url, kind }) => ({ title, url, kind })),
    })),
  };
  if (ownLevels) {
    const levels: Record<string, number> = {};
    for (const { id } of chosen) {
      const level = ownLevels[id];
      if (level !== undefined) levels[id] = level;
    }
    excerpt.yourLevels = levels;
  }
  return excerpt;
}

/** What an answer may cite: the excerpt's skills and the resources they list. */
export type Citable = {
  skills: ReadonlyMap<string, Skill>;
  /** By urlKey, so "https://PyTorch.org/docs/" finds the matrix's "https://pytorch.org/docs". */
  resources: ReadonlyMap<string, Resource>;
  links: AllowedLinks;
  /** The names and figures its prose may use (see matrixWords). */
  words: Words;
};

export function citableIn(kb: KnowledgeBase, excerpt: MatrixExcerpt): Citable {
  const skills = new Map<string, Skill>();
  const resources = new Map<string, Resource>();
  for (const { id } of excerpt.skills) {
    const skill = kb.skill(id);
    if (!skill) continue;
    skills.set(id, skill);
    for (const resource of skill.resources) resources.set(urlKey(resource.url), resource);
  }
  return {
    skills,
    resources,
    links: allowedLinks([...resources.values()].map((r) => r.url)),
    words: matrixWords(kb, excerpt),
  };
}

function unique(skills: readonly Skill[]): Skill[] {
  const seen = new Set<string>();
  return skills.filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id)));
}
