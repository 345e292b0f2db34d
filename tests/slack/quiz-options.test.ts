// Quiz options longer than a Slack button (75 characters) are listed in full above numbered
// buttons: a cut label could hide the very answer a quiz asks for.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SLACK_LIMITS } from "../../adapters/slack/limits.ts";
import { deliveryOutbox } from "../../src/delivery.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import type { Question } from "../../src/knowledge/schema.ts";
import { FAKE_TEAM, type RecordedCall } from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText, buttonsIn, type SeenButton } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack({ fake: { users: { UADMIN: { is_admin: true } } } });
});
afterEach(async () => {
  await h.close();
});

const TENANT = { platform: "slack", tenant: FAKE_TEAM.id } as const;

/** The question behind a message's option buttons, and its options in the order shown. */
async function shownQuestion(
  buttons: SeenButton[],
): Promise<{ question: Question; shown: string[] }> {
  const roundId = buttons[0]?.value.split(":")[0] ?? "";
  const round = await h.booted.core.quizzes.round(TENANT, roundId);
  const question = round && h.booted.core.kb.question(round.questionId);
  if (!round || !question) throw new Error("no quiz round behind the buttons");
  return { question, shown: round.order.map((i) => question.options[i] ?? "") };
}

function expectEveryOptionReadable(message: RecordedCall, shown: string[], buttons: SeenButton[]) {
  const seen = blocksText(message.body.blocks);
  shown.forEach((option, i) => {
    expect(seen).toContain(`${i + 1}. ${option}`);
  });
  expect(buttons.map((b) => b.label)).toEqual(shown.map((_, i) => String(i + 1)));
  for (const b of buttons) expect([...b.label].length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
}

describe("quiz options longer than a button", () => {
  it("GIVEN a personal quiz whose options are over 75 characters WHEN shown THEN each option is listed in full and the buttons carry their numbers", async () => {
    const { responseUrl } = await h.slash("quiz dimensionality reduction");
    const message = await h.answerAt(responseUrl);
    const buttons = buttonsIn(message.body.blocks);
    const { question, shown } = await shownQuestion(buttons);
    expect(question.options.some((o) => [...o].length > SLACK_LIMITS.buttonText)).toBe(true);
    expectEveryOptionReadable(message, shown, buttons);

    // WHEN the button of the right answer is pressed THEN it counts as right.
    const right = shown.indexOf(question.options[question.answer] ?? "");
    const pressed = buttons[right];
    if (!pressed) throw new Error("no button for the right answer");
    const press = await h.press({ actionId: pressed.actionId, value: pressed.value });
    expect(blocksText((await h.answerAt(press.responseUrl ?? "")).body.blocks)).toMatch(/Correct/i);
  });

  it("GIVEN the daily quiz on a topic with long options WHEN posted and revealed THEN the post lists every option in full, and its update drops the buttons", async () => {
    const on = await h.slash("quiz daily on 09:30 UTC dimensionality reduction", {
      user: "UADMIN",
    });
    expect(blocksText((await h.answerAt(on.responseUrl)).body.blocks)).toMatch(/Daily quiz on/);

    const outbox = deliveryOutbox([h.adapter], { now: () => 0, sleep: async () => {} });
    h.clock.set("2026-11-27T09:30:00Z");
    const posting = h.fake.nextCall("chat.postMessage");
    await runDue(h.booted.core, outbox, h.clock.now());
    const post = await posting;
    const buttons = buttonsIn(post.body.blocks);
    const { shown } = await shownQuestion(buttons);
    expectEveryOptionReadable(post, shown, buttons);

    h.clock.set("2026-11-27T17:30:00Z");
    const closing = h.fake.nextCall("chat.update");
    await runDue(h.booted.core, outbox, h.clock.now());
    const closed = await closing;
    expect(blocksText(closed.body.blocks)).toMatch(/Revealed/);
    expect(buttonsIn(closed.body.blocks)).toEqual([]);
    expect(blocksText(closed.body.blocks)).not.toContain(`1. ${shown[0]}`);
  });
});
