import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { silentLogger } from "../../src/core/ports.ts";
import { DeckSchema } from "../../src/features/review/deck.ts";
import { openStore } from "../../src/store/open-store.ts";
import { PersonRecordSchema } from "../../src/store/people.ts";
import { QuizRoundSchema } from "../../src/store/quiz-book.ts";
import { QuizLogSchema } from "../../src/store/quiz-log.ts";
import type { RecordStore } from "../../src/store/record-store.ts";

// The store checks records with compiled schemas (z.compile), for speed. These are the records
// read on nearly every interaction: compiled, each must accept, fill in and reject exactly as
// the schema itself does, issues included.
const AT = "2026-11-27T05:00:00.000Z";
const cases: [string, z.ZodType, unknown[]][] = [
  [
    "person",
    PersonRecordSchema,
    [
      {},
      { ratings: { python: { level: 3, ratedAt: AT } }, history: [], mentor: true, track: "mlops" },
      { ratings: { python: { level: 3, ratedAt: AT, extra: 1 } }, unknown: "dropped" },
      { ratings: { python: { level: 7, ratedAt: AT } } },
      { ratings: { python: { level: 2.5, ratedAt: AT } } },
      { ratings: { python: { level: 2, ratedAt: "yesterday" } } },
      { history: [{ skillId: "sql", level: 1, at: AT }, { skillId: "sql" }] },
      { lastRating: { skillId: "sql", level: 1, at: AT } },
      { lastRating: { skillId: "sql", level: 5, at: "soon" } },
      { ratings: [] },
      "not a record",
      null,
    ],
  ],
  [
    "quiz log",
    QuizLogSchema,
    [
      {},
      {
        recent: [
          { roundId: "r1", questionId: "q1", skillId: "sql", difficulty: 2, correct: true, at: AT },
        ],
        scores: { sql: { 2: { answered: 3, correct: 1 } } },
      },
      { scores: { sql: { 2: { answered: -1, correct: 0 } } } },
      {
        answers: [
          { roundId: "r1", questionId: "q1", skillId: "sql", difficulty: 2, correct: true, at: AT },
        ],
      },
      {
        answers: [
          { roundId: "r1", questionId: "q1", skillId: "sql", difficulty: 5, correct: 1, at: AT },
        ],
      },
    ],
  ],
  [
    "quiz round",
    QuizRoundSchema,
    [
      { id: "r1", questionId: "q1", order: [2, 0, 1], channel: "C1", createdAt: AT },
      {
        id: "r1",
        questionId: "q1",
        order: [0],
        channel: "C1",
        createdAt: AT,
        daily: { date: "2026-11-27", revealAt: AT },
      },
      { id: "r1", questionId: "q1", order: [-1], channel: "C1", createdAt: AT },
    ],
  ],
  ["review deck", DeckSchema, [{}, { cards: { q1: { due: AT } } }]],
];

describe("compiled record schemas", () => {
  it.each(cases)(
    "GIVEN %s records, good and bad WHEN checked compiled THEN the result and issues are the schema's own",
    (_, schema, samples) => {
      const compiled = z.compile(schema);
      for (const sample of samples)
        expect(compiled.safeParse(sample)).toEqual(schema.safeParse(sample));
    },
  );
});

describe("records read through the store", () => {
  const stores: RecordStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
  });

  it("GIVEN a stored person record with defaults missing, an unknown key and then a bad level WHEN read THEN the first is filled in and stripped, the second reads without that rating", async () => {
    const store = await openStore("memory://", silentLogger);
    stores.push(store);
    await store.set("p1", { ratings: { python: { level: 3, ratedAt: AT } }, unknown: "x" });
    await store.set("p2", { ratings: { python: { level: 9, ratedAt: AT } } });

    expect(await store.get("p1", PersonRecordSchema)).toEqual({
      ratings: { python: { level: 3, ratedAt: AT } },
      mentor: false,
    });
    expect(await store.get("p2", PersonRecordSchema)).toEqual({ ratings: {}, mentor: false });
  });
});
