import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { asker, PUBLIC, press, say, testBot, textOf } from "../helpers/core.ts";
import { writeBakeryMatrix } from "./bakery-matrix.ts";

const stepNames = (reply: Awaited<ReturnType<typeof say>>) =>
  reply.blocks.flatMap((b) => (b.kind === "skills" ? b.items.map((i) => i.name) : []));

describe("a matrix without tracks", () => {
  it("GIVEN no tracks WHEN someone asks for a path, in words, by command or with the profile's button THEN they get the whole matrix, prerequisites first", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    const profile = await say(bot, "ana", "profile");
    const pathButton = profile.blocks
      .flatMap((b) => (b.kind === "buttons" ? b.buttons : []))
      .find((b) => b.action === ACTIONS.pathShow);
    for (const reply of [
      await say(bot, "ana", "path"),
      await say(bot, "ana", "what should I learn"),
      await press(bot, "ana", ACTIONS.pathShow, pathButton?.value ?? "missing"),
    ]) {
      expect(textOf(reply)).toMatch(/^Next steps in Bakery Team/);
      expect(stepNames(reply)).toEqual(["Baking", "Pastry", "Plating"]);
      expect(textOf(reply)).toMatch(/no tracks, so the path covers all of it.*path Cooking/);
      expect(textOf(reply)).not.toMatch(/Try help/);
    }
    await bot.close();
  });

  it("GIVEN no tracks WHEN the person has rated some skills THEN the path is theirs: biggest gaps first, what they know left out", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    await say(bot, "ana", "rate baking 2");
    await say(bot, "ana", "rate pastry 1");
    const mine = await say(bot, "ana", "path");
    expect(textOf(mine)).toMatch(/^Your next steps in Bakery Team/);
    expect(stepNames(mine)).toEqual(["Plating", "Pastry"]);
    // In a channel, nobody's ratings show: the general path.
    expect(stepNames(await say(bot, "ana", "path", PUBLIC))).toEqual([
      "Baking",
      "Pastry",
      "Plating",
    ]);
    const home = await bot.bot.home(asker("ana"));
    expect(textOf(home)).toMatch(/Next steps for Bakery Team\nPlating 0→2 *\nPastry 1→2/);
    await bot.close();
  });

  it("GIVEN no tracks WHEN someone lists tracks or picks one THEN they hear the matrix has none and where a path is instead", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: writeBakeryMatrix() } });
    const listed = textOf(await say(bot, "ana", "track"));
    expect(listed).toMatch(/This skill matrix has no tracks/);
    expect(listed).toMatch(/path Cooking/);
    expect(listed).not.toMatch(/Available tracks/);
    for (const typed of ["track foo", "profile foo"]) {
      const picked = textOf(await say(bot, "ana", typed));
      expect(picked).toMatch(/This skill matrix has no tracks, so there is no "foo" to choose/);
      expect(picked).not.toMatch(/Tracks: \./);
    }
    expect(textOf(await say(bot, "ana", "help"))).not.toMatch(/track <name>/);
    await bot.close();
  });
});
