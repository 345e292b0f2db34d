// What people type, as the app reads it and as it shows it back: "@Skillbot: profile" is the
// profile command, and a backtick or asterisk someone typed never pairs with the bot's own.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  appMention,
  BOT_MENTION,
  eventCallback,
  eventDelivery,
  type RecordedCall,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText, buttonsIn } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

/** A mention in a channel; the ephemeral answer only its author sees. */
async function mention(text: string): Promise<RecordedCall> {
  await h.post(eventDelivery(eventCallback(appMention({ text }))));
  return h.fake.nextCall("chat.postEphemeral");
}

/** The mrkdwn of the sections of the answer to `/skills <text>`, as sent to Slack. */
async function sectionsFor(text: string): Promise<string> {
  const { responseUrl } = await h.slash(text);
  const answer = await h.answerAt(responseUrl);
  const blocks = answer.body.blocks as { type: string; text?: { text: string } }[];
  return blocks
    .filter((b) => b.type === "section")
    .map((b) => b.text?.text ?? "")
    .join("\n");
}

describe("addressing the bot with punctuation", () => {
  for (const text of [`${BOT_MENTION}: profile`, `${BOT_MENTION}, profile`]) {
    it(`GIVEN "${text}" WHEN mentioned THEN it is the profile command`, async () => {
      expect(blocksText((await mention(text)).body.blocks)).toMatch(/Skill profile/);
    });
  }

  it("GIVEN hey @Skillbot rate python 2 WHEN mentioned THEN the rating is still asked back", async () => {
    const asked = await mention(`hey ${BOT_MENTION} rate python 2`);
    expect(buttonsIn(asked.body.blocks).map((b) => b.label)).toContain("Save");
  });
});

describe("formatting characters in words shown back", () => {
  it("GIVEN a backtick typed WHEN quoted back THEN the only code span is the bot's own `help`", async () => {
    const shown = await sectionsFor("path `oops");
    expect(shown).toContain("`help`");
    expect(shown.replace("`help`", "")).not.toContain("`");
  });

  it("GIVEN ~, `, * and _ typed in pairs WHEN quoted back THEN none of them can format", async () => {
    expect(await sectionsFor("explain ~a~ `b` *c*")).not.toMatch(/[~`*]/);
    expect(await sectionsFor("quiz _x_")).not.toMatch(/_/);
  });

  it("GIVEN a rating WHEN confirmed THEN the bot's own bold still renders", async () => {
    expect(await sectionsFor("rate python 3")).toContain("*Python* at *3 (practitioner)*");
  });
});
