import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { asker, buttonsOf, person, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

const CHANNEL = { channel: "C-team", kind: "channel" as const, audience: "public" as const };
const TARGET = { platform: "slack" as const, tenant: "T1", channel: "C-team" };

async function dailySetup(): Promise<{
  bot: TestBot;
  outbox: RecordingOutbox;
  post: () => Promise<Reply>;
}> {
  const bot = await testBot();
  bot.clock.set("2026-11-23T00:00:00Z");
  await bot.bot.handle({
    type: "text",
    ...asker("admin", CHANNEL),
    canManageChannel: true,
    text: "quiz daily on 09:00 UTC sql",
  });
  const outbox = new RecordingOutbox();
  const post = async () => {
    const before = outbox.posts.length;
    await runDue(bot.core, outbox, bot.clock.now());
    const question = outbox.posts.slice(before).find((p) => !p.key.startsWith("reveal:"));
    if (!question) throw new Error("no question posted");
    return question.reply;
  };
  return { bot, outbox, post };
}

const pressAs = (bot: TestBot, user: string, value: string) =>
  bot.bot.handle({ type: "action", ...asker(user, CHANNEL), action: ACTIONS.quizAnswer, value });

/** How many answers the tally of the round behind a question's `buttons` holds. */
async function answersCounted(bot: TestBot, buttons: readonly { value: string }[]) {
  const roundId = buttons[0]?.value.split(":")[0] ?? "";
  const counts = await bot.core.quizzes.tally(TARGET, roundId, buttons.length);
  return counts.reduce((a, b) => a + b, 0);
}

describe("daily quiz answers and reveal", () => {
  it("GIVEN the day's question WHEN someone answers THEN it is confirmed privately without giving the answer away", async () => {
    const { bot, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const question = await post();
    expect(question.visibility).toBe("public");
    const reply = await pressAs(bot, "ana", buttonsOf(question)[0]?.value ?? "");
    expect(reply.visibility).toBe("private");
    expect(textOf(reply)).toMatch(/Got it: you chose/);
    expect(textOf(reply)).not.toMatch(/Correct|Not quite|The answer:/);
  });

  it("GIVEN 50 concurrent presses by one person WHEN they race THEN one answer counts in the tally", async () => {
    const { bot, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const question = await post();
    const buttons = buttonsOf(question);
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        pressAs(bot, "ana", buttons[i % buttons.length]?.value ?? ""),
      ),
    );
    expect(replies.filter((r) => /Got it/.test(textOf(r)))).toHaveLength(1);
    expect(await answersCounted(bot, buttons)).toBe(1);
  });

  it("GIVEN answers from several people WHEN revealed THEN the answer, the explanation, counts per option without names, and the top three streaks", async () => {
    const { bot, outbox, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const question = await post();
    const buttons = buttonsOf(question);
    for (const [user, index] of [
      ["ana", 0],
      ["bo", 1],
      ["cy", 1],
      ["dee", 2],
      ["eli", 1],
    ] as const) {
      await bot.bot.handle({
        type: "action",
        person: { ...person(user), displayName: `${user.toUpperCase()} Person` },
        where: CHANNEL,
        action: ACTIONS.quizAnswer,
        value: buttons[index]?.value ?? "",
      });
    }
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const reveal = outbox.posts.find((p) => p.key.startsWith("reveal:"));
    const text = textOf(reveal?.reply ?? { visibility: "public", blocks: [], summary: "" });
    const roundId = buttons[0]?.value.split(":")[0] ?? "";
    const round = await bot.core.quizzes.round(TARGET, roundId);
    const q = bot.core.kb.question(round?.questionId ?? "");
    expect(text).toContain(`The answer: ${q?.options[q.answer]}`);
    expect(text).toContain(q?.explanation ?? "?");
    expect(text).toMatch(/5 answers:/);
    for (const [shown, count] of [
      [0, 1],
      [1, 3],
      [2, 1],
    ] as const) {
      const option = q?.options[round?.order[shown] ?? -1] ?? "?";
      expect(text).toMatch(
        new RegExp(`${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: ${count}`),
      );
    }
    expect(text).toMatch(/Longest streaks today: (ANA|BO|CY|DEE|ELI) Person \(1\)/);
    expect(text).not.toMatch(/ana|bo\b|cy\b|dee\b|eli\b/);
    const late = await pressAs(bot, "eve", buttons[0]?.value ?? "");
    expect(textOf(late)).toMatch(/closed, so answers to it no longer count/);
  });

  it("GIVEN fewer than five answers WHEN revealed THEN no counts per option, only how many answered", async () => {
    const { bot, outbox, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const buttons = buttonsOf(await post());
    await pressAs(bot, "ana", buttons[1]?.value ?? "");
    await pressAs(bot, "bo", buttons[2]?.value ?? "");
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const reveal = outbox.posts.find((p) => p.key.startsWith("reveal:"));
    const text = textOf(reveal?.reply ?? { visibility: "public", blocks: [], summary: "" });
    expect(text).toMatch(/^2 answers\.$/m);
    expect(text).not.toMatch(/: [0-2]$/m);
    expect(text).toMatch(/The answer: /);
  });

  it("GIVEN five answers all on one option WHEN revealed THEN no counts per option, and no word that they all chose one", async () => {
    const { bot, outbox, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const buttons = buttonsOf(await post());
    for (const user of ["ana", "bo", "cy", "dee", "eli"])
      await pressAs(bot, user, buttons[2]?.value ?? "");
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const reveal = outbox.posts.find((p) => p.key.startsWith("reveal:"));
    const text = textOf(reveal?.reply ?? { visibility: "public", blocks: [], summary: "" });
    expect(text).toMatch(/^5 answers\.$/m);
    expect(text).not.toMatch(/: 5$/m);
    expect(text).toMatch(/Longest streaks today: /);
  });

  // Turning the quiz off stops new questions; the open one keeps its promised reveal
  // (tests/daily/schedule-keeps-promises.test.ts), and takes answers until then.
  it("GIVEN an open question WHEN the daily quiz is turned off THEN a press on it counts until its reveal, and no longer after it", async () => {
    const { bot, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const buttons = buttonsOf(await post());
    await bot.bot.handle({
      type: "text",
      ...asker("admin", CHANNEL),
      canManageChannel: true,
      text: "quiz daily off",
    });

    expect(textOf(await pressAs(bot, "ana", buttons[0]?.value ?? ""))).toMatch(/Got it/);
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, new RecordingOutbox(), bot.clock.now());
    const late = await pressAs(bot, "bo", buttons[0]?.value ?? "");

    expect(textOf(late)).toMatch(/closed, so answers to it no longer count/);
    expect(await answersCounted(bot, buttons)).toBe(1);
  });

  it("GIVEN someone answered, then asked to be forgotten WHEN they answer the same open question again THEN it is not counted twice, and which option they chose is gone", async () => {
    const { bot, outbox, post } = await dailySetup();
    bot.clock.set("2026-11-23T09:00:00Z");
    const buttons = buttonsOf(await post());
    await pressAs(bot, "ana", buttons[1]?.value ?? "");
    await bot.bot.handle({
      type: "action",
      ...asker("ana", CHANNEL),
      action: ACTIONS.forgetConfirm,
      value: forgetConfirmValue(bot.clock.now()),
    });
    const roundId = buttons[0]?.value.split(":")[0] ?? "";
    expect(await bot.core.quizzes.answer(person("ana"), roundId)).toEqual({});
    const again = await pressAs(bot, "ana", buttons[2]?.value ?? "");
    expect(textOf(again)).toMatch(/already/i);
    bot.clock.set("2026-11-23T17:00:00Z");
    await runDue(bot.core, outbox, bot.clock.now());
    const reveal = outbox.posts.find((p) => p.key.startsWith("reveal:"));
    expect(textOf(reveal?.reply ?? { visibility: "public", blocks: [], summary: "" })).toMatch(
      /1 answer\./,
    );
  });
});
