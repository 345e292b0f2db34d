import Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { text } from "../../src/core/messages.ts";
import { plain } from "../../src/core/rich-text.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { recordCodec } from "../../src/store/envelope.ts";
import { inProcessAtomic } from "../../src/store/in-process-atomic.ts";
import { keys } from "../../src/store/keys.ts";
import { KeyvRecordStore } from "../../src/store/keyv-store.ts";
import { buttonsOf, person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { type RecordingLogger, recordingLogger } from "../helpers/recording-logger.ts";

// A person's data, or a list the whole team shares, damaged in storage: a rating or quiz answer
// an older or newer version wrote differently, or a row cut off mid-write. What do people see?

const AT = "2026-11-20T09:00:00.000Z";
const alice = person("alice");
const SOMETHING_WENT_WRONG = plain(text.unexpectedError);
const NO_STORAGE = "I can't reach my storage right now";

/** The real core on the memory store as open-store.ts builds it, with its Map in hand. */
async function botOnRawMemory(): Promise<{
  bot: TestBot;
  records: Map<string, unknown>;
  log: RecordingLogger;
  write(key: string, value: unknown): void;
  stored(key: string): unknown;
}> {
  const records = new Map<string, unknown>();
  const log = recordingLogger();
  const keyv = new Keyv({
    store: records,
    useKeyPrefix: false,
    throwOnErrors: true,
    ...recordCodec,
  });
  const store = new KeyvRecordStore({ kind: "memory", keyv, atomic: inProcessAtomic(keyv), log });
  return {
    bot: await testBot({ store }),
    records,
    log,
    write: (key, value) => void records.set(key, JSON.stringify({ value })),
    stored: (key) => JSON.parse(String(records.get(key))).value,
  };
}

const firstLine = (reply: Parameters<typeof textOf>[0]) => textOf(reply).split("\n")[0] ?? "";

describe("one unreadable entry costs that entry, not the record", () => {
  it("GIVEN alice's record with one rating stored as a string WHEN she opens her profile and rates another skill THEN her other ratings, mentor listing and track stay", async () => {
    const { bot, log, write, stored } = await botOnRawMemory();
    await say(bot, "alice", "mentor on"); // lists her in the mentors index
    write(keys.person(alice), {
      ratings: {
        sql: { level: 4, ratedAt: AT },
        python: { level: 4, ratedAt: AT },
        statistics: { level: "3", ratedAt: AT },
      },
      mentor: true,
      track: "ml-engineer",
      displayName: "Alice",
    });

    const profile = textOf(await say(bot, "alice", "profile"));
    expect(profile).toMatch(/SQL 4/);
    expect(profile).toMatch(/Python 4/);
    expect(textOf(await say(bot, "bob", "mentor sql"))).toMatch(/SQL Alice/);
    expect(log.entries.some((e) => e.level === "warn" && e.obj.key === keys.person(alice))).toBe(
      true,
    );

    expect(firstLine(await say(bot, "alice", "rate docker 2"))).toMatch(/^Saved: Docker at 2/);
    expect(stored(keys.person(alice))).toMatchObject({
      ratings: { sql: { level: 4 }, python: { level: 4 }, docker: { level: 2 } },
      mentor: true,
      track: "ml-engineer",
    });
  });

  it("GIVEN a quiz log with 40 counted answers and one entry at difficulty 5 WHEN alice looks and answers once more THEN 40 then 41 are counted", async () => {
    const { bot, write } = await botOnRawMemory();
    write(keys.quizLog(alice), {
      recent: [
        {
          roundId: "r1",
          questionId: "sql-1",
          skillId: "sql",
          difficulty: 5,
          correct: true,
          at: AT,
        },
      ],
      scores: { sql: { "1": { answered: 20, correct: 15 }, "2": { answered: 20, correct: 12 } } },
    });

    expect(textOf(await say(bot, "alice", "profile"))).toMatch(/Quiz answers: 40, 27 correct/);
    const question = await say(bot, "alice", "quiz sql");
    const option = buttonsOf(question).find((b) => b.action === ACTIONS.quizAnswer);
    if (!option) throw new Error("the quiz question has no answer buttons");
    await press(bot, "alice", option.action, option.value);

    expect(textOf(await say(bot, "alice", "profile"))).toMatch(/Quiz answers: 41,/);
  });

  it("GIVEN alice's record fails its schema beyond its ratings WHEN she rates THEN she hears something went wrong and the record is kept as it was; forget-me still deletes it", async () => {
    const { bot, write, records } = await botOnRawMemory();
    const damaged = {
      ratings: { sql: { level: 4, ratedAt: AT } },
      mentor: "yes",
      track: "ml-engineer",
    };
    write(keys.person(alice), damaged);
    const before = records.get(keys.person(alice));

    expect(textOf(await say(bot, "alice", "rate docker 2"))).toBe(SOMETHING_WENT_WRONG);
    expect(records.get(keys.person(alice))).toBe(before);

    expect(
      firstLine(
        await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now())),
      ),
    ).toMatch(/^Done/);
    expect(records.has(keys.person(alice))).toBe(false);
  });

  it("GIVEN the mentors list fails its schema WHEN alice confirms forget-me THEN her data goes and the list is left for a repair", async () => {
    const { bot, records, write } = await botOnRawMemory();
    await say(bot, "alice", "rate sql 4");
    await say(bot, "alice", "mentor on");
    write(keys.mentors(alice), { ids: ["alice", "bob"] });

    expect(
      firstLine(
        await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now())),
      ),
    ).toMatch(/^Done/);
    expect(records.has(keys.person(alice))).toBe(false);
    expect(records.has(keys.mentors(alice))).toBe(true);
  });
});

describe("a record that is not JSON reads as missing", () => {
  it("GIVEN alice's record cut off mid-write WHEN she uses the bot THEN every command answers, and rating starts her record afresh", async () => {
    const { bot, records, log } = await botOnRawMemory();
    records.set(keys.person(alice), '{"value":{"ratings":{"sql":{"level":3');

    for (const command of ["profile", "quiz sql", "path"]) {
      const reply = textOf(await say(bot, "alice", command));
      expect(reply, command).not.toBe(SOMETHING_WENT_WRONG);
      expect(reply, command).not.toMatch(NO_STORAGE);
    }
    expect(firstLine(await say(bot, "alice", "rate sql 3"))).toMatch(/^Saved: SQL at 3/);
    expect(textOf(await say(bot, "alice", "profile"))).toMatch(/SQL 3/);
    expect(log.entries.some((e) => e.level === "error" && e.obj.key === keys.person(alice))).toBe(
      true,
    );
  });

  it("GIVEN alice's quiz log cut off mid-write WHEN she confirms forget-me THEN it works and nothing of hers is left", async () => {
    const { bot, records } = await botOnRawMemory();
    await say(bot, "alice", "rate sql 3");
    await say(bot, "alice", "mentor on");
    records.set(keys.quizLog(alice), '{"value":{"recent":[');

    expect(
      firstLine(
        await press(bot, "alice", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now())),
      ),
    ).toMatch(/^Done/);
    expect(records.has(keys.quizLog(alice))).toBe(false);
    expect(records.has(keys.person(alice))).toBe(false);
    expect(textOf(await say(bot, "bob", "mentor sql"))).not.toMatch(/alice/);
  });

  it.each([
    ["a members shard", `${keys.members(alice)}:7`],
    ["the mentors list", keys.mentors(alice)],
  ])(
    "GIVEN %s cut off WHEN the team explains, looks for mentors, rates and offers to mentor THEN each works",
    async (_, key) => {
      const { bot, records } = await botOnRawMemory();
      records.set(key, "not json at all");

      expect(firstLine(await say(bot, "bob", "explain sql"))).toMatch(/^SQL · /);
      expect(firstLine(await say(bot, "bob", "mentor sql"))).toBe("Mentors for SQL");
      expect(firstLine(await say(bot, "carol", "rate sql 3"))).toMatch(/^Saved: SQL at 3/);
      expect(firstLine(await say(bot, "carol", "mentor on"))).toMatch(/^You're now listed/);
      expect(textOf(await say(bot, "bob", "mentor sql"))).toMatch(/carol/);
    },
  );
});
