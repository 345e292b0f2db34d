import { describe, expect, it } from "vitest";
import { PUBLIC, say, sayAll, testBot, textOf } from "../helpers/core.ts";

// What a person and the bot talked about is theirs: a profile's gaps, a personal path, a skill
// they rated in a DM. A follow-up in a channel ("quiz me on it", "explain the first one") is
// answered from that, so it is answered privately, or the channel learns their weak spots.

const ALICE = ["rate python 4", "rate sql 3", "rate docker 0", "rate kubernetes 0"];

describe("follow-ups in a channel answer from a private conversation", () => {
  it.each(["quiz me on it", "rate it 2", "who can help with that?"])(
    "GIVEN her profile (its gaps) in a DM WHEN she says `%s` in a channel THEN the 'which skill' reply naming her gaps is private",
    async (line) => {
      const bot = await testBot();
      await sayAll(bot, "alice", [...ALICE, "track mlops-engineer", "profile"]);
      const reply = await say(bot, "alice", line, PUBLIC);
      expect(textOf(reply)).toMatch(/Which skill do you mean/);
      expect(reply.visibility).toBe("private");
    },
  );

  it.each(["explain the first one", "what is the second one", "mentors for the first one"])(
    "GIVEN her gaps shown in a DM WHEN she says `%s` in a channel THEN the answer about that gap is private",
    async (line) => {
      const bot = await testBot();
      await sayAll(bot, "alice", [...ALICE, "track mlops-engineer", "profile"]);
      const reply = await say(bot, "alice", line, PUBLIC);
      expect(reply.visibility).toBe("private");
    },
  );

  it.each(["why?", "and after that?", "mentors?", "explain it"])(
    "GIVEN a skill she rated in a DM WHEN she says `%s` in a channel THEN the answer is private",
    async (line) => {
      const bot = await testBot();
      await sayAll(bot, "alice", ["rate docker 0"]);
      const reply = await say(bot, "alice", line, PUBLIC);
      expect(reply.visibility).toBe("private");
    },
  );

  it("GIVEN no follow-up WHEN she asks about a skill by name in a channel THEN the answer stays public as before", async () => {
    const bot = await testBot();
    await sayAll(bot, "alice", [...ALICE, "profile"]);
    expect((await say(bot, "alice", "what is docker?", PUBLIC)).visibility).toBe("public");
  });
});
