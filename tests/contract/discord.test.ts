import type { APIUser } from "discord.js";
import { type DiscordHarness, type Exchange, openDiscord } from "../discord/harness.ts";
import { pingsIn } from "../discord/pings.ts";
import { isEphemeral } from "../discord/seen.ts";
import { adapterContract, type ContractHarness, type Seen } from "./adapter-contract.ts";

/**
 * Discord, driven through the real discord.js client against the fake Discord: typed text is a
 * DM to the bot (the place only the person sees the answer), buttons are pressed as component
 * interactions on the message that carries them.
 */
adapterContract("discord", async (): Promise<ContractHarness> => {
  const h: DiscordHarness = await openDiscord();
  const users = new Map<string, APIUser>();
  const userNamed = (name: string) => {
    const known = users.get(name);
    if (known) return known;
    const created = h.user(name);
    users.set(name, created);
    return created;
  };
  const seen = (exchange: Exchange, user: APIUser, dm: boolean): Seen => ({
    text: exchange.text,
    // A DM is private; an interaction's answer is private when it is ephemeral.
    private: dm || exchange.messages.every(isEphemeral),
    buttons: exchange.buttons.map((button) => ({
      label: button.label,
      press: async () => seen(await h.press(button.customId, { dm: true, user }), user, false),
    })),
  });
  return {
    say: async (name, text) => {
      const user = userNamed(name);
      return seen(await h.dm(user, text), user, true);
    },
    // A mention in the server's channel: its members are the team.
    sayInTeam: async (name, text) => {
      const user = userNamed(name);
      return seen(await h.mention(user, text), user, false);
    },
    pings: () => pingsIn(h.fake.calls),
    close: () => h.close(),
  };
});
