// A Delete button found in the chat long after `forget me` was asked deletes nothing: Slack
// shows the core's answer that the question expired.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText, buttonsIn } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

/** `/skills <text>`: what a person reads in the ephemeral answer, and its buttons. */
async function slash(text: string) {
  const { responseUrl } = await h.slash(text);
  const answer = await h.answerAt(responseUrl);
  return { text: blocksText(answer.body.blocks), buttons: buttonsIn(answer.body.blocks) };
}

describe("a confirmation pressed after it expired, on Slack", () => {
  it("GIVEN forget me asked 16 minutes ago WHEN Delete is pressed THEN it says the question expired and the rating stays", async () => {
    await slash("rate python 3");
    const asked = await slash("forget me");
    const remove = asked.buttons.find((b) => /Delete/.test(b.label));
    if (!remove) throw new Error("no Delete button");
    h.clock.advance(16 * 60_000);

    const { responseUrl } = await h.press({ actionId: remove.actionId, value: remove.value });
    const answer = await h.answerAt(responseUrl ?? "");

    expect(blocksText(answer.body.blocks)).toBe(
      "That confirmation has expired, so I didn't delete anything. Say forget me again if you still want to.",
    );
    expect((await slash("profile")).text).toMatch(/Python — 3/);
  });
});
