import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { buttonsOf, person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

// Forget me deletes everything that names the person. Questions shown to them alone and never
// answered are in no quiz log, yet each round names its owner: they must go too, not wait the
// eight days until they expire. A press on one of their buttons afterwards is told the question
// is closed, and leaves behind no more than a press on a question that never existed would.

const openMemory = memoryStores();

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
  /** Every record still stored, as `key = value`. */
  const stored = async () => {
    const lines: string[] = [];
    for (const key of written) {
      const value = await inner.get(key, z.unknown());
      if (value !== undefined) lines.push(`${key} = ${JSON.stringify(value)}`);
    }
    return lines;
  };
  return { store, written, stored };
}

const answerButtons = (reply: Awaited<ReturnType<typeof say>>) =>
  buttonsOf(reply).filter((b) => b.action === ACTIONS.quizAnswer);

async function forget(bot: TestBot, user: string) {
  return press(bot, user, ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));
}

describe("forget me with quiz questions shown but never answered", () => {
  it("GIVEN alice answered one question and was shown three she never answered WHEN she is forgotten THEN no record names her", async () => {
    const { store, stored } = keyNoting(await openMemory());
    const bot = await testBot({ store });
    await say(bot, "alice", "rate sql 2");
    const answered = answerButtons(await say(bot, "alice", "quiz git"))[0]?.value ?? "";
    expect(textOf(await press(bot, "alice", ACTIONS.quizAnswer, answered))).toMatch(
      /Correct|Not quite/,
    );
    for (const topic of ["sql", "python", "docker"]) {
      expect(answerButtons(await say(bot, "alice", `quiz ${topic}`)).length).toBeGreaterThan(0);
      bot.clock.advance(60_000);
    }
    expect((await stored()).filter((line) => line.includes("alice")).length).toBeGreaterThan(0);

    expect(textOf(await forget(bot, "alice"))).toMatch(/^Done/);

    expect((await stored()).filter((line) => line.includes("alice"))).toEqual([]);
  });

  it.each([
    ["an entry", ["a-round", 42]],
    ["the whole list", { not: "a list" }],
  ])(
    "GIVEN %s of the questions shown to alice unreadable WHEN she quizzes and is forgotten THEN both work, and the list is gone",
    async (_, damaged) => {
      const inner = await openMemory();
      const bot = await testBot({ store: inner });
      const today = keys.personalRounds(
        person("alice"),
        bot.clock.now().toISOString().slice(0, 10),
      );
      await inner.set(today, damaged);
      expect(answerButtons(await say(bot, "alice", "quiz sql")).length).toBeGreaterThan(0);
      await inner.set(today, damaged);

      expect(textOf(await forget(bot, "alice"))).toMatch(/^Done/);

      expect(await inner.get(today, z.unknown())).toBeUndefined();
    },
  );

  it("GIVEN alice forgotten WHEN she presses an option of a question shown before THEN she is told it is closed, and the press leaves no more than a press on a question that never existed", async () => {
    const { store, written, stored } = keyNoting(await openMemory());
    const bot = await testBot({ store });
    const old = answerButtons(await say(bot, "alice", "quiz sql"))[0]?.value ?? "";
    bot.clock.advance(60_000);
    await forget(bot, "alice");

    written.clear();
    const reply = await press(bot, "alice", ACTIONS.quizAnswer, old);
    expect(textOf(reply)).toMatch(/That question has expired/);
    const afterHerPress = (await stored()).map((line) => line.replaceAll("alice", "someone"));

    written.clear();
    await press(bot, "bob", ACTIONS.quizAnswer, "never-shown:0");
    const afterAFreshPress = (await stored()).map((line) => line.replaceAll("bob", "someone"));

    expect(afterHerPress).toEqual(afterAFreshPress);
    expect((await stored()).filter((line) => line.includes("alice"))).toEqual([]);
  });
});
