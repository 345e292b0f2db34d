import { describe, expect, it } from "vitest";
import { discordText } from "../../adapters/discord/messages.ts";
import { say, testBot, textOf } from "../helpers/core.ts";
import { writeBakeryMatrix } from "./bakery-matrix.ts";

describe("a team's own matrix", () => {
  it("GIVEN SKILLBOT_MATRIX points at the frontend matrix WHEN people use the bot THEN answers and examples come from that matrix only", async () => {
    const bot = await testBot({ env: { SKILLBOT_MATRIX: "tests/fixtures/frontend-engineer" } });
    const path = textOf(await say(bot, "fe", "what should I learn next"));
    expect(path).toMatch(/Next steps in/);
    const profile = textOf(await say(bot, "fe", "profile"));
    const everything = `${path}\n${profile}\n${textOf(await say(bot, "fe", "rate python 7"))}`;
    expect(everything).not.toMatch(/python|pytorch|mlops|ML Engineer/i);
    expect(profile).toMatch(/Start with rate [a-z-]+ 3/);
    expect(
      bot.core.kb.skill(profile.match(/Start with rate ([a-z-]+) 3/)?.[1] ?? ""),
    ).toBeDefined();
  });
});

describe("examples in what Skillbot says", () => {
  it.each([
    ["tests/fixtures/frontend-engineer", "Frontend Engineer"],
    ["knowledge/ml-engineer", "ML Engineer"],
    [writeBakeryMatrix(), "Cooking"],
  ])(
    "GIVEN the matrix at %s WHEN help is shown THEN its example asks about %s",
    async (matrix, topic) => {
      const bot = await testBot({ env: { SKILLBOT_MATRIX: matrix } });
      const help = textOf(await say(bot, "ana", "help"));
      expect(help).toContain(`like "what should I learn for ${topic}?"`);
      // The example is one the bot answers with a path.
      expect(textOf(await say(bot, "ana", `what should I learn for ${topic}?`))).toMatch(
        /Next steps in/,
      );
      await bot.close();
    },
  );

  it("GIVEN Discord's command descriptions, registered once without a matrix THEN none names what only one matrix has", () => {
    for (const line of Object.values(discordText)) {
      if (typeof line === "string") expect(line).not.toMatch(/python|pytorch|mlops/i);
    }
  });
});
