import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Person } from "../../src/core/events.ts";
import { keys } from "../../src/store/keys.ts";
import { People } from "../../src/store/people.ts";
import { HISTORY_LIMIT, type RatingEvent } from "../../src/store/rating-history.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { FakeClock } from "../helpers/core.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

const ana: Person = { platform: "slack", tenant: "T1", user: "ana" };
const openStore = memoryStores();

async function setUp(): Promise<{ store: RecordStore; people: People; clock: FakeClock }> {
  const store = await openStore();
  const clock = new FakeClock("2026-11-27T09:00:00.000Z");
  return { store, people: new People(store, clock), clock };
}

const rawPerson = (store: RecordStore) =>
  store.get(keys.person(ana), z.record(z.string(), z.unknown()));
const steps = (events: readonly RatingEvent[]) => events.map((e) => `${e.skillId}:${e.level}`);
const earlier = (count: number): RatingEvent[] =>
  Array.from({ length: count }, (_, i) => ({
    skillId: i % 2 ? "sql" : "python",
    level: i % 5,
    at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
  }));
const holdsHistory = (record: unknown) =>
  typeof record === "object" && record !== null && "history" in record;
/** A person's record as versions before the history's own record wrote it. */
const earlierRecord = (history: RatingEvent[]) => ({
  ratings: { python: { level: 2, ratedAt: history.at(-1)?.at } },
  history,
  mentor: false,
});

describe("rating history", () => {
  it("GIVEN ratings THEN each joins the history in order, and the person's record keeps only the latest", async () => {
    const { store, people, clock } = await setUp();
    await people.rate(ana, "python", 2);
    clock.advance(60_000);
    await people.rate(ana, "python", 3);
    await people.rate(ana, "sql", 1);
    expect(steps(await people.history(ana))).toEqual(["python:2", "python:3", "sql:1"]);
    const record = await rawPerson(store);
    expect(record).not.toHaveProperty("history");
    expect(record?.lastRating).toEqual({
      skillId: "sql",
      level: 1,
      at: "2026-11-27T09:01:00.000Z",
    });
  });

  it("GIVEN a record with its history inside (an earlier version) WHEN the person rates THEN the history moves out, in order, and the record shrinks", async () => {
    const { store, people } = await setUp();
    const before = earlier(40);
    await store.set(keys.person(ana), earlierRecord(before));
    expect(steps(await people.history(ana))).toEqual(steps(before));
    await people.rate(ana, "sql", 4);
    expect(steps(await people.history(ana))).toEqual([...steps(before), "sql:4"]);
    expect(await rawPerson(store)).not.toHaveProperty("history");
    expect((await people.get(ana)).ratings).toMatchObject({
      python: { level: 2 },
      sql: { level: 4 },
    });
  });

  it("GIVEN the move cut short after the merge WHEN the person rates again THEN nothing is lost and nothing doubled", async () => {
    const { store, people } = await setUp();
    const before = earlier(3);
    await store.set(keys.person(ana), earlierRecord(before));
    // The update that drops the moved history fails once, as if the store went away.
    let dropsToFail = 1;
    const flaky = storeWith(store, {
      update: (key, schema, change, ttlMs) =>
        store.update(
          key,
          schema,
          (current) => {
            const next = change(current);
            if (key === keys.person(ana) && holdsHistory(current) && !holdsHistory(next))
              if (dropsToFail-- > 0) throw new Error("store went away");
            return next;
          },
          ttlMs,
        ),
    });
    const flakyPeople = new People(flaky, new FakeClock("2026-11-27T09:00:00.000Z"));
    await expect(flakyPeople.rate(ana, "sql", 4)).rejects.toThrow();
    expect(steps(await people.history(ana))).toEqual([...steps(before), "sql:4"]);
    await flakyPeople.rate(ana, "sql", 3);
    expect(steps(await people.history(ana))).toEqual([...steps(before), "sql:4", "sql:3"]);
    expect(await rawPerson(store)).not.toHaveProperty("history");
  });

  it("GIVEN more ratings than the history keeps THEN the oldest go", async () => {
    const { store, people } = await setUp();
    const before = earlier(HISTORY_LIMIT);
    await store.set(keys.person(ana), earlierRecord(before));
    await people.rate(ana, "sql", 4);
    const history = await people.history(ana);
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]).toEqual(before[1]);
    expect(steps(history.slice(-1))).toEqual(["sql:4"]);
  });

  it("GIVEN a damaged line THEN it is skipped and the rest still read", async () => {
    const { store, people } = await setUp();
    await people.rate(ana, "python", 2);
    const key = keys.ratingHistory(ana);
    const stored = await store.get(key, z.object({ lines: z.string(), count: z.number() }));
    await store.set(key, { lines: `not a rating\n${stored?.lines}\n2026-13-01 sql x`, count: 3 });
    expect(steps(await people.history(ana))).toEqual(["python:2"]);
  });

  it("GIVEN a rated person WHEN forgotten THEN the history goes too", async () => {
    const { store, people } = await setUp();
    await people.rate(ana, "python", 2);
    await people.forget(ana);
    expect(await store.get(keys.ratingHistory(ana), z.unknown())).toBeUndefined();
    expect(await people.history(ana)).toEqual([]);
  });
});
