import { describe, expect, it } from "vitest";
import type { Asker } from "../../src/core/context.ts";
import { STRANGERS_TENANT } from "../../src/core/events.ts";
import { DM, testBot, textOf } from "../helpers/core.ts";

// Discord DMs outside any server share one tenant: people there are strangers to each other.

const stranger = (user: string): Asker => ({
  person: { platform: "discord", tenant: STRANGERS_TENANT, user, displayName: `${user} Name` },
  where: DM,
});

describe("the tenant of strangers (DMs outside any server)", () => {
  it("GIVEN people rating and offering to mentor in DMs WHEN a stranger asks for mentors or a team figure THEN nobody is listed and no figure shows", async () => {
    const bot = await testBot();
    const run = (who: string, text: string) =>
      bot.bot.handle({ type: "text", ...stranger(who), text });
    for (const user of ["ana", "bo", "cy", "dee", "eli"]) await run(user, "rate python 4");
    const optIn = await run("ana", "mentor on");

    const mentors = await run("zed", "mentor python");
    const explained = await run("zed", "explain python");

    expect(textOf(optIn)).toMatch(/Mentors are found within a team/);
    expect(textOf(mentors)).toMatch(/Mentors are found within a team/);
    expect(textOf(mentors)).not.toMatch(/ana/i);
    expect(textOf(explained)).not.toMatch(/teammates rated/);
    expect((await bot.core.people.get(stranger("ana").person)).mentor).not.toBe(true);
  });

  it("GIVEN the same people in a server WHEN asked THEN mentors and the team figure show as ever", async () => {
    const bot = await testBot();
    const inServer = (user: string): Asker => ({
      ...stranger(user),
      person: { ...stranger(user).person, tenant: "1100000000000000001" },
    });
    const run = (who: string, text: string) =>
      bot.bot.handle({ type: "text", ...inServer(who), text });
    for (const user of ["ana", "bo", "cy", "dee", "eli"]) await run(user, "rate python 4");
    await run("ana", "mentor on");

    expect(textOf(await run("zed", "mentor python"))).toMatch(/ana Name/);
    expect(textOf(await run("zed", "explain python"))).toMatch(/5–9 teammates rated this skill/);
  });
});
