import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { reviewCard } from "../../src/features/review/deck.ts";
import { globalKeys, keys } from "../../src/store/keys.ts";
import { memoryStore } from "../../src/store/open-store.ts";
import { buttonsOf, person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

// Review records damaged in storage (written by an older or newer version, or by hand): the
// deck of one person, and the reminder list every team shares. What do people see?

const alice = person("alice");
const HOUR = 60 * 60 * 1000;

/** The real core on the memory store as open-store.ts builds it, with its records in hand. */
async function botOnRawMemory() {
  const records = new Map<string, unknown>();
  const store = memoryStore(records, silentLogger);
  const bot: TestBot = await testBot({ store });
  return {
    bot,
    records,
    write: (key: string, value: unknown) => void records.set(key, JSON.stringify({ value })),
    stored: (key: string) => JSON.parse(String(records.get(key))).value,
  };
}

/** Answers a quiz question wrongly; the question's id. */
async function missOne(bot: TestBot, user: string): Promise<string> {
  const quiz = await say(bot, user, "quiz sql");
  const roundId = buttonsOf(quiz)[0]?.value.split(":")[0] ?? "";
  const round = await bot.core.quizzes.round(person(user), roundId);
  const question = bot.core.kb.question(round?.questionId ?? "");
  const wrong = round?.order.findIndex((i) => i !== question?.answer) ?? 0;
  const reply = textOf(await press(bot, user, ACTIONS.quizAnswer, `${roundId}:${wrong}`));
  expect(reply).toMatch(/^Not quite/);
  return question?.id ?? "";
}

describe("the review reminder list, damaged", () => {
  it("GIVEN the reminder list fails its schema as a whole WHEN alice confirms forget-me THEN her data goes and the list is left for a repair", async () => {
    const { bot, records, write } = await botOnRawMemory();
    await say(bot, "alice", "rate sql 3");
    await missOne(bot, "alice");
    await say(bot, "alice", "review nudge on");
    write(globalKeys.reviewNudges, { people: "slack|T1|alice slack|T1|bob" });
    const list = records.get(globalKeys.reviewNudges);

    const reply = textOf(
      await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now())),
    );
    expect(reply).toMatch(/^Done/);
    expect(records.has(keys.reviewDeck(alice))).toBe(false);
    expect(records.has(keys.person(alice))).toBe(false);
    expect(records.get(globalKeys.reviewNudges)).toBe(list);
  });

  it("GIVEN the reminder list holds one entry in an odd shape WHEN bob turns reminders on and alice forgets herself THEN both work, and the readable entries stay", async () => {
    const { bot, write, stored } = await botOnRawMemory();
    write(globalKeys.reviewNudges, {
      people: ["slack|T1|alice", { user: "slack|T1|old" }, "slack|T1|cy"],
      zones: { "slack|T1|cy": "Europe/Paris" },
    });

    expect(textOf(await say(bot, "bob", "review nudge on"))).toMatch(/^I'll send you/);
    expect(
      textOf(await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()))),
    ).toMatch(/^Done/);
    expect(stored(globalKeys.reviewNudges)).toEqual({
      people: ["slack|T1|cy", "slack|T1|bob"],
      zones: { "slack|T1|cy": "Europe/Paris" },
    });
  });
});

describe("a review deck with one unreadable card", () => {
  it("GIVEN alice's deck with a due card and a card in a shape a newer version wrote WHEN she reviews and misses another question THEN the due card is served and the miss joins her deck", async () => {
    const { bot, write, stored } = await botOnRawMemory();
    const anHourAgo = new Date(bot.clock.now().getTime() - HOUR);
    const due = reviewCard(undefined, false, anHourAgo);
    write(keys.reviewDeck(alice), {
      cards: {
        "data-pipelines-1": due,
        "data-pipelines-2": { ...due, state: "Relearning" },
      },
    });

    const review = textOf(await say(bot, "alice", "review"));
    expect(review).toMatch(/1 question due for review/);
    expect(review).toMatch(/what does ETL stand for/);

    const missed = await missOne(bot, "alice");
    expect(Object.keys(stored(keys.reviewDeck(alice)).cards).sort()).toEqual(
      ["data-pipelines-1", missed].sort(),
    );
  });
});
