// Command registration from the definitions in code, against the fake Discord's command store
// (which keeps ids and bumps a command's version only when its definition changed).
import { REST, Routes } from "discord.js";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { CliIo } from "../../adapters/console/cli/io.ts";
import { runCli } from "../../adapters/console/cli/main.ts";
import { SUBCOMMANDS, skillsCommand } from "../../adapters/discord/commands/skills.ts";
import { registerCommands } from "../../adapters/discord/register.ts";
import { type FakeDiscord, startFakeDiscord } from "../fakes/discord/index.ts";

const GUILD_ID = "1100000000000000001";
let fake: FakeDiscord;
beforeEach(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD_ID, name: "Skill Team" }] });
});
afterEach(async () => {
  await fake.close();
});

const config = (guild?: string) => ({
  DISCORD_TOKEN: "fake-token",
  DISCORD_APPLICATION_ID: fake.applicationId,
  DISCORD_API_BASE: fake.apiBase,
  DISCORD_GUILD_ID: guild,
});

describe("registerCommands", () => {
  test("GIVEN a guild with no commands THEN /skills is added with its fifteen subcommands, and a rerun changes nothing", async () => {
    expect(await registerCommands(config(GUILD_ID))).toEqual([
      `Commands in guild ${GUILD_ID}:`,
      "/skills: added (15 subcommands)",
    ]);
    const [skills] = fake.commands(GUILD_ID);
    expect(skills?.options?.map((o) => o.name)).toEqual([
      "ask",
      "path",
      "explain",
      "rate",
      "profile",
      "track",
      "mentor",
      "mentor-optin",
      "quiz",
      "quiz-daily",
      "streak",
      "leaderboard",
      "review",
      "forget-me",
      "help",
    ]);
    expect(await registerCommands(config(GUILD_ID))).toEqual([
      `Commands in guild ${GUILD_ID}:`,
      "/skills: unchanged",
    ]);
  });

  test("GIVEN an older /skills and a stale command THEN the update names what changed and the stale one goes", async () => {
    const rest = new REST({ api: fake.apiBase }).setToken("fake-token");
    const older = {
      ...skillsCommand,
      options: skillsCommand.options
        .filter((o) => o.name !== "quiz")
        .map((o) => (o.name === "help" ? { ...o, description: "Old help" } : o)),
    };
    await rest.put(Routes.applicationGuildCommands(fake.applicationId, GUILD_ID), {
      body: [older, { name: "old", description: "Gone soon" }],
    });
    expect(await registerCommands(config(GUILD_ID))).toEqual([
      `Commands in guild ${GUILD_ID}:`,
      "/skills: updated (added quiz; changed help)",
      "/old: removed",
    ]);
  });

  test("GIVEN no guild THEN the commands are registered globally", async () => {
    const lines = await registerCommands(config());
    expect(lines[0]).toMatch(/^Global commands/);
    expect(fake.commands().map((c) => c.name)).toEqual(["skills"]);
  });

  test("GIVEN every definition THEN descriptions fit Discord's 100 characters", () => {
    const descriptions = Object.values(SUBCOMMANDS).flatMap((s) => [
      s.definition.description,
      ...(s.definition.options ?? []).map((o) => o.description),
    ]);
    expect(descriptions.every((d) => d.length >= 1 && d.length <= 100)).toBe(true);
    expect(skillsCommand.description.length).toBeLessThanOrEqual(100);
  });
});

describe("npm run skillbot -- discord register", () => {
  const io = (env: Record<string, string | undefined>) => {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
      lines: async function* () {},
      env,
      color: false,
    };
    return { cli, out, err };
  };

  test("GIVEN credentials THEN it prints what changed", async () => {
    const { cli, out } = io(config(GUILD_ID));
    expect(await runCli(["discord", "register"], cli)).toBe(0);
    expect(out).toEqual([`Commands in guild ${GUILD_ID}:`, "/skills: added (15 subcommands)"]);
  });

  test("GIVEN Discord's refusal quoting the token THEN the failure is one line, without the token", async () => {
    const { cli, err } = io(config(GUILD_ID));
    fake.failNext(
      { route: "GET /applications/:applicationId/guilds/:guildId/commands" },
      { status: 401, message: "401: Unauthorized for Bot fake-token" },
    );
    expect(await runCli(["discord", "register"], cli)).toBe(1);
    expect(err.join("\n")).toMatch(/^discord register failed: .*Unauthorized for Bot \[redacted\]/);
    expect(err.join("\n")).not.toContain("fake-token");
  });

  test("GIVEN no token THEN it says what to set, with exit code 1", async () => {
    const { cli, err } = io({ DISCORD_APPLICATION_ID: "1" });
    expect(await runCli(["discord", "register"], cli)).toBe(1);
    expect(err.join("\n")).toMatch(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/);
  });
});
