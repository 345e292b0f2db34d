import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../src/core/actions.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { person, press, say, testBot, textOf } from "../helpers/core.ts";
import { memoryStores, storeWith } from "../helpers/store.ts";

// What a follow-up refers to is noted on every rating, explanation and quiz question: "it" is
// one write, read by nobody then, and "the list" ("the first one") is written only by a reply
// that shows one. A record from before they were kept apart still reads for its last hour.

const openMemory = memoryStores();

/** `inner`, noting every key read that holds what the person last talked about. */
function topicReadsNoted(inner: RecordStore) {
  const reads: string[] = [];
  const store = storeWith(inner, {
    get: (key, schema) => {
      if (key.includes(":topic")) reads.push(key);
      return inner.get(key, schema);
    },
  });
  return { store, reads };
}

describe("'it' and 'the list' kept apart", () => {
  it("GIVEN ann was shown a path WHEN she rates sql, has docker explained and takes a sql question THEN noting each reads nothing, and the path's second step is still 'the second one'", async () => {
    const { store, reads } = topicReadsNoted(await openMemory());
    const bot = await testBot({ store });
    const path = await say(bot, "ann", "what should I learn for MLOps?");
    const second = path.blocks.flatMap((b) => (b.kind === "skills" ? b.items : []))[1]?.skillId;
    expect(second).toBeDefined();

    reads.length = 0;
    await say(bot, "ann", "rate sql 3");
    await say(bot, "ann", "explain docker");
    await say(bot, "ann", "quiz sql");
    expect(reads).toEqual([]);

    await say(bot, "ann", "quiz me on the second one");
    expect((await bot.core.quizzes.lastShown(person("ann")))?.skillId).toBe(second);
  });

  it("GIVEN a topic noted as one record, 'it' and its list together, a minute ago WHEN quiz me on the second one / quiz me on it THEN the list's second skill, then the skill it names", async () => {
    const bot = await testBot();
    const at = bot.clock.now().toISOString();
    const asBefore = { kind: "skill", id: "docker", at, steps: ["sql", "git", "python"] };
    await bot.store.set(keys.conversationTopic(person("bea")), asBefore);
    bot.clock.advance(60_000);

    await say(bot, "bea", "quiz me on the second one");
    expect((await bot.core.quizzes.lastShown(person("bea")))?.skillId).toBe("git");

    await bot.store.set(keys.conversationTopic(person("cy")), asBefore);
    await say(bot, "cy", "quiz me on it");
    expect((await bot.core.quizzes.lastShown(person("cy")))?.skillId).toBe("docker");
  });

  it("GIVEN ann was shown a path and then had docker explained WHEN she is forgotten THEN neither 'it' nor the list is kept", async () => {
    const bot = await testBot();
    await say(bot, "ann", "what should I learn for MLOps?");
    await say(bot, "ann", "explain docker");
    const stored = () =>
      Promise.all(
        [keys.conversationTopic, keys.conversationList].map((key) =>
          bot.store.get(key(person("ann")), z.unknown()),
        ),
      );
    expect((await stored()).every((value) => value !== undefined)).toBe(true);

    const reply = await press(
      bot,
      "ann",
      ACTIONS.forgetConfirm,
      forgetConfirmValue(bot.clock.now()),
    );

    expect(textOf(reply)).toMatch(/^Done/);
    expect(await stored()).toEqual([undefined, undefined]);
  });
});
