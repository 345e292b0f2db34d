import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Person, Where } from "../../src/core/events.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { DM, PUBLIC, say, testBot, textOf } from "../helpers/core.ts";

// What a person sees of their own data: dated in their own time zone, kept out of public
// answers, and forget me promising no more than it does.

describe("the profile's dates", () => {
  it("GIVEN Kiri in Auckland rated at 12:30 on 27 Nov local time WHEN she reads her profile THEN the change is dated 27 Nov", async () => {
    const bot = await testBot();
    bot.clock.set("2026-11-26T23:30:00Z");
    const kiri: Person = { platform: "slack", tenant: "T1", user: "kiri", displayName: "Kiri" };
    const say = (text: string) =>
      bot.bot.handle({ type: "text", person: kiri, where: DM, text, timezone: "Pacific/Auckland" });
    await say("rate sql 3");

    expect(textOf(await say("profile"))).toMatch(
      /Last change: SQL → 3 \(practitioner\) on 2026-11-27\./,
    );
  });

  it("GIVEN no time zone, or one the platform garbled WHEN the profile is read THEN the change is dated in UTC", async () => {
    const bot = await testBot();
    bot.clock.set("2026-11-26T23:30:00Z");
    await say(bot, "ann", "rate sql 3");
    expect(textOf(await say(bot, "ann", "profile"))).toMatch(/on 2026-11-26\./);
    const garbled = await bot.bot.handle({
      type: "text",
      person: { platform: "slack", tenant: "T1", user: "ann", displayName: "ann" },
      where: DM,
      text: "profile",
      timezone: "Mars/Olympus",
    });
    expect(textOf(garbled)).toMatch(/on 2026-11-26\./);
  });
});

describe("a public path", () => {
  it("GIVEN Pia privately chose MLOps Engineer WHEN she asks for a path in a channel THEN the channel gets the same general path as anyone", async () => {
    const bot = await testBot();
    await say(bot, "pia", "rate python 4");
    await say(bot, "pia", "track mlops-engineer");

    const hers = await say(bot, "pia", "path", PUBLIC);
    const someone = await say(bot, "sam", "path", PUBLIC);

    expect(hers.visibility).toBe("public");
    expect(textOf(hers)).toBe(textOf(someone));
    expect(textOf(hers)).toMatch(/^Next steps in ML Engineer/);
    // Privately, her own track still leads.
    expect(textOf(await say(bot, "pia", "path"))).toMatch(/^Your next steps in MLOps Engineer/);
  });

  it("GIVEN Pia chose MLOps Engineer WHEN she asks in a channel for a path in an area THEN its targets are the default track's, as for anyone", async () => {
    const bot = await testBot();
    await say(bot, "pia", "track mlops-engineer");
    const hers = textOf(await say(bot, "pia", "path programming", PUBLIC));
    expect(hers).toBe(textOf(await say(bot, "sam", "path programming", PUBLIC)));
  });
});

describe("forget me, said on a Discord server", () => {
  const inServer: Where = { channel: "C9", kind: "channel", audience: "public" };
  const inGuild: Person = { platform: "discord", tenant: "G1", user: "u1", displayName: "Dee" };
  const inDms: Person = { ...inGuild, tenant: "dm" };

  it("GIVEN Dee rated skills in a server and in DMs WHEN she forgets herself in the server THEN the DM data stays, and the confirmation claims only what it did", async () => {
    const bot = await testBot();
    for (const person of [inGuild, inDms])
      await bot.bot.handle({ type: "text", person, where: DM, text: "rate sql 3" });

    const done = await bot.bot.handle({
      type: "action",
      person: inGuild,
      where: inServer,
      action: ACTIONS.forgetConfirm,
      value: forgetConfirmValue(bot.clock.now()),
    });

    expect((await bot.core.people.get(inGuild)).ratings).toEqual({});
    expect((await bot.core.people.get(inDms)).ratings.sql?.level).toBe(3);
    const said = textOf(done);
    expect(said).not.toMatch(/workspace/);
    expect(said).toMatch(/deleted everything I stored about you here\./);
    expect(said).toMatch(/outside any team.*forget me there/);
  });
});
