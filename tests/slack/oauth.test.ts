import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { publicReply } from "../../src/core/reply.ts";
import { keys } from "../../src/store/keys.ts";
import {
  eventCallback,
  eventDelivery,
  FAKE_BOT,
  FAKE_CHANNEL,
  FAKE_TEAM,
  slashCommand,
  slashCommandDelivery,
} from "../fakes/slack/index.ts";
import { openSlack, type SlackHarness } from "./harness.ts";
import { blocksText } from "./seen.ts";

const OAUTH_ENV = {
  SLACK_BOT_TOKEN: "",
  SLACK_CLIENT_ID: "client-1",
  SLACK_CLIENT_SECRET: "secret-1",
  SLACK_STATE_SECRET: "state-secret-for-tests",
};
const installedAt = keys.installation({ platform: "slack", tenant: FAKE_TEAM.id });
const Stored = z.object({ bot: z.object({ token: z.string(), userId: z.string() }) });

let h: SlackHarness;
beforeEach(async () => {
  h = await openSlack({
    env: OAUTH_ENV,
    fake: { oauth: { clientId: "client-1", clientSecret: "secret-1" } },
  });
});
afterEach(async () => {
  await h.close();
});

/** A person clicks "Add to Slack", approves, and Slack sends them back with a code. */
async function install(): Promise<Response> {
  const start = await fetch(`${h.origin()}/slack/install`, { redirect: "manual" });
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get("location") ?? "");
  expect(authorize.searchParams.get("client_id")).toBe("client-1");
  expect(authorize.searchParams.get("scope")).toBe(
    "app_mentions:read,channels:read,chat:write,commands,im:history,users:read",
  );
  const state = authorize.searchParams.get("state") ?? "";
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return fetch(`${h.origin()}/slack/oauth_redirect?code=c0de&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: "manual",
  });
}

describe("multi-workspace install (OAuth)", () => {
  it("GIVEN the OAuth variables WHEN a workspace installs THEN its bot token is kept in our store", async () => {
    expect((await install()).status).toBe(200);
    const stored = await h.booted.store.get(installedAt, Stored);
    expect(stored?.bot).toEqual({ token: FAKE_BOT.token, userId: FAKE_BOT.userId });
  });

  it("GIVEN an installed workspace WHEN /skills arrives THEN it is answered with that workspace's token", async () => {
    await install();
    const { responseUrl } = await h.slash("profile");
    expect(blocksText((await h.answerAt(responseUrl)).body.blocks)).toMatch(/Skill profile/);
    const lookup = await h.fake.nextCall("users.info");
    expect(lookup.token).toBe(FAKE_BOT.token);
  });

  it("GIVEN a workspace that never installed WHEN /skills arrives THEN the person gets an apology, not silence", async () => {
    const responseUrl = h.fake.responseUrl();
    const stranger = { ...slashCommand({ text: "help", responseUrl }), team_id: "T0STRANGER" };
    expect((await h.post(slashCommandDelivery(stranger))).status).toBe(200);
    expect(blocksText((await h.answerAt(responseUrl)).body.blocks)).toMatch(
      /Sorry, I couldn't finish that/,
    );
  });

  it("GIVEN an installed workspace WHEN the daily quiz posts to a channel THEN the tenant's token is used", async () => {
    await install();
    const reply = publicReply([{ kind: "text", text: [{ text: "Today's question" }] }]);
    const target = { platform: "slack" as const, tenant: FAKE_TEAM.id, channel: FAKE_CHANNEL.id };
    const { messageId } = (await h.adapter.post?.(target, reply)) ?? { messageId: "" };
    const posted = await h.fake.nextCall("chat.postMessage");
    expect(posted.token).toBe(FAKE_BOT.token);
    expect(messageId).toMatch(/^\d+\.\d+$/);
  });

  it("GIVEN the app is uninstalled WHEN Slack says so THEN the token is forgotten", async () => {
    await install();
    await h.post(
      eventDelivery(eventCallback({ type: "app_uninstalled" }, { eventId: "Ev0UNINST01" })),
    );
    await h.adapter.stop();
    expect(await h.booted.store.get(installedAt, Stored)).toBeUndefined();
  });
});
