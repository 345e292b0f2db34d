import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import type { Area, Question, Skill, Track } from "../src/knowledge/schema.ts";

/** Skills per skills/<area>.yaml: keeps each file far below the loader's 2 MB cap. */
const SKILLS_PER_AREA = 200;
const SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze", "bo", "da"];
const KINDS = ["docs", "book", "course", "tutorial", "article", "video"] as const;

export type GeneratedMatrix = {
  dir: string;
  areas: number;
  skills: number;
  tracks: number;
  questions: number;
  files: string[];
};

/** A pronounceable made-up word, different for every n: "kaloka", "kalolo", … */
function wordFor(n: number): string {
  let word = "";
  let rest = n;
  for (let i = 0; i < 4; i++) {
    word = `${SYLLABLES[rest % SYLLABLES.length]}${word}`;
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return rest > 0 ? `${word}${rest}` : word;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Writes a valid matrix of `skillCount` made-up skills to `dir` (which must be empty or missing),
 * shaped like the shipped one: areas of 200 skills, a rubric, aliases, prerequisites on earlier
 * skills of the same area, a resource each, three tracks, and `questionsPerSkill` questions each.
 * Deterministic, so benchmarks compare like with like across runs.
 */
export function generateMatrix(
  dir: string,
  skillCount: number,
  { questionsPerSkill = 3 }: { questionsPerSkill?: number } = {},
): GeneratedMatrix {
  const areaCount = Math.max(1, Math.ceil(skillCount / SKILLS_PER_AREA));
  const areas: Area[] = Array.from({ length: areaCount }, (_, a) => ({
    id: `area-${a + 1}`,
    name: `Area ${a + 1}`,
    summary: `Generated area ${a + 1}, holding up to ${SKILLS_PER_AREA} made-up skills.`,
    aliases: [`generated area ${a + 1}`],
  }));
  const skills: Skill[] = Array.from({ length: skillCount }, (_, i) => {
    const word = wordFor(i);
    const area = Math.floor(i / SKILLS_PER_AREA);
    const firstInArea = area * SKILLS_PER_AREA;
    const prerequisites = [i - 1, i - 7]
      .filter((p) => p >= firstInArea && i % 3 !== 0)
      .map((p) => wordFor(p));
    return {
      id: word,
      name: `${capitalised(word)} Practice`,
      areaId: `area-${area + 1}`,
      aliases: [word, `${word} skills`, `${word}-craft`],
      summary: `The made-up practice of ${word}, number ${i + 1} of ${skillCount}, used to measure loading at scale.`,
      why: `Teams that build ${word} systems need people who understand ${word} end to end.`,
      rubric: {
        1: `Knows what ${word} is and where the team uses it.`,
        2: `Uses ${word} in everyday work with occasional help.`,
        3: `Applies ${word} independently and reviews others' ${word} work.`,
        4: `Sets the team's direction for ${word} and teaches it.`,
      },
      prerequisites,
      resources: [
        {
          title: `${capitalised(word)} handbook`,
          url: `https://example.com/${word}`,
          kind: KINDS[i % KINDS.length] ?? "docs",
        },
      ],
    };
  });
  const targets = (keep: (i: number) => boolean, level: (i: number) => 1 | 2 | 3 | 4) =>
    Object.fromEntries(skills.flatMap((s, i) => (keep(i) ? [[s.id, level(i)]] : [])));
  const tracks: Track[] = [
    {
      id: "generalist",
      name: "Generalist",
      aliases: ["all-rounder"],
      targets: targets(
        () => true,
        () => 3,
      ),
    },
    {
      id: "specialist",
      name: "Specialist",
      aliases: ["deep diver"],
      targets: targets(
        (i) => i % 4 === 0,
        () => 4,
      ),
    },
    {
      id: "starter",
      name: "Starter",
      aliases: ["new joiner"],
      targets: targets(
        (i) => i % 10 === 0,
        () => 1,
      ),
    },
  ];
  const questions: Question[] = skills.flatMap((s, i) =>
    Array.from({ length: questionsPerSkill }, (_, q) => ({
      id: `${s.id}-${q + 1}`,
      skillId: s.id,
      difficulty: ((q % 4) + 1) as 1 | 2 | 3 | 4,
      prompt: `Question ${q + 1} about ${s.id}: which statement about ${s.id} is true?`,
      options: [`${s.id} fact`, `${s.id} myth`, `${s.id} rumour`, `${s.id} guess`],
      answer: (i + q) % 4,
      explanation: `Only the ${s.id} fact is true; the others are made up for the benchmark.`,
    })),
  );

  const files: string[] = [];
  const write = (name: string, data: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, stringify(data, { lineWidth: 100 }));
    files.push(file);
  };
  mkdirSync(join(dir, "skills"), { recursive: true });
  mkdirSync(join(dir, "questions"), { recursive: true });
  write("matrix.yaml", {
    id: "generated",
    name: `Generated ${skillCount}-skill matrix`,
    defaultTrack: "generalist",
    areas,
  });
  write("tracks.yaml", { tracks });
  for (const area of areas) {
    write(`skills/${area.id}.yaml`, { skills: skills.filter((s) => s.areaId === area.id) });
    const asked = new Set(skills.filter((s) => s.areaId === area.id).map((s) => s.id));
    const inArea = questions.filter((q) => asked.has(q.skillId));
    if (inArea.length > 0) write(`questions/${area.id}.yaml`, { questions: inArea });
  }
  return {
    dir,
    areas: areas.length,
    skills: skills.length,
    tracks: tracks.length,
    questions: questions.length,
    files,
  };
}
