// Answering a mention when Discord would refuse the obvious request: the mention was deleted
// meanwhile, or the bot may not write in that channel. Refused requests count towards Discord's
// invalid-request limit, so the bot must not make them, nor follow one with another.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  DiscordErrorCode,
  Permission,
  permissionString,
  type RestRequest,
} from "../fakes/discord/index.ts";
import { textChannelObject } from "../fakes/discord/objects.ts";
import {
  CHANNEL_ID,
  CHANNEL_MESSAGE,
  type DiscordHarness,
  type Exchange,
  GUILD_ID,
  openDiscord,
} from "./harness.ts";
import { messageText, type SentMessage } from "./seen.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

const referenceOf = (call: { body: unknown }) =>
  (call.body as SentMessage & { message_reference?: { fail_if_not_exists?: boolean } })
    .message_reference;

/**
 * Discord's answer to a reply whose message is gone: 400 "Unknown message" on message_reference,
 * unless the reply says not to fail (then it goes out as a plain message).
 */
function mentionsDeleted() {
  const mustExist = (call: RestRequest) =>
    call.route === CHANNEL_MESSAGE &&
    call.path === `/channels/${CHANNEL_ID}/messages` &&
    referenceOf(call) !== undefined &&
    referenceOf(call)?.fail_if_not_exists !== false;
  h.fake.failNext(mustExist, {
    status: 400,
    code: DiscordErrorCode.InvalidFormBody,
    message: "Invalid Form Body",
    times: 10,
  });
}

/** Discord refusing every post in the channel, as it does when the bot may not send there. */
function channelRefuses(code: number = 50013) {
  h.fake.failNext(
    { route: CHANNEL_MESSAGE, path: `/channels/${CHANNEL_ID}/messages` },
    { status: 403, code, message: "Missing Permissions", times: 10 },
  );
}

/**
 * An admin denies the bot some permissions in the channel (CHANNEL_UPDATE on the gateway). The
 * client handles gateway events in order, so a mention dispatched after it sees the change.
 */
function denyTheBot(...bits: bigint[]) {
  h.fake.dispatch("CHANNEL_UPDATE", {
    ...textChannelObject({ id: CHANNEL_ID, name: "general", topic: null }, GUILD_ID, 0),
    permission_overwrites: [
      { id: h.fake.botUser.id, type: 1, allow: "0", deny: permissionString(...bits) },
    ],
  });
}

const THREAD_ID = "1100000000000000099";

/** A mention in a new thread of the channel; the requests made to post there. */
async function mentionInThread(text: string) {
  h.fake.dispatch("THREAD_CREATE", {
    id: THREAD_ID,
    type: 11,
    guild_id: GUILD_ID,
    parent_id: CHANNEL_ID,
    name: "a thread",
    owner_id: h.fake.testUser.id,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 60,
      archive_timestamp: new Date(0).toISOString(),
      locked: false,
    },
    message_count: 0,
    member_count: 1,
    newly_created: true,
  });
  const payload = {
    ...h.fake.messages.mention({ text, user: h.user("fay") }),
    channel_id: THREAD_ID,
  };
  const from = h.fake.calls.length;
  const done = h.log.waitFor((e) => e.msg === "message done" && e.obj.message === payload.id);
  h.fake.dispatch("MESSAGE_CREATE", payload);
  await done;
  return h.fake.calls.slice(from).filter((c) => c.route === CHANNEL_MESSAGE);
}

const louder = (level: string) => level === "warn" || level === "error";
const channelPosts = (seen: Exchange) =>
  seen.calls.filter((c) => c.path === `/channels/${CHANNEL_ID}/messages`);

describe("a mention deleted before its answer", () => {
  test("GIVEN the mention is gone WHEN the answer is ready THEN it still arrives in the channel, in one request, with nothing logged as a failure", async () => {
    mentionsDeleted();
    const seen = await h.mention(h.user("ann"), "help");
    expect(seen.calls.map((c) => c.status)).toEqual([200]);
    expect(seen.text).toMatch(/\/skills rate skill \[level\]/);
    expect(h.log.entries.filter((e) => louder(e.level))).toEqual([]);
  });

  test("GIVEN a private answer to a mention that is gone THEN the DM and the pointer both arrive", async () => {
    const barbara = h.user("barbara");
    await h.dm(barbara, "rate sql 2");
    mentionsDeleted();
    const seen = await h.mention(barbara, "profile");
    const pointer = channelPosts(seen);
    expect(pointer.map((c) => c.status)).toEqual([200]);
    expect(messageText(pointer[0]?.body as SentMessage)).toMatch(/direct message/);
    expect(seen.text).toMatch(/SQL/);
    expect(h.log.entries.filter((e) => louder(e.level))).toEqual([]);
  });
});

describe("a failure while answering a mention", () => {
  test("GIVEN the answer fails for a reason of ours THEN the apology is a plain message, not a reply", async () => {
    h.fake.failNext(
      { route: CHANNEL_MESSAGE, path: `/channels/${CHANNEL_ID}/messages` },
      { status: 400, code: DiscordErrorCode.InvalidFormBody, message: "Invalid Form Body" },
    );
    const seen = await h.mention(h.user("cy"), "help");
    expect(seen.calls.map((c) => c.status)).toEqual([400, 200]);
    const apology = seen.calls[1];
    expect(apology && referenceOf(apology)).toBeUndefined();
    expect(messageText(apology?.body as SentMessage)).toMatch(/Sorry, something went wrong/);
  });

  test("GIVEN a private answer sent by DM WHEN the pointer in the channel is refused THEN that is no failure: no apology, nothing logged above info", async () => {
    const dora = h.user("dora");
    await h.dm(dora, "rate sql 2");
    channelRefuses();
    const seen = await h.mention(dora, "profile");
    expect(seen.text).toMatch(/SQL/);
    expect(channelPosts(seen).map((c) => c.status)).toEqual([403]);
    expect(h.log.entries.filter((e) => louder(e.level))).toEqual([]);
  });
});

describe("a mention where the bot may not write", () => {
  const ignoredWithoutAsking = async (seen: Exchange, eventsBefore: number) => {
    expect(channelPosts(seen)).toEqual([]);
    expect(h.bot.events).toHaveLength(eventsBefore);
    expect(h.log.entries.filter((e) => louder(e.level))).toEqual([]);
    expect(
      h.log.entries.filter((e) => e.level === "info" && /may not reply/.test(e.msg)),
    ).toHaveLength(1);
  };

  test("GIVEN the bot is denied Send Messages in the channel WHEN mentioned there THEN it sends nothing, not even an apology, and says so once at info", async () => {
    channelRefuses();
    denyTheBot(Permission.SendMessages);
    const before = h.bot.events.length;
    await ignoredWithoutAsking(await h.mention(h.user("bob"), "help"), before);
  });

  test("GIVEN the bot may send but not read the history WHEN mentioned THEN it does not try a reply Discord would refuse", async () => {
    channelRefuses();
    denyTheBot(Permission.ReadMessageHistory);
    const before = h.bot.events.length;
    await ignoredWithoutAsking(await h.mention(h.user("eve"), "help"), before);
  });

  test("GIVEN the bot is denied Send Messages in Threads WHEN mentioned in a thread THEN it sends nothing", async () => {
    denyTheBot(Permission.SendMessagesInThreads);
    const before = h.bot.events.length;
    const posts = await mentionInThread("help");
    expect(posts).toEqual([]);
    expect(h.bot.events).toHaveLength(before);
    expect(h.log.entries.filter((e) => louder(e.level))).toEqual([]);
  });

  test("GIVEN the bot may send in threads but not in their channel WHEN mentioned in a thread THEN it answers there", async () => {
    denyTheBot(Permission.SendMessages);
    const posts = await mentionInThread("help");
    expect(posts.map((c) => c.path)).toEqual([`/channels/${THREAD_ID}/messages`]);
  });

  test("GIVEN the permissions looked fine WHEN Discord refuses the answer all the same (50001) THEN one request, no apology after it, nothing logged above info", async () => {
    channelRefuses(50001);
    const seen = await h.mention(h.user("gus"), "help");
    expect(channelPosts(seen).map((c) => c.status)).toEqual([403]);
    expect(h.log.entries.filter((e) => louder(e.level))).toEqual([]);
  });
});
