// In a server, people are known by their server nickname: Discord shows it there, so the bot's
// profile titles and streak names use it too. Elsewhere (DMs) their global display name.
import type { APIUser } from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type DiscordHarness, GUILD_ID, openDiscord } from "./harness.ts";

let h: DiscordHarness;
beforeEach(async () => {
  h = await openDiscord();
});
afterEach(async () => {
  await h.close();
});

/** Someone whose global display name is not the name they go by in the server. */
const globalNamed = (name: string): APIUser => ({ ...h.user(name), global_name: "Global Gil" });

/** Their profile in the server (`guildId`, one the bot has cached by default), with `nick` as their nickname there. */
function profileAs(user: APIUser, nick: string | null, guildId?: string) {
  const payload = h.fake.interactions.chatInput({ command: "skills", subcommand: "profile", user });
  if (!("member" in payload) || !payload.member)
    throw new Error("a guild interaction has a member");
  payload.member.nick = nick;
  if (guildId) payload.guild_id = guildId;
  return h.interact(payload);
}

describe("names in a server", () => {
  test("GIVEN a server nickname WHEN /skills profile THEN the title names the nickname, escaped", async () => {
    const seen = await profileAs(globalNamed("gil"), "Gil *the* Great");
    const title = (seen.messages[0]?.embeds ?? [])[0]?.title;
    expect(title).toBe("Skill profile: Gil \\*the\\* Great");
    expect(h.bot.events.at(-1)?.person).toMatchObject({
      tenant: GUILD_ID,
      displayName: "Gil *the* Great",
    });
  });

  test("GIVEN a server discord.js has not cached (a raw member) THEN its nickname still counts", async () => {
    const seen = await profileAs(globalNamed("uma"), "Uma U.", "1199999999999999999");
    expect(seen.messages[0]?.embeds?.[0]?.title).toBe("Skill profile: Uma U.");
    expect(h.bot.events.at(-1)?.person).toMatchObject({
      tenant: "1199999999999999999",
      displayName: "Uma U.",
    });
  });

  test("GIVEN no nickname THEN the global display name", async () => {
    const seen = await profileAs(globalNamed("kai"), null);
    expect(seen.messages[0]?.embeds?.[0]?.title).toBe("Skill profile: Global Gil");
  });

  test("GIVEN a mention in the server from someone with a nickname THEN the event carries the nickname", async () => {
    const ola = globalNamed("ola");
    const payload = h.fake.messages.mention({ text: "help", user: ola });
    if (!payload.member) throw new Error("a guild message has a member");
    payload.member.nick = "Ola from Ops";
    const done = h.log.waitFor((e) => e.msg === "message done" && e.obj.message === payload.id);
    h.fake.dispatch("MESSAGE_CREATE", payload);
    await done;
    expect(h.bot.events.at(-1)?.person.displayName).toBe("Ola from Ops");
  });

  test("GIVEN the bot's DMs THEN the global display name, as there is no server", async () => {
    const mia = globalNamed("mia");
    await h.dm(mia, "help");
    expect(h.bot.events.at(-1)?.person.displayName).toBe("Global Gil");
  });
});
