import { describe, expect, it } from "vitest";
import { say, testBot, textOf } from "../helpers/core.ts";

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
