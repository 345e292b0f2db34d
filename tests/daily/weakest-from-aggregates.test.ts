import { beforeAll, describe, expect, it } from "vitest";
import { pickDailyQuestion } from "../../src/features/daily/pick-daily.ts";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { seededRandom, testBot } from "../helpers/core.ts";

// "quiz daily on weakest" posts its skill in public, so the skill must be chosen the way a team
// figure is shown, and as anyone may be the one re-rating to probe it: only from skills rated by
// five people besides any one of them, by their typical level. A skill nobody rated is not
// "weakest", and what fewer people rated must not steer the choice.

type Levels = Record<string, number>;

describe("the daily quiz's weakest skill, from team figures only", () => {
  let kb: KnowledgeBase;
  let atTarget: Levels;
  beforeAll(async () => {
    kb = (await testBot()).core.kb;
    atTarget = { ...kb.track("ml-engineer")?.targets };
  });
  const pick = (
    team: Levels[],
    recent: { date: string; questionId: string; areaId: string }[] = [],
  ) =>
    pickDailyQuestion({
      kb,
      topic: "weakest",
      track: kb.track("ml-engineer"),
      team,
      recent,
      today: "2026-11-26",
      random: seededRandom(3),
    });
  const withoutSkill = (levels: Levels, skillId: string): Levels =>
    Object.fromEntries(Object.entries(levels).filter(([id]) => id !== skillId));

  it("GIVEN six people who rated every skill but statistics, and sql low WHEN picking THEN sql is asked, not the skill nobody rated", () => {
    const team = Array.from({ length: 6 }, () => ({
      ...withoutSkill(atTarget, "statistics"),
      sql: 1,
    }));
    expect(pick(team)?.skillId).toBe("sql");
  });

  it("GIVEN statistics rated by only four people WHEN they rate it anything from 0 to 4 THEN the day's question is the same", () => {
    const questions = [0, 1, 2, 3, 4].map((level) => {
      const team = [
        ...Array.from({ length: 4 }, () => ({ ...atTarget, statistics: level })),
        withoutSkill(atTarget, "statistics"),
      ];
      return pick(team)?.id;
    });
    expect(questions[0]).toBeDefined();
    expect(new Set(questions).size).toBe(1);
    expect(kb.question(questions[0] ?? "")?.skillId).not.toBe("statistics");
  });

  it("GIVEN six members but no skill rated by five WHEN picking THEN the choice is the one made without any ratings", () => {
    const team = [...Array.from({ length: 4 }, () => ({ python: 4 })), { java: 0 }, { java: 0 }];
    expect(pick(team)?.id).toBe(pick([])?.id);
  });

  it("GIVEN the only skill six people rated has had every question lately WHEN picking THEN a question comes from the track's core skills, as without ratings", () => {
    const team = Array.from({ length: 6 }, () => ({ sql: 0 }));
    const recent = kb
      .questionsFor("sql")
      .map((q) => ({ date: "2026-11-20", questionId: q.id, areaId: "programming" }));
    const question = pick(team, recent);
    expect(question).toBeDefined();
    expect(question?.id).toBe(pick([], recent)?.id);
  });
  it("GIVEN sql rated by five, one of whom re-rates to probe WHEN the others' levels differ THEN neither the skill chosen nor the question's level tells them apart", () => {
    // Anyone sees the public question, and any rater can move their own rating: it needs five
    // raters besides any one of them, as a team figure needs five besides the asker.
    const asked = [
      [0, 0, 3, 3],
      [0, 0, 0, 3],
      [3, 3, 3, 3],
    ].map((others) => {
      const team = [
        ...others.map((level) => ({ ...withoutSkill(atTarget, "statistics"), sql: level })),
        { ...withoutSkill(atTarget, "statistics"), sql: 4 },
      ];
      const question = pick(team);
      return `${question?.skillId}@${question?.difficulty}`;
    });
    expect(new Set(asked).size).toBe(1);
  });
});
