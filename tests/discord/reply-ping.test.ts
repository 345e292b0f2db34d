// A reply to one of the bot's channel posts with the client's "ping on" (the default) arrives as
// a message of type 19 whose `mentions` lists the bot, though nobody typed <@bot>. It is a
// member talking about the post, not to the bot: it must not be answered in the channel.
import type { APIUser, GatewayMessageCreateDispatchData } from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { IncomingEvent } from "../../src/core/events.ts";
import type { RecordedCall } from "../fakes/discord/index.ts";
import { CHANNEL_ID, type DiscordHarness, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

const REPLY = 19;

/** What Discord sends for a reply with ping on: the replied-to author in `mentions`, not in content. */
async function replyWithPing(
  to: string,
  author: APIUser,
  content: string,
): Promise<{ calls: RecordedCall[]; events: IncomingEvent[] }> {
  const payload: GatewayMessageCreateDispatchData = {
    ...h.fake.messages.message({ content, mentions: [h.fake.botUser], user: author }),
    type: REPLY,
    message_reference: { type: 0, message_id: to, channel_id: CHANNEL_ID },
  };
  const before = h.bot.events.length;
  const from = h.fake.calls.length;
  const done = h.log.waitFor((e) => e.msg === "message done" && e.obj.message === payload.id);
  h.fake.dispatch("MESSAGE_CREATE", payload);
  await done;
  return { calls: h.fake.calls.slice(from), events: h.bot.events.slice(before) };
}

/** The id of a public answer the bot posted in the channel. */
async function botPost(): Promise<string> {
  const post = await h.mention(h.user("ann"), "path mlops");
  const id = (post.calls[0]?.response as { id?: string } | undefined)?.id;
  if (!id) throw new Error("the bot posted nothing");
  return id;
}

describe("replies to the bot's posts", () => {
  test("GIVEN the bot's public answer WHEN a member replies to it with ping on THEN the bot stays quiet", async () => {
    const postId = await botPost();
    const bob = h.user("bob");
    for (const content of ["got it right, nice!", ""]) {
      const seen = await replyWithPing(postId, bob, content);
      expect(seen.calls).toEqual([]);
      expect(seen.events).toEqual([]);
    }
  });

  test("GIVEN a reply that also mentions the bot in its text THEN it is answered", async () => {
    const postId = await botPost();
    const seen = await replyWithPing(postId, h.user("cleo"), `<@${h.fake.botUser.id}> help`);
    expect(seen.events).toHaveLength(1);
    expect(seen.events[0]).toMatchObject({ type: "text", text: "help" });
    expect(seen.calls.map((c) => c.path)).toEqual([`/channels/${CHANNEL_ID}/messages`]);
  });
});
