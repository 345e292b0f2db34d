import type { Area, MatrixData, Question, Skill, Track } from "./schema.ts";

export type TrackTarget = { skillId: string; target: number };

/** The loaded matrix with the look-ups every feature needs. Immutable once built. */
export class KnowledgeBase {
  readonly data: MatrixData;
  readonly areas: readonly Area[];
  readonly skills: readonly Skill[];
  readonly tracks: readonly Track[];
  readonly questions: readonly Question[];
  readonly #rankedTargets: Map<string, readonly TrackTarget[]>;
  readonly #areas: Map<string, Area>;
  readonly #skills: Map<string, Skill>;
  readonly #tracks: Map<string, Track>;
  readonly #questions: Map<string, Question>;
  readonly #questionsBySkill: Map<string, Question[]>;
  #exampleSkillId: string | undefined;

  constructor(data: MatrixData) {
    this.data = data;
    this.areas = data.areas;
    this.skills = data.skills;
    this.tracks = data.tracks;
    this.questions = data.questions;
    this.#areas = new Map(data.areas.map((a) => [a.id, a]));
    this.#skills = new Map(data.skills.map((s) => [s.id, s]));
    const skillOrder = new Map(data.skills.map((s, i) => [s.id, i]));
    this.#rankedTargets = new Map(
      data.tracks.map((track) => [
        track.id,
        Object.entries(track.targets)
          .map(([skillId, target]) => ({ skillId, target }))
          .sort(
            (a, b) =>
              b.target - a.target ||
              (skillOrder.get(a.skillId) ?? 0) - (skillOrder.get(b.skillId) ?? 0),
          ),
      ]),
    );
    this.#tracks = new Map(data.tracks.map((t) => [t.id, t]));
    this.#questions = new Map(data.questions.map((q) => [q.id, q]));
    this.#questionsBySkill = new Map();
    for (const question of data.questions) {
      const list = this.#questionsBySkill.get(question.skillId) ?? [];
      list.push(question);
      this.#questionsBySkill.set(question.skillId, list);
    }
  }

  get id(): string {
    return this.data.id;
  }

  get name(): string {
    return this.data.name;
  }

  area(id: string): Area | undefined {
    return this.#areas.get(id);
  }

  skill(id: string): Skill | undefined {
    return this.#skills.get(id);
  }

  track(id: string): Track | undefined {
    return this.#tracks.get(id);
  }

  /** A track's targets, highest first, then in matrix order: how its gaps are ranked. */
  rankedTargets(track: Track): readonly TrackTarget[] {
    return this.#rankedTargets.get(track.id) ?? [];
  }

  question(id: string): Question | undefined {
    return this.#questions.get(id);
  }

  /** The track a person is measured against until they pick one: matrix default, else the first. */
  get defaultTrack(): Track | undefined {
    return (this.data.defaultTrack && this.track(this.data.defaultTrack)) || this.tracks[0];
  }

  /** A skill of this matrix to show in examples ("rate python 3"): the default track's first. */
  get exampleSkillId(): string {
    this.#exampleSkillId ??=
      Object.keys(this.defaultTrack?.targets ?? {})[0] ?? this.skills[0]?.id ?? "<skill>";
    return this.#exampleSkillId;
  }

  /** A track (else an area) of this matrix to show in examples ("what should I learn for …?"). */
  get exampleTopicName(): string {
    return this.defaultTrack?.name ?? this.areas[0]?.name ?? this.name;
  }

  skillsIn(areaId: string): Skill[] {
    return this.skills.filter((s) => s.areaId === areaId);
  }

  questionsFor(skillId: string): readonly Question[] {
    return this.#questionsBySkill.get(skillId) ?? [];
  }

  /**
   * The given skills with every prerequisite before the skills that need it; ties keep the
   * order they were given in, so callers decide priority and this only enforces dependencies.
   */
  prerequisitesFirst(skillIds: readonly string[]): string[] {
    const wanted = new Set(skillIds);
    const placed = new Set<string>();
    const order: string[] = [];
    const place = (id: string, trail: Set<string>) => {
      if (placed.has(id) || trail.has(id)) return;
      trail.add(id);
      for (const prerequisite of this.skill(id)?.prerequisites ?? []) {
        if (wanted.has(prerequisite)) place(prerequisite, trail);
      }
      placed.add(id);
      order.push(id);
    };
    for (const id of skillIds) place(id, new Set());
    return order;
  }
}
