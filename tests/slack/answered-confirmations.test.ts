// A confirmation ("Delete my data?", "Set Python to 2?") is answered once: the answer takes
// its place, so an old button cannot be pressed again weeks later. Quiz options stay.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  buttonPress,
  directMessage,
  eventCallback,
  eventDelivery,
  FAKE_CHANNEL,
  FAKE_DM_CHANNEL,
  interactionDelivery,
  type RecordedCall,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText, buttonsIn, type SeenButton } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

/** Words written to the app in its DM, and the permanent DM message it answers with. */
async function inTheDm(text: string): Promise<RecordedCall> {
  await h.post(eventDelivery(eventCallback(directMessage({ text }))));
  return h.fake.nextCall("chat.postMessage");
}

/** `/skills <text>`: the ephemeral answer. */
async function slash(text: string): Promise<RecordedCall> {
  const { responseUrl } = await h.slash(text);
  return h.answerAt(responseUrl);
}

/** A press on a button of a message, as Slack sends it; what the app answers at its response_url. */
async function press(
  button: SeenButton,
  where: { channel: string; ephemeral: boolean; messageTs?: string },
): Promise<RecordedCall> {
  const responseUrl = h.fake.responseUrl();
  const payload = buttonPress({
    actionId: button.actionId,
    value: button.value,
    responseUrl,
    channelId: where.channel,
    ...(where.messageTs ? { messageTs: where.messageTs } : {}),
  });
  const container = { ...payload.container, is_ephemeral: where.ephemeral };
  await h.post(interactionDelivery({ ...payload, container }));
  return h.answerAt(responseUrl);
}

const labelled = (message: RecordedCall, label: RegExp): SeenButton => {
  const button = buttonsIn(message.body.blocks).find((b) => label.test(b.label));
  if (!button) throw new Error(`no button ${label}`);
  return button;
};

describe("an answered confirmation", () => {
  it("GIVEN forget me in the app's DM WHEN Keep it is pressed THEN the answer replaces the confirmation, whose Delete button is gone", async () => {
    await slash("rate python 3");
    const confirmation = await inTheDm("forget me");
    const keep = labelled(confirmation, /Keep it/);

    const answer = await press(keep, {
      channel: FAKE_DM_CHANNEL,
      ephemeral: false,
      messageTs: String(confirmation.body.ts ?? ""),
    });

    expect(answer.body.replace_original).toBe(true);
    expect(blocksText(answer.body.blocks)).toMatch(/Nothing was deleted/);
    expect(buttonsIn(answer.body.blocks)).toEqual([]);
    expect(blocksText((await slash("profile")).body.blocks)).toMatch(/Python — 3/);
  });

  it("GIVEN an ephemeral Set Python to 2? WHEN Save is pressed THEN the answer replaces it, so a later rating cannot be overwritten by it", async () => {
    const confirmation = await slash("hey rate python 2");
    expect(blocksText(confirmation.body.blocks)).toMatch(/Python/);
    const save = labelled(confirmation, /Save/);

    const answer = await press(save, { channel: FAKE_CHANNEL.id, ephemeral: true });

    expect(answer.body.replace_original).toBe(true);
    expect(blocksText(answer.body.blocks)).toMatch(/Saved: Python at 2/);
    expect(buttonsIn(answer.body.blocks).map((b) => b.label)).not.toContain("Save");
  });

  it("GIVEN a quiz question WHEN an option is pressed THEN the question stays (answers follow it), even when ephemeral", async () => {
    const question = await slash("quiz sql");
    const [option] = buttonsIn(question.body.blocks);
    if (!option) throw new Error("no options");

    const answer = await press(option, { channel: FAKE_CHANNEL.id, ephemeral: true });

    expect(answer.body.replace_original).toBe(false);
    expect(blocksText(answer.body.blocks)).toMatch(/Correct!|Not quite/);
  });

  it("GIVEN a confirmation posted in a channel for everyone WHEN pressed THEN the private answer does not replace it", async () => {
    const confirmation = await slash("forget me");
    const keep = labelled(confirmation, /Keep it/);

    const answer = await press(keep, { channel: FAKE_CHANNEL.id, ephemeral: false });

    expect(answer.body.replace_original).toBe(false);
    expect(answer.body.response_type).toBe("ephemeral");
  });
});
