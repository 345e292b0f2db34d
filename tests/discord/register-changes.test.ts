// What `discord register` says it changed: context-menu commands named as such (they have no
// slash), and a subcommand judged changed only by the fields Skillbot defines, whatever else
// Discord echoes back (name_localizations: null on each choice, for one).
import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  ApplicationCommandType,
  REST,
  Routes,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { skillsCommand } from "../../adapters/discord/commands/skills.ts";
import { describeChanges, registerCommands } from "../../adapters/discord/register.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord/index.ts";

const GUILD_ID = "1100000000000000001";
let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD_ID, name: "Skill Team" }] });
});
afterEach(async () => {
  await fake.close();
});

describe("what a registration says it changed", () => {
  test("GIVEN stale context-menu commands THEN their removal names them by kind, without a slash", async () => {
    const rest = new REST({ api: fake.apiBase }).setToken("fake-token");
    await rest.put(Routes.applicationGuildCommands(fake.applicationId, GUILD_ID), {
      body: [
        skillsCommand,
        { type: ApplicationCommandType.User, name: "Skills profile" },
        { type: ApplicationCommandType.Message, name: "Rate this" },
      ],
    });
    const lines = await registerCommands({
      DISCORD_TOKEN: "fake-token",
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_BASE: fake.apiBase,
    });
    expect(lines.slice(1)).toEqual([
      "/skills: unchanged",
      'User command "Skills profile": removed',
      'Message command "Rate this": removed',
    ]);
  });

  test("GIVEN Discord echoing extra keys on options and choices THEN only the subcommand that changed is named", () => {
    const echoed = (
      options: readonly APIApplicationCommandOption[],
    ): APIApplicationCommandOption[] =>
      options.map((o) => ({
        ...o,
        name_localizations: null,
        description_localizations: null,
        ...("choices" in o && o.choices
          ? { choices: o.choices.map((c) => ({ ...c, name_localizations: null })) }
          : {}),
        ...("options" in o && o.options ? { options: echoed(o.options) } : {}),
      })) as APIApplicationCommandOption[];
    const asDiscordHasIt = (options: readonly APIApplicationCommandOption[], version: string) =>
      ({
        ...skillsCommand,
        id: "1",
        application_id: "1",
        version,
        default_member_permissions: null,
        options: echoed(options),
      }) as unknown as APIApplicationCommand;
    const newer = skillsCommand.options.map((o) =>
      o.name === "help" ? { ...o, description: "New help" } : o,
    );
    expect(
      describeChanges(
        [asDiscordHasIt(skillsCommand.options, "1")],
        [asDiscordHasIt(newer, "2")],
        [{ ...skillsCommand, options: newer }],
      ),
    ).toEqual(["/skills: updated (changed help)"]);
  });
});
