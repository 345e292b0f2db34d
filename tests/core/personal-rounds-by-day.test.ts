import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { buttonsOf, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

// The questions shown to a person alone are listed for forget-me. Listing one must not cost
// more for someone who quizzes a lot: a quiz reads no more than the questions shown that day,
// and forget-me still finds every question shown on any day one can still be answered.

const openMemory = memoryStores();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** `inner`, noting how many rounds were listed when each question shown was listed. */
function listingNoted(inner: RecordStore) {
  const seen: number[] = [];
  const store = storeWith(inner, {
    update: (key, schema, change, ttlMs) =>
      inner.update(
        key,
        schema,
        (current) => {
          if (key.includes(":personalrounds:")) seen.push(Object.keys(current ?? {}).length);
          return change(current);
        },
        ttlMs,
      ),
  });
  return { store, seen };
}

/** `inner`, noting every key anything writes, so a test can look at all that is still there. */
function keyNoting(inner: RecordStore) {
  const written = new Set<string>();
  const noted = (key: string) => {
    written.add(key);
    return key;
  };
  const store = storeWith(inner, {
    set: (key, value, ttlMs) => inner.set(noted(key), value, ttlMs),
    claim: (key, value, ttlMs) => inner.claim(noted(key), value, ttlMs),
    update: (key, schema, change, ttlMs) => inner.update(noted(key), schema, change, ttlMs),
  });
  const namingAlice = async () => {
    const lines: string[] = [];
    for (const key of written) {
      const value = await inner.get(key, z.unknown());
      if (value !== undefined && key.includes("alice"))
        lines.push(`${key} = ${JSON.stringify(value)}`);
    }
    return lines;
  };
  return { store, namingAlice };
}

const answerButtons = (reply: Awaited<ReturnType<typeof say>>) =>
  buttonsOf(reply).filter((b) => b.action === ACTIONS.quizAnswer);

async function quiz(bot: TestBot, user: string, topic: string) {
  expect(answerButtons(await say(bot, user, `quiz ${topic}`)).length).toBeGreaterThan(0);
}

describe("the questions shown to a person alone, listed day by day", () => {
  it("GIVEN alice was shown three questions a day for four days WHEN she is shown one on the fifth THEN listing it reads none of the earlier days' questions", async () => {
    const { store, seen } = listingNoted(await openMemory());
    const bot = await testBot({ store });
    for (let day = 0; day < 4; day++) {
      for (const topic of ["sql", "python", "git"]) {
        await quiz(bot, "alice", topic);
        bot.clock.advance(HOUR);
      }
      bot.clock.advance(DAY);
    }
    seen.length = 0;

    await quiz(bot, "alice", "docker");

    expect(seen).toEqual([0]);
  });

  it("GIVEN alice was shown a question on each of the last eight days, one just under eight days ago, WHEN she is forgotten THEN no record names her", async () => {
    const { store, namingAlice } = keyNoting(await openMemory());
    const bot = await testBot({ store });
    await quiz(bot, "alice", "sql");
    bot.clock.advance(DAY - HOUR);
    for (let day = 1; day < 8; day++) {
      await quiz(bot, "alice", day % 2 === 0 ? "git" : "python");
      bot.clock.advance(DAY);
    }
    expect((await namingAlice()).length).toBeGreaterThan(0);

    const reply = await press(
      bot,
      "alice",
      ACTIONS.forgetConfirm,
      forgetConfirmValue(bot.clock.now()),
    );

    expect(textOf(reply)).toMatch(/^Done/);
    expect(await namingAlice()).toEqual([]);
  });
});
