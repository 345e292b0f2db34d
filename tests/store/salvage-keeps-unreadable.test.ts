import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Keyv from "keyv";
import { afterEach, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { DeckSchema } from "../../src/features/review/deck.ts";
import { recordCodec } from "../../src/store/envelope.ts";
import { inProcessAtomic } from "../../src/store/in-process-atomic.ts";
import { keys } from "../../src/store/keys.ts";
import { KeyvRecordStore } from "../../src/store/keyv-store.ts";
import { openStore } from "../../src/store/open-store.ts";
import { type RecordStore, unreadableCopyKey } from "../../src/store/record-store.ts";
import { buttonsOf, person, press, say, testBot, textOf } from "../helpers/core.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";

// A record some of whose entries this version cannot read (a newer version wrote them, then was
// rolled back): the salvage reads the rest, and the next update writes the rest back. What was
// dropped must still be somewhere a repair can find it, not silently gone.

const AT = "2026-11-20T09:00:00.000Z";
const alice = person("alice");

/** The memory store as open-store.ts builds it, with its Map in hand. */
function rawMemory() {
  const records = new Map<string, unknown>();
  const log = recordingLogger();
  const keyv = new Keyv({
    store: records,
    useKeyPrefix: false,
    throwOnErrors: true,
    ...recordCodec,
  });
  const store = new KeyvRecordStore({ kind: "memory", keyv, atomic: inProcessAtomic(keyv), log });
  return {
    store,
    records,
    log,
    write: (key: string, value: unknown) => void records.set(key, JSON.stringify({ value })),
    stored: (key: string): unknown => {
      const raw = records.get(key);
      return typeof raw === "string" ? JSON.parse(raw).value : undefined;
    },
  };
}

/** Everything kept in the store, as one text: what a repair could still find. */
const everythingStored = (records: Map<string, unknown>) => [...records.values()].join("\n");

const fiveLevelEntry = (i: number) => ({
  roundId: `r${i}`,
  questionId: `sql-${i}`,
  skillId: "sql",
  difficulty: 5,
  correct: true,
  at: AT,
});

describe("an update after a salvage keeps what the salvage dropped", () => {
  it("GIVEN alice's quiz log whose recent answers are all at difficulty 5 and one count is odd WHEN she answers once more THEN her answer counts, and the dropped answers and count are kept for a repair and logged as an error", async () => {
    const { store, records, log, write, stored } = rawMemory();
    const bot = await testBot({ store });
    const original = {
      recent: [fiveLevelEntry(1), fiveLevelEntry(2), fiveLevelEntry(3)],
      scores: {
        sql: { "5": { answered: 120, correct: 90 } },
        python: { "2": { answered: "7", correct: 3 } },
      },
    };
    write(keys.quizLog(alice), original);

    const question = await say(bot, "alice", "quiz sql");
    const option = buttonsOf(question).find((b) => b.action === ACTIONS.quizAnswer);
    if (!option) throw new Error("the quiz question has no answer buttons");
    await press(bot, "alice", option.action, option.value);

    // Her new answer is in her log, as this version reads it.
    expect(stored(keys.quizLog(alice))).toMatchObject({ recent: [{ skillId: "sql" }] });
    expect(textOf(await say(bot, "alice", "profile"))).toMatch(/Quiz answers: 121,/);
    // What it could not read is still stored.
    const kept = everythingStored(records);
    for (const entry of original.recent) expect(kept).toContain(`"roundId":"${entry.roundId}"`);
    expect(kept).toContain('"answered":"7"');
    expect(kept).toContain('"answered":120');
    expect(
      log.entries.some(
        (e) => e.level === "error" && String(e.obj.key).includes(keys.quizLog(alice)),
      ),
    ).toBe(true);
  });

  it("GIVEN a review deck whose every card is in a shape this version cannot read WHEN it is updated THEN the cards are kept for a repair", async () => {
    const { store, records, write } = rawMemory();
    write(keys.reviewDeck(alice), {
      cards: { "sql-1": { due: 1, state: "Review" }, "sql-2": { due: 2, state: "Review" } },
    });

    await store.update(keys.reviewDeck(alice), DeckSchema, (deck) => ({
      cards: deck?.cards ?? {},
      timezone: "UTC",
    }));

    expect(await store.get(keys.reviewDeck(alice), DeckSchema)).toEqual({
      cards: {},
      timezone: "UTC",
    });
    expect(everythingStored(records)).toContain('"sql-1":{"due":1,"state":"Review"}');
    expect(everythingStored(records)).toContain('"sql-2":{"due":2,"state":"Review"}');
  });

  it("GIVEN a salvaged record read (and remembered) first WHEN it is updated THEN the dropped entries are still kept", async () => {
    const { store, records, write } = rawMemory();
    write(keys.reviewDeck(alice), { cards: { "sql-1": { due: 1, state: "Review" } } });
    expect(await store.get(keys.reviewDeck(alice), DeckSchema)).toEqual({ cards: {} });

    await store.update(keys.reviewDeck(alice), DeckSchema, () => ({ cards: {}, timezone: "UTC" }));

    expect(everythingStored(records)).toContain('"sql-1":{"due":1,"state":"Review"}');
  });

  it("GIVEN a kept copy of alice's quiz log WHEN she confirms forget-me THEN the copy goes too", async () => {
    const { store, records, write } = rawMemory();
    const bot = await testBot({ store });
    write(keys.quizLog(alice), { recent: [fiveLevelEntry(1)], scores: {} });
    const question = await say(bot, "alice", "quiz sql");
    const option = buttonsOf(question).find((b) => b.action === ACTIONS.quizAnswer);
    if (!option) throw new Error("the quiz question has no answer buttons");
    await press(bot, "alice", option.action, option.value);
    expect(everythingStored(records)).toContain('"roundId":"r1"');

    await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));

    expect(everythingStored(records)).not.toContain('"roundId":"r1"');
  });

  it("GIVEN a sound record WHEN it is updated THEN nothing else is written", async () => {
    const { store, records } = rawMemory();
    const Counter = z.object({ n: z.number() });
    await store.set("k", { n: 1 });
    await store.update("k", Counter, (c) => ({ n: (c?.n ?? 0) + 1 }));
    expect([...records.keys()]).toEqual(["k"]);
  });
});

const redisUrl = inject("redisUrl");
const backends = [
  { name: "memory", url: () => "memory://" },
  {
    name: "sqlite",
    url: () => `sqlite://${join(mkdtempSync(join(tmpdir(), "skillbot-salvage-")), "s.sqlite")}`,
  },
  { name: "redis", url: () => redisUrl ?? "redis://unused", skip: !redisUrl },
];
const Copies = z.object({ copies: z.array(z.object({ at: z.string(), record: z.unknown() })) });

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the copy of a salvaged record on ${backend.name}`, () => {
    const opened: RecordStore[] = [];
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it("GIVEN a deck with an unreadable card WHEN it is updated twice, then deleted THEN one copy of it as stored is kept until the delete", async () => {
      const store = await openStore(backend.url(), silentLogger);
      opened.push(store);
      const key = `sb:test:${Math.random().toString(36).slice(2)}:deck`;
      const original = { cards: { "sql-1": { due: 1, state: "Review" } } };
      await store.set(key, original);

      await store.update(key, DeckSchema, () => ({ cards: {}, timezone: "UTC" }));
      await store.update(key, DeckSchema, () => ({ cards: {}, timezone: "Europe/London" }));

      const kept = await store.get(unreadableCopyKey(key), Copies);
      expect(kept?.copies.map((copy) => copy.record)).toEqual([original]);
      await store.delete(key);
      expect(await store.get(unreadableCopyKey(key), Copies)).toBeUndefined();
    });
  });
}
