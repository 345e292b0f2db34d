import { beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { keys } from "../../src/store/keys.ts";
import { memoryStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { buttonsOf, person, press, say, type TestBot, testBot } from "../helpers/core.ts";

/** The quiz heading's skill name ("Quiz: SQL (level 1)" → "SQL"), or the first line. */
function quizSkillOf(reply: Reply): string {
  const heading = reply.blocks.find((b) => b.kind === "heading");
  const line = heading?.kind === "heading" ? heading.text : "";
  return /^Quiz: (.+) \(level \d\)$/.exec(line)?.[1] ?? line;
}

/** The value of the reply's first answer button, as a press on it sends. */
function firstOptionOf(reply: Reply): string {
  const first = buttonsOf(reply).find((b) => b.action === ACTIONS.quizAnswer);
  if (!first) throw new Error("the reply has no answer button");
  return first.value;
}

/** A store that notes every key read, so a test can see what a command looked at. */
function readsNoted(store: RecordStore): { store: RecordStore; reads: string[] } {
  const reads: string[] = [];
  const noting: RecordStore = {
    kind: store.kind,
    get: <S extends z.ZodType>(key: string, schema: S) => {
      reads.push(key);
      return store.get(key, schema);
    },
    set: store.set.bind(store),
    delete: store.delete.bind(store),
    claim: store.claim.bind(store),
    update: store.update.bind(store),
    sweepExpired: store.sweepExpired.bind(store),
    ping: store.ping.bind(store),
    close: store.close.bind(store),
  };
  return { store: noting, reads };
}

const MINUTE = 60 * 1000;
/** Shown on their own, the three start the chain; a topic kept by chance five times is not. */
const SHOWN = [
  ["quiz me on sql", "SQL"],
  ["quiz me on docker", "Docker"],
  ["quiz me on statistics", "Statistics"],
] as const;

describe("another question, after one shown and not answered, keeps to its skill", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  for (const again of ["another one", "next question", "one more", "quiz me"])
    for (const [asked, skill] of SHOWN)
      it(`GIVEN "${asked}" not answered WHEN they say "${again}" five times THEN each is ${skill}`, async () => {
        const user = `unanswered-${again}-${skill}`;
        expect(quizSkillOf(await say(bot, user, asked))).toBe(skill);
        for (let i = 0; i < 5; i++) {
          bot.clock.advance(MINUTE);
          expect(quizSkillOf(await say(bot, user, again))).toBe(skill);
        }
      });

  it("GIVEN a question on SQL shown 29 minutes ago WHEN they ask for another one THEN it is SQL", async () => {
    for (const [asked, skill] of SHOWN) {
      const user = `late-${skill}`;
      await say(bot, user, asked);
      bot.clock.advance(29 * MINUTE);
      expect(quizSkillOf(await say(bot, user, "another one"))).toBe(skill);
    }
  });

  it("GIVEN a question shown over half an hour ago WHEN they ask for another one THEN the choice is made afresh", async () => {
    const later: string[] = [];
    for (let i = 0; i < 6; i++) {
      const user = `stale-${i}`;
      await say(bot, user, "quiz me on sql");
      bot.clock.advance(31 * MINUTE);
      later.push(quizSkillOf(await say(bot, user, "another one")));
    }
    expect(later.every((skill) => skill === "SQL")).toBe(false);
  });

  it("GIVEN SQL answered and then Docker shown WHEN they ask for another one THEN the question shown last wins: Docker", async () => {
    const user = "shown-after-answer";
    await press(bot, user, ACTIONS.quizAnswer, firstOptionOf(await say(bot, user, "quiz sql")));
    bot.clock.advance(MINUTE);
    await say(bot, user, "quiz me on docker");
    bot.clock.advance(MINUTE);
    expect(quizSkillOf(await say(bot, user, "another one"))).toBe("Docker");
  });

  it("GIVEN Docker shown, then SQL shown, then the Docker question answered WHEN they ask for another one THEN the answer, the latest, wins: Docker", async () => {
    const user = "answer-after-shown";
    const docker = await say(bot, user, "quiz me on docker");
    bot.clock.advance(MINUTE);
    expect(quizSkillOf(await say(bot, user, "quiz me on sql"))).toBe("SQL");
    bot.clock.advance(MINUTE);
    await press(bot, user, ACTIONS.quizAnswer, firstOptionOf(docker));
    bot.clock.advance(MINUTE);
    expect(quizSkillOf(await say(bot, user, "another one"))).toBe("Docker");
  });

  it("GIVEN a question on SQL shown WHEN they name another topic THEN the named topic wins, and a quiz naming its topic never reads the last question shown", async () => {
    const { store, reads } = readsNoted(memoryStore(new Map(), silentLogger));
    const noted = await testBot({ store });
    await say(noted, "named", "quiz me on sql");
    reads.length = 0;
    expect(quizSkillOf(await say(noted, "named", "quiz docker"))).toBe("Docker");
    expect(reads).not.toContain(keys.quizLastShown(person("named")));
  });

  it("GIVEN a question on SQL shown WHEN they press a quiz button that names no topic THEN it is SQL, as typing would be", async () => {
    for (const [asked, skill] of SHOWN) {
      const user = `button-${skill}`;
      await say(bot, user, asked);
      bot.clock.advance(MINUTE);
      expect(quizSkillOf(await press(bot, user, ACTIONS.quizNext, ""))).toBe(skill);
    }
  });

  it("GIVEN a question shown and another SQL one answered WHEN they press its 'Another question' THEN it is SQL, the skill the button names", async () => {
    const user = "reveal-button";
    const sql = await say(bot, user, "quiz me on sql");
    await say(bot, user, "quiz me on docker");
    const reveal = await press(bot, user, ACTIONS.quizAnswer, firstOptionOf(sql));
    const next = buttonsOf(reveal).find((b) => b.action === ACTIONS.quizNext);
    // "skill:sql", and since the button keeps the level, a mark saying so after it.
    expect(next?.value).toMatch(/^skill:sql(?::|$)/);
    expect(quizSkillOf(await press(bot, user, ACTIONS.quizNext, next?.value ?? ""))).toBe("SQL");
  });
});

describe("the last question shown, forgotten or damaged", () => {
  it("GIVEN questions shown and not answered WHEN the person is forgotten THEN another one is chosen afresh, and no record keyed by them is left", async () => {
    const records = new Map<string, unknown>();
    const bot = await testBot({ store: memoryStore(records, silentLogger) });
    const after: string[] = [];
    for (const [asked, skill] of SHOWN) {
      for (let i = 0; i < 3; i++) {
        const user = `forgotten-${skill}-${i}`;
        await say(bot, user, asked);
        const reply = await say(bot, user, "forget me");
        const confirm = buttonsOf(reply).find((b) => b.action === ACTIONS.forgetConfirm);
        await press(bot, user, ACTIONS.forgetConfirm, confirm?.value ?? "");
        const left = [...records.keys()].filter((key) => key.includes(`:${user}`));
        expect(left).toEqual([]);
        after.push(quizSkillOf(await say(bot, user, "another one")) === skill ? "same" : "other");
      }
    }
    // Nine people each kept to the skill they were shown would be the record surviving.
    expect(after).toContain("other");
  });

  for (const [what, stored] of [
    ["an old format", { skill: "sql", shownAt: "2026-11-26T09:00:00.000Z" }],
    ["a date that is no date", { skillId: "sql", at: "yesterday" }],
    ["a skill the matrix no longer has", { skillId: "gone-skill", at: "2026-11-26T09:00:00.000Z" }],
    ["text that is not JSON", "{not json"],
  ] as const)
    it(`GIVEN the last question shown stored as ${what} WHEN they ask for another one THEN they get a question`, async () => {
      const records = new Map<string, unknown>();
      const bot = await testBot({ store: memoryStore(records, silentLogger) });
      const key = keys.quizLastShown(person("damaged"));
      if (typeof stored === "string") records.set(key, stored);
      else await bot.store.set(key, stored, 60 * MINUTE);
      const reply = await say(bot, "damaged", "another one");
      expect(quizSkillOf(reply)).toMatch(/^[A-Z]/);
      expect(buttonsOf(reply).some((b) => b.action === ACTIONS.quizAnswer)).toBe(true);
    });
});
