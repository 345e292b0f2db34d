import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/core/reply.ts";
import { buttonsOf, PUBLIC, person, say, type TestBot, testBot } from "../helpers/core.ts";

// A quiz may follow the asker's privately chosen track and ratings only because nobody else
// sees the question: asked by mention in a channel, it still comes privately (ephemeral on
// Slack, by DM on Discord). Should it ever be shown in the channel, it must stop following them.

/** The skill of the question a reply asks, read from the round it saved. */
async function skillAsked(bot: TestBot, user: string, reply: Reply): Promise<string> {
  const roundId = buttonsOf(reply)[0]?.value.split(":")[0] ?? "";
  const round = await bot.core.quizzes.round(person(user), roundId);
  return bot.core.kb.question(round?.questionId ?? "")?.skillId ?? "";
}

describe("a quiz asked in a public channel", () => {
  it("GIVEN alice chose a track privately WHEN she asks for quizzes by mention in a channel THEN each question comes privately, and follows her track", async () => {
    const bot = await testBot();
    await say(bot, "alice", "track mlops-engineer");
    const targets = Object.keys(bot.core.kb.track("mlops-engineer")?.targets ?? {});
    expect(targets.length).toBeGreaterThan(0);

    for (let i = 0; i < 8; i++) {
      const reply = await say(bot, "alice", "quiz", PUBLIC);
      expect(reply.visibility).toBe("private");
      expect(targets).toContain(await skillAsked(bot, "alice", reply));
    }
  });
});
