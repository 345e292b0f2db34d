import { describe, expect, it } from "vitest";
import { SkillbotError } from "../../src/core/errors.ts";
import { keys } from "../../src/store/keys.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { person, say, testBot, textOf } from "../helpers/core.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

// A rating reported as failed ("I can't reach my storage") may have landed all the same: a
// Redis that answered after the deadline. The person gives it again, as the reply asks: their
// history must show it once.

const openMemory = memoryStores();
const alice = person("alice");
const NO_STORAGE = /I can't reach my storage/;

/** The bot on a store whose update of `key`, once armed, is carried out, then reported as failed. */
async function landsButFailsOnce(key: string) {
  const inner = await openMemory();
  let pending = false;
  const store: RecordStore = storeWith(inner, {
    update: async (k, schema, change, ttlMs) => {
      const result = await inner.update(k, schema, change, ttlMs);
      if (k === key && pending) {
        pending = false;
        throw new SkillbotError({ code: "StoreUnavailable" });
      }
      return result;
    },
  });
  const failNext = () => {
    pending = true;
  };
  return { bot: await testBot({ store }), failNext };
}

const steps = async (bot: Awaited<ReturnType<typeof testBot>>) =>
  (await bot.core.people.history(alice)).map((e) => `${e.skillId}:${e.level}`);

describe("a rating given again after a failure it survived", () => {
  it.each([
    ["her history", keys.ratingHistory(alice)],
    ["her record", keys.person(alice)],
  ])(
    "GIVEN saving %s lands but is reported as failed WHEN alice gives the rating again a minute later THEN her history shows it once",
    async (_, key) => {
      const { bot, failNext } = await landsButFailsOnce(key);
      await say(bot, "alice", "rate python 1");
      bot.clock.advance(60_000);
      failNext();
      expect(textOf(await say(bot, "alice", "rate sql 3"))).toMatch(NO_STORAGE);
      bot.clock.advance(60_000);
      expect(textOf(await say(bot, "alice", "rate sql 3"))).toMatch(/^Saved: SQL at 3/);

      expect(await steps(bot)).toEqual(["python:1", "sql:3"]);
    },
  );

  it("GIVEN alice rates sql 3, then 2, then 3 again, and 3 again the next day THEN each change, and the day-later confirmation, is in her history", async () => {
    const bot = await testBot();
    await say(bot, "alice", "rate sql 3");
    bot.clock.advance(60_000);
    await say(bot, "alice", "rate sql 2");
    bot.clock.advance(60_000);
    await say(bot, "alice", "rate sql 3");
    bot.clock.advance(24 * 60 * 60_000);
    await say(bot, "alice", "rate sql 3");

    expect(await steps(bot)).toEqual(["sql:3", "sql:2", "sql:3", "sql:3"]);
  });
});
