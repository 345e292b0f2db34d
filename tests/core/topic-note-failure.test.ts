import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { SkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import { buttonsOf, person, press, say, testBot, textOf } from "../helpers/core.ts";
import { storeWith } from "../helpers/store.ts";

// What the conversation is about ("it", "the list") is noted beside answers whose own writes
// matter more: a rating, a quiz answer. A failed note must not turn a saved rating or a logged
// answer into "I can't reach my storage", or the person retries and never sees the result.

async function botWithFailingTopicNotes() {
  const inner = await openStore("memory://", silentLogger);
  const failing = { on: false };
  const notes = (key: string) => /:topic(?:list)?:/.test(key);
  const store = storeWith(inner, {
    set: (key, value, ttlMs) =>
      failing.on && notes(key)
        ? Promise.reject(new SkillbotError({ code: "StoreUnavailable" }))
        : inner.set(key, value, ttlMs),
  });
  return { bot: await testBot({ store }), failing };
}

describe("a note of the conversation's topic that cannot be written", () => {
  it("GIVEN topic notes failing WHEN someone rates, lists ratings, quizzes and explains THEN each answers as usual and the ratings are saved", async () => {
    const { bot, failing } = await botWithFailingTopicNotes();
    failing.on = true;
    expect(textOf(await say(bot, "a", "rate sql 2"))).toMatch(/Saved: \*?\*?SQL/);
    expect(textOf(await say(bot, "a", "rate python 3, git 2"))).toMatch(/Saved/);
    expect((await bot.core.people.get(person("a"))).ratings).toMatchObject({
      sql: { level: 2 },
      python: { level: 3 },
      git: { level: 2 },
    });
    expect(textOf(await say(bot, "c", "quiz docker"))).toMatch(/Quiz: Docker/);
    expect(textOf(await say(bot, "c", "explain docker"))).toMatch(/Docker/);
    expect(textOf(await say(bot, "c", "explain docker"))).not.toMatch(/storage/);
  });

  it("GIVEN topic notes failing WHEN a quiz answer is pressed THEN the person learns whether they were right", async () => {
    const { bot, failing } = await botWithFailingTopicNotes();
    const question = await say(bot, "b", "quiz sql");
    const option = buttonsOf(question).find((b) => b.action === ACTIONS.quizAnswer);
    if (!option) throw new Error("no answer buttons");
    failing.on = true;
    bot.clock.advance(20_000);
    expect(textOf(await press(bot, "b", option.action, option.value))).toMatch(
      /Correct|Not quite|answer is/i,
    );
  });
});
