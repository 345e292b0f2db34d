import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { suggestedLevel } from "../../src/features/calibration.ts";
import { dueCards } from "../../src/features/review/deck.ts";
import { sendReviewNudges } from "../../src/features/review/review.ts";
import { globalKeys } from "../../src/store/keys.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { QuizLogEntry, SkillScores } from "../../src/store/quiz-log.ts";
import { buttonsOf, person, press, say, testBot, textOf } from "../helpers/core.ts";
import { matrixWithout } from "../helpers/matrix-without.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function missOne(bot: Awaited<ReturnType<typeof testBot>>, user: string) {
  const quiz = await say(bot, user, "quiz sql");
  const roundId = buttonsOf(quiz)[0]?.value.split(":")[0] ?? "";
  const round = await bot.core.quizzes.round(person(user), roundId);
  const q = bot.core.kb.question(round?.questionId ?? "");
  const wrong = round?.order.findIndex((i) => i !== q?.answer) ?? 0;
  await press(bot, user, ACTIONS.quizAnswer, `${roundId}:${wrong}`);
  return q?.id ?? "";
}

describe("spaced repetition", () => {
  it("GIVEN a missed question WHEN time passes THEN it is due per FSRS and `review` serves it privately", async () => {
    const bot = await testBot();
    const questionId = await missOne(bot, "rio");
    const deck = await bot.core.decks.get(person("rio"));
    expect(Object.keys(deck.cards)).toEqual([questionId]);
    expect(dueCards(deck, bot.clock.now())).toEqual([]);
    expect(textOf(await say(bot, "rio", "review"))).toMatch(/Nothing to review/);
    bot.clock.advance(10 * MINUTE);
    const review = await say(bot, "rio", "review");
    expect(review.visibility).toBe("private");
    expect(textOf(review)).toMatch(/1 question due for review/);
  });

  it("GIVEN the same due card asked for twice and both rounds answered THEN the card moves on once", async () => {
    const bot = await testBot();
    const questionId = await missOne(bot, "rio");
    bot.clock.advance(10 * MINUTE);
    const rounds = [await say(bot, "rio", "review"), await say(bot, "rio", "review")];
    for (const review of rounds) {
      const roundId = buttonsOf(review)[0]?.value.split(":")[0] ?? "";
      const round = await bot.core.quizzes.round(person("rio"), roundId);
      const right = round?.order.indexOf(bot.core.kb.question(questionId)?.answer ?? -1) ?? 0;
      bot.clock.advance(MINUTE);
      await press(bot, "rio", ACTIONS.quizAnswer, `${roundId}:${right}`);
    }
    const card = (await bot.core.decks.get(person("rio"))).cards[questionId];
    // The miss, then one review: the second answer was to the same card, already reviewed.
    expect(card?.reps).toBe(2);
  });

  it("GIVEN a reviewed card answered right WHEN scheduled again THEN it moves days out, not minutes", async () => {
    const bot = await testBot();
    const questionId = await missOne(bot, "rio");
    await bot.core.decks.answered(
      person("rio"),
      questionId,
      true,
      new Date(bot.clock.now().getTime() + 10 * MINUTE),
    );
    await bot.core.decks.answered(
      person("rio"),
      questionId,
      true,
      new Date(bot.clock.now().getTime() + 30 * MINUTE),
    );
    const card = (await bot.core.decks.get(person("rio"))).cards[questionId];
    expect(Date.parse(card?.due ?? "") - bot.clock.now().getTime()).toBeGreaterThan(DAY / 2);
  });

  it("GIVEN reminders on and due cards WHEN the scheduler runs twice a day THEN one DM that day, none for people who opted out", async () => {
    const bot = await testBot();
    await missOne(bot, "rio");
    await missOne(bot, "sam");
    await say(bot, "rio", "review nudge on");
    const outbox = new RecordingOutbox();
    bot.clock.advance(DAY);
    await sendReviewNudges(bot.core, outbox, bot.clock.now());
    bot.clock.advance(MINUTE * 60);
    await sendReviewNudges(bot.core, outbox, bot.clock.now());
    expect(
      outbox.sent.filter((s) => s.kind === "dm").map((s) => (s.kind === "dm" ? s.person.user : "")),
    ).toEqual(["rio"]);
    await say(bot, "rio", "review nudge off");
    bot.clock.advance(DAY);
    await sendReviewNudges(bot.core, outbox, bot.clock.now());
    expect(outbox.sent.filter((s) => s.kind === "dm")).toHaveLength(1);
  });
});

describe("when reminders go out", () => {
  it("GIVEN someone in Berlin and someone with no known zone WHEN the scheduler ticks all day THEN each gets one DM, at 09:00 their time", async () => {
    const bot = await testBot();
    bot.clock.set("2026-11-23T10:00:00Z");
    await missOne(bot, "rio");
    await missOne(bot, "sam");
    await bot.bot.handle({
      type: "text",
      person: person("rio"),
      where: { channel: "D1", kind: "dm", audience: "private" },
      timezone: "Europe/Berlin",
      text: "review nudge on",
    });
    await say(bot, "sam", "review nudge on");
    const outbox = new RecordingOutbox();
    const sentAt: Record<string, string> = {};
    for (let minute = 0; minute < 24 * 60; minute += 15) {
      const now = new Date(Date.parse("2026-11-24T00:00:00Z") + minute * MINUTE);
      const before = outbox.sent.length;
      await sendReviewNudges(bot.core, outbox, now);
      for (const sent of outbox.sent.slice(before))
        if (sent.kind === "dm") sentAt[sent.person.user] = now.toISOString();
    }

    expect(outbox.sent.filter((s) => s.kind === "dm")).toHaveLength(2);
    expect(sentAt).toEqual({
      rio: "2026-11-24T08:00:00.000Z",
      sam: "2026-11-24T09:00:00.000Z",
    });
  });
});

describe("reminders for people who opted in before zones were kept", () => {
  it("GIVEN an opt-in with no zone WHEN they answer from Los Angeles THEN reminders come from 09:00 there, never at night", async () => {
    const bot = await testBot();
    bot.clock.set("2026-11-23T18:00:00Z");
    // What `review nudge on` stored before zones were kept.
    await bot.core.store.set(globalKeys.reviewNudges, { people: ["slack|T1|lee"] });
    const where = { channel: "D1", kind: "dm", audience: "private" } as const;
    const asLee = { person: person("lee"), where, timezone: "America/Los_Angeles" };
    const quiz = await bot.bot.handle({ type: "text", ...asLee, text: "quiz sql" });
    const roundId = buttonsOf(quiz)[0]?.value.split(":")[0] ?? "";
    const round = await bot.core.quizzes.round(person("lee"), roundId);
    const q = bot.core.kb.question(round?.questionId ?? "");
    const wrong = round?.order.findIndex((i) => i !== q?.answer) ?? 0;
    await bot.bot.handle({
      type: "action",
      ...asLee,
      action: ACTIONS.quizAnswer,
      value: `${roundId}:${wrong}`,
    });
    const outbox = new RecordingOutbox();
    const sentAt: string[] = [];
    for (let minute = 0; minute < 24 * 60; minute += 15) {
      const now = new Date(Date.parse("2026-11-24T00:00:00Z") + minute * MINUTE);
      if ((await sendReviewNudges(bot.core, outbox, now)) > 0) sentAt.push(now.toISOString());
    }

    const laHour = (iso: string) =>
      Number(
        new Date(iso).toLocaleString("en-US", {
          timeZone: "America/Los_Angeles",
          hour: "numeric",
          hourCycle: "h23",
        }),
      );
    expect(sentAt.length).toBeGreaterThan(0);
    expect(sentAt.map(laHour).every((hour) => hour >= 9)).toBe(true);
    expect(sentAt).toContain("2026-11-24T17:00:00.000Z");
  });
});

describe("review after the matrix changed", () => {
  it("GIVEN a due card whose question left the matrix WHEN reminders run THEN no DM promises a review that cannot come", async () => {
    const store = await openStore("memory://", silentLogger);
    const before = await testBot({ store });
    const removed = await missOne(before, "rio");
    await say(before, "rio", "review nudge on");
    const matrix = matrixWithout([removed]);
    try {
      const after = await testBot({ store, env: { SKILLBOT_MATRIX: matrix.dir } });
      after.clock.set(before.clock.now().toISOString());
      after.clock.advance(DAY);
      const outbox = new RecordingOutbox();

      expect(await sendReviewNudges(after.core, outbox, after.clock.now())).toBe(0);
      expect(outbox.sent).toEqual([]);
    } finally {
      matrix.remove();
    }
  });
});

describe("the review reminder", () => {
  it("GIVEN the reminder THEN its button starts the review, where the person's records are: no command to type in a DM", async () => {
    const bot = await testBot();
    await missOne(bot, "rio");
    await say(bot, "rio", "review nudge on");
    const outbox = new RecordingOutbox();
    bot.clock.advance(DAY);
    await sendReviewNudges(bot.core, outbox, bot.clock.now());
    const [sent] = outbox.sent;
    const reminder = sent?.kind === "dm" ? sent.reply : undefined;
    const [button] = reminder ? buttonsOf(reminder) : [];
    expect(button?.action).toBe(ACTIONS.reviewStart);
    const started = await press(bot, "rio", button?.action ?? "", button?.value ?? "");
    expect(textOf(started)).toMatch(/1 question due for review/);
  });
});

describe("calibration", () => {
  const answers = (
    skillId: string,
    difficulty: number,
    right: number,
    wrong: number,
  ): QuizLogEntry[] => [
    ...Array.from({ length: right }, (_, i) => ({
      roundId: `r${difficulty}${i}`,
      questionId: "q",
      skillId,
      difficulty,
      correct: true,
      at: "2026-11-26T00:00:00.000Z",
    })),
    ...Array.from({ length: wrong }, (_, i) => ({
      roundId: `w${difficulty}${i}`,
      questionId: "q",
      skillId,
      difficulty,
      correct: false,
      at: "2026-11-26T00:00:00.000Z",
    })),
  ];

  /** One skill's answers counted by difficulty, from `[difficulty, right, wrong]`. */
  const scores = (...counts: [number, number, number][]): SkillScores =>
    Object.fromEntries(
      counts.map(([difficulty, right, wrong]) => [
        difficulty,
        { answered: right + wrong, correct: right },
      ]),
    );

  it("GIVEN too few answers WHEN calibrating THEN no verdict", () => {
    expect(suggestedLevel(scores([3, 0, 3]), 3)).toBeUndefined();
  });

  it("GIVEN failed questions at the rated level WHEN calibrating THEN one level lower is suggested", () => {
    expect(suggestedLevel(scores([2, 3, 0], [3, 0, 3]), 3)).toBe(2);
  });

  it("GIVEN passed harder questions WHEN calibrating THEN the higher level is suggested; failed harder ones say nothing", () => {
    expect(suggestedLevel(scores([4, 4, 0]), 3)).toBe(4);
    expect(suggestedLevel(scores([4, 0, 4]), 3)).toBeUndefined();
  });

  it("GIVEN a mismatch WHEN the person opens their profile THEN it says so, privately", async () => {
    const bot = await testBot();
    await say(bot, "lin", "rate sql 3");
    for (const entry of [...answers("sql", 2, 2, 0), ...answers("sql", 3, 0, 3)])
      await bot.core.quizzes.record(person("lin"), entry);
    const profile = await say(bot, "lin", "profile");
    expect(profile.visibility).toBe("private");
    expect(textOf(profile)).toMatch(/You rated yourself 3 in SQL; your quiz answers suggest 2/);
  });
});
