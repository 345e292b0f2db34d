import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Person } from "../../src/core/events.ts";
import { keys } from "../../src/store/keys.ts";
import { QuizBook } from "../../src/store/quiz-book.ts";
import { type QuizLogEntry, RECENT_DAYS, totals } from "../../src/store/quiz-log.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { FakeClock } from "../helpers/core.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

const DAY = 24 * 60 * 60 * 1000;
const lin: Person = { platform: "discord", tenant: "G1", user: "lin" };
const openStore = memoryStores();

async function setUp() {
  const store = await openStore();
  const clock = new FakeClock("2026-11-27T09:00:00.000Z");
  return { store, clock, quizzes: new QuizBook(store, clock) };
}

const answer = (i: number, at: string, skillId = "sql"): QuizLogEntry => ({
  roundId: `r${i}`,
  questionId: `${skillId}-q${i % 7}`,
  skillId,
  difficulty: 1 + (i % 4),
  correct: i % 3 === 0,
  at,
});
const rawLog = (store: RecordStore) =>
  store.get(keys.quizLog(lin), z.record(z.string(), z.unknown()));

describe("quiz log", () => {
  it("GIVEN answers over two months THEN the last 30 days are kept one by one, and every answer is counted by skill and difficulty", async () => {
    const { clock, quizzes } = await setUp();
    for (let i = 0; i < 60; i++) {
      await quizzes.record(lin, answer(i, clock.now().toISOString(), i % 2 ? "sql" : "python"));
      clock.advance(DAY);
    }
    const log = await quizzes.log(lin);
    expect(log.recent.map((a) => a.roundId)).toEqual(
      Array.from({ length: RECENT_DAYS }, (_, i) => `r${60 - RECENT_DAYS + i}`),
    );
    expect(totals(log)).toEqual({ answered: 60, correct: 20 });
    // sql: the odd answers; difficulty 2 are i = 1, 5, 9, … (15 of them), right when i % 3 = 0.
    expect(log.scores.sql?.[2]).toEqual({ answered: 15, correct: 5 });
    expect(log.scores.python?.[1]).toEqual({ answered: 15, correct: 5 });
  });

  it("GIVEN a log an earlier version wrote (every answer one by one) THEN it reads the same way, and takes the new form at the next answer", async () => {
    const { store, clock, quizzes } = await setUp();
    const earlier = Array.from({ length: 1000 }, (_, i) =>
      answer(i, new Date(clock.now().getTime() - (1000 - i) * 3_600_000).toISOString()),
    );
    await store.set(keys.quizLog(lin), { answers: earlier });
    const read = await quizzes.log(lin);
    expect(totals(read)).toEqual({ answered: 1000, correct: 334 });
    // 1,000 hourly answers: the last 30 days hold the last 720.
    expect(read.recent).toEqual(earlier.slice(-720));

    await quizzes.record(lin, answer(1000, clock.now().toISOString()));
    const stored = await rawLog(store);
    expect(stored).not.toHaveProperty("answers");
    const after = await quizzes.log(lin);
    expect(totals(after)).toEqual({ answered: 1001, correct: 334 });
    expect(after.recent).toHaveLength(721);
    expect(after.scores).toEqual({
      sql: {
        ...read.scores.sql,
        1: {
          answered: (read.scores.sql?.[1]?.answered ?? 0) + 1,
          correct: read.scores.sql?.[1]?.correct,
        },
      },
    });
  });

  it("GIVEN a flood of answers in one day THEN only the latest thousand are kept one by one, and all are counted", async () => {
    const { store, clock, quizzes } = await setUp();
    const flood = Array.from({ length: 1500 }, (_, i) => answer(i, clock.now().toISOString()));
    await store.set(keys.quizLog(lin), { answers: flood.slice(0, 1499) });
    await quizzes.record(lin, flood[1499] ?? answer(0, ""));
    const log = await quizzes.log(lin);
    expect(log.recent).toEqual(flood.slice(-1000));
    expect(totals(log).answered).toBe(1500);
  });

  it("GIVEN answers from 10 days and from 1 hour ago WHEN the person is forgotten THEN only the live claim stays, emptied, for the time its round has left", async () => {
    const store = await openStore();
    const clock = new FakeClock("2026-11-27T09:00:00.000Z");
    const written: [string, unknown, number | undefined][] = [];
    const quizzes = new QuizBook(
      storeWith(store, {
        set: (key, value, ttlMs) => {
          written.push([key, value, ttlMs]);
          return store.set(key, value, ttlMs);
        },
      }),
      clock,
    );
    const at = (msAgo: number) => new Date(clock.now().getTime() - msAgo).toISOString();
    await quizzes.record(lin, answer(1, at(10 * DAY)));
    await quizzes.record(lin, answer(2, at(3_600_000)));
    written.length = 0;
    await quizzes.forget(lin);
    expect(written).toEqual([[keys.quizAnswer(lin, "r2"), {}, 8 * DAY - 3_600_000]]);
  });
});
