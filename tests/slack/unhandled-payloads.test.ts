// Payloads Skillbot never asked for still get an answer: Slack shows the person an error for
// any interaction left unacknowledged (a 404 after 3 s), and an apology helps nobody either.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  FAKE_CHANNEL,
  FAKE_TEAM,
  FAKE_USER,
  interactionDelivery,
  type SlackDelivery,
  slashCommand,
  slashCommandDelivery,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack();
});
afterEach(async () => {
  await h.close();
});

/** A shortcut as Slack sends it: on a message (`message_action`, with a response_url) or global. */
function shortcut(kind: "message_action" | "shortcut", responseUrl?: string) {
  const common = {
    type: kind,
    callback_id: "save_for_later",
    trigger_id: "1111.2222.abcd",
    action_ts: "1700000000.000001",
    token: "verification-token",
    team: { id: FAKE_TEAM.id, domain: FAKE_TEAM.domain },
    user: { id: FAKE_USER.id, username: FAKE_USER.name, team_id: FAKE_TEAM.id },
    is_enterprise_install: false,
    enterprise: null,
  };
  if (kind === "shortcut") return common;
  return {
    ...common,
    channel: { id: FAKE_CHANNEL.id, name: FAKE_CHANNEL.name },
    message: { type: "message", ts: "1700000000.000100", text: "hi", user: "U0OTHER001" },
    message_ts: "1700000000.000100",
    response_url: responseUrl,
  };
}

/** The same request with its `text` field left out, as Slack has been seen to send it. */
function withoutText(delivery: SlackDelivery): SlackDelivery {
  const fields = new URLSearchParams(delivery.body);
  fields.delete("text");
  return { ...delivery, body: fields.toString() };
}

describe("Slack payloads the app defines no listener for", () => {
  it("GIVEN a message shortcut the app does not define THEN it is acknowledged and the person is told, privately", async () => {
    const responseUrl = h.fake.responseUrl();
    const ack = await h.post(interactionDelivery(shortcut("message_action", responseUrl)));
    expect(ack.status).toBe(200);
    const answer = await h.answerAt(responseUrl);
    expect(answer.body.response_type).toBe("ephemeral");
    expect(blocksText(answer.body.blocks)).toMatch(/shortcut/i);
    expect(blocksText(answer.body.blocks)).toMatch(/\/skills help/);
  });

  it("GIVEN a global shortcut (no response_url) THEN it is acknowledged and nothing is posted", async () => {
    const ack = await h.post(interactionDelivery(shortcut("shortcut")));
    expect(ack.status).toBe(200);
    await h.adapter.stop();
    expect(h.fake.callsTo("chat.postMessage")).toHaveLength(0);
    expect(h.fake.callsTo("chat.postEphemeral")).toHaveLength(0);
  });

  it("GIVEN /skills with no text field at all THEN it is answered like an empty /skills: with help", async () => {
    const responseUrl = h.fake.responseUrl();
    const ack = await h.post(withoutText(slashCommandDelivery(slashCommand({ responseUrl }))));
    expect(ack.status).toBe(200);
    const answer = await h.answerAt(responseUrl);
    expect(blocksText(answer.body.blocks)).toMatch(/rate <skill> <0-4>/);
  });
});
