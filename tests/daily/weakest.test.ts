import { beforeAll, describe, expect, it } from "vitest";
import { pickDailyQuestion, shiftDate } from "../../src/features/daily/pick-daily.ts";
import type { KnowledgeBase } from "../../src/knowledge/knowledge-base.ts";
import { seededRandom, testBot } from "../helpers/core.ts";

describe("the daily question for a channel", () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = (await testBot()).core.kb;
  });
  const base = () => ({
    kb,
    topic: "weakest" as const,
    track: kb.track("ml-engineer"),
    recent: [],
    today: "2026-11-26",
    random: seededRandom(3),
  });

  it("GIVEN fewer than five raters WHEN picking THEN the question is about one of the track's core skills", () => {
    const question = pickDailyQuestion({ ...base(), team: [{ python: 4 }, { python: 4 }] });
    const target = kb.track("ml-engineer")?.targets[question?.skillId ?? ""] ?? 0;
    expect(target).toBeGreaterThanOrEqual(3);
  });

  it("GIVEN one rater WHEN the day's question is picked THEN its difficulty (shown in public) is the same whatever their private rating", () => {
    const topic = { kind: "skill" as const, id: "sql" };
    const difficulties = [0, 1, 2, 3, 4].map(
      (level) =>
        pickDailyQuestion({ ...base(), topic, team: [{ sql: level }], random: seededRandom(5) })
          ?.difficulty,
    );
    expect(new Set(difficulties).size).toBe(1);
    expect(difficulties[0]).toBe(2);
  });

  it("GIVEN six raters all strong except in statistics WHEN picking THEN the team's weakest skill is asked", () => {
    const track = kb.track("ml-engineer");
    const strong = Object.fromEntries(
      Object.entries(track?.targets ?? {}).map(([id, t]) => [id, t]),
    );
    const team = Array.from({ length: 6 }, () => ({ ...strong, statistics: 0 }));
    expect(pickDailyQuestion({ ...base(), team })?.skillId).toBe("statistics");
  });

  it("GIVEN a month of daily posts WHEN picking each day THEN no question repeats within 30 days and areas rotate", () => {
    const recent: { date: string; questionId: string; areaId: string }[] = [];
    const random = seededRandom(11);
    for (let day = 0; day < 30; day++) {
      const today = shiftDate("2026-11-01", day);
      const question = pickDailyQuestion({ ...base(), team: [], recent, today, random });
      if (!question) throw new Error(`nothing to ask on ${today}`);
      recent.push({
        date: today,
        questionId: question.id,
        areaId: kb.skill(question.skillId)?.areaId ?? "",
      });
    }
    expect(new Set(recent.map((r) => r.questionId)).size).toBe(30);
    for (let i = 1; i < recent.length; i++)
      expect(recent[i]?.areaId).not.toBe(recent[i - 1]?.areaId);
    expect(new Set(recent.slice(0, 8).map((r) => r.areaId)).size).toBeGreaterThanOrEqual(7);
  });

  it("GIVEN a skill topic WHEN every question was asked in the last 30 days THEN nothing repeats; after 30 days they come back", () => {
    const questions = kb.questionsFor("sql");
    const recent = questions.map((q) => ({
      date: "2026-11-20",
      questionId: q.id,
      areaId: "programming",
    }));
    const topic = { kind: "skill" as const, id: "sql" };
    expect(
      pickDailyQuestion({ ...base(), topic, team: [], recent, today: "2026-11-26" }),
    ).toBeUndefined();
    expect(
      pickDailyQuestion({ ...base(), topic, team: [], recent, today: "2026-12-21" })?.skillId,
    ).toBe("sql");
  });
});
