import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { Bot } from "../../src/core/bot.ts";
import { silentLogger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { openStore } from "../../src/store/open-store.ts";
import { AnswerSchema } from "../../src/store/quiz-book.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { readIndex, readShardedIndex } from "../../src/store/team-index.ts";
import { buttonsOf, person, press, say, testBot, textOf } from "../helpers/core.ts";
import { storeWith } from "../helpers/store.ts";

type Op = "get" | "set" | "delete" | "claim" | "update";

/**
 * A store that holds the first call matching `when` (before it runs) until `release()`: a
 * command caught half-way, with some of its writes done and the rest to come.
 */
function holdingStore(inner: RecordStore, when: (op: Op, key: string) => boolean) {
  let release = () => {};
  let reached = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = new Promise<void>((resolve) => {
    reached = resolve;
  });
  let armed = true;
  const hold = async (op: Op, key: string) => {
    if (armed && when(op, key)) {
      armed = false;
      reached();
      await released;
    }
  };
  const store = storeWith(inner, {
    get: async (k, s) => {
      await hold("get", k);
      return inner.get(k, s);
    },
    set: async (k, v, t) => {
      await hold("set", k);
      return inner.set(k, v, t);
    },
    delete: async (k) => {
      await hold("delete", k);
      return inner.delete(k);
    },
    claim: async (k, v, t) => {
      await hold("claim", k);
      return inner.claim(k, v, t);
    },
    update: async (k, s, c, t) => {
      await hold("update", k);
      return inner.update(k, s, c, t);
    },
  });
  return { store, held, release };
}

/**
 * Lets `promise` run as far as it can without help (its store calls take a few turns of the
 * event loop each): until it settles, or for as many turns as a command needs many times over.
 */
async function runAsFarAsItGoes(promise: Promise<unknown>): Promise<void> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < 200 && !settled; turn++)
    await new Promise((resolve) => setImmediate(resolve));
}

/** Whether `promise` has settled once everything already queued has run. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

const memory = () => openStore("memory://", silentLogger);
const alice = person("alice");

describe("one person's commands take turns", () => {
  it("GIVEN a first rating half-saved WHEN the person confirms forget-me THEN nothing of theirs is left: no rating, not in the members index", async () => {
    const held = holdingStore(
      await memory(),
      (op, key) => op === "update" && /:members:\d+$/.test(key),
    );
    const bot = await testBot({ store: held.store });
    const rating = say(bot, "alice", "rate sql 3");
    await held.held;

    const forgetting = press(
      bot,
      "alice",
      ACTIONS.forgetConfirm,
      forgetConfirmValue(bot.clock.now()),
    );
    await runAsFarAsItGoes(forgetting);
    held.release();
    const [rated, forgot] = await Promise.all([rating, forgetting]);

    expect(textOf(rated)).toMatch(/Saved: SQL at 3/);
    expect(textOf(forgot)).toMatch(/^Done/);
    expect((await bot.core.people.get(alice)).ratings).toEqual({});
    expect(await readShardedIndex(bot.store, keys.members(alice))).not.toContain("alice");
    expect(textOf(await say(bot, "alice", "profile"))).toMatch(/haven't rated any skills/);
  });

  it("GIVEN a quiz answer claimed but not yet logged WHEN the person confirms forget-me THEN the answer is gone from the log, the claim and the profile", async () => {
    const held = holdingStore(
      await memory(),
      (op, key) => op === "update" && key.includes(":quizlog:"),
    );
    const bot = await testBot({ store: held.store });
    const question = await say(bot, "alice", "quiz sql");
    const option = buttonsOf(question).find((b) => b.action === ACTIONS.quizAnswer);
    if (!option) throw new Error("the quiz question has no answer buttons");
    const answering = press(bot, "alice", option.action, option.value);
    await held.held;

    const forgetting = press(
      bot,
      "alice",
      ACTIONS.forgetConfirm,
      forgetConfirmValue(bot.clock.now()),
    );
    await runAsFarAsItGoes(forgetting);
    held.release();
    await Promise.all([answering, forgetting]);

    const log = await bot.core.quizzes.log(alice);
    expect(log.recent).toEqual([]);
    const roundId = option.value.split(":")[0] ?? "";
    // Forget-me deletes a round shown to her alone with her claim on it: nothing says what she chose.
    expect(
      (await bot.store.get(keys.quizAnswer(alice, roundId), AnswerSchema))?.shown,
    ).toBeUndefined();
    expect(textOf(await say(bot, "alice", "profile"))).not.toMatch(/Quiz answers/);
  });

  it("GIVEN mentor off half-done WHEN she says mentor on THEN the record and the mentors list agree, and teammates find her", async () => {
    const store = await memory();
    let holding: ReturnType<typeof holdingStore> | undefined;
    const bot = await testBot({
      store: storeWith(store, {
        update: (k, s, c, t) => (holding ? holding.store : store).update(k, s, c, t),
      }),
    });
    await say(bot, "alice", "rate sql 4");
    await say(bot, "alice", "mentor on");
    holding = holdingStore(store, (op, key) => op === "update" && key.endsWith(":mentors"));
    const off = say(bot, "alice", "mentor off");
    await holding.held;

    const on = say(bot, "alice", "mentor on");
    await runAsFarAsItGoes(on);
    holding.release();
    await Promise.all([off, on]);

    expect((await bot.core.people.get(alice)).mentor).toBe(true);
    expect(await readIndex(bot.store, keys.mentors(alice))).toContain("alice");
    expect(textOf(await say(bot, "bob", "mentor sql"))).toMatch(/alice/);
  });

  it("GIVEN one person's command stuck on the store THEN other people's commands are answered meanwhile", async () => {
    const held = holdingStore(
      await memory(),
      (op, key) => op === "update" && key.endsWith(":person:alice"),
    );
    const bot = await testBot({ store: held.store });
    const stuck = say(bot, "alice", "rate sql 3");
    await held.held;

    expect(textOf(await say(bot, "bob", "rate python 2"))).toMatch(/Saved: Python/);
    expect(textOf(await say(bot, "bob", "profile"))).toMatch(/Python/);
    expect(await isSettled(stuck)).toBe(false);
    held.release();
    expect(textOf(await stuck)).toMatch(/Saved: SQL/);
  });

  it("GIVEN a person's command that never finishes WHEN they send another THEN it waits only until its patience runs out, then is answered", async () => {
    const held = holdingStore(
      await memory(),
      (op, key) => op === "update" && key.endsWith(":person:alice"),
    );
    const booted = await testBot({ store: held.store });
    let patienceRunsOut = () => {};
    const patience = new Promise<void>((resolve) => {
      patienceRunsOut = resolve;
    });
    const bot = new Bot(booted.core, { turnPatience: () => patience });
    const ask = (text: string): Promise<Reply> =>
      bot.handle({
        type: "text",
        person: alice,
        where: { channel: "D1", kind: "dm", audience: "private" },
        text,
      });
    void ask("rate sql 3");
    await held.held;

    const profile = ask("profile");
    expect(await isSettled(profile)).toBe(false);
    patienceRunsOut();
    expect(textOf(await profile)).toMatch(/Skill profile/);
  });

  it("GIVEN two instances on one store WHEN a quiz answer on one lands while the other is forgetting the person THEN forget-me deletes it too", async () => {
    // The per-person turn is per process: the second instance's answer is not held back.
    const inner = await memory();
    const answerHeld = holdingStore(
      inner,
      (op, key) => op === "update" && key.includes(":quizlog:"),
    );
    const forgetHeld = holdingStore(
      inner,
      (op, key) => op === "delete" && key.endsWith(":person:alice"),
    );
    const answering = await testBot({ store: answerHeld.store });
    const forgetting = await testBot({ store: forgetHeld.store });
    const question = await say(answering, "alice", "quiz sql");
    const option = buttonsOf(question).find((b) => b.action === ACTIONS.quizAnswer);
    if (!option) throw new Error("the quiz question has no answer buttons");

    const answer = press(answering, "alice", option.action, option.value);
    await answerHeld.held;
    const forgot = press(
      forgetting,
      "alice",
      ACTIONS.forgetConfirm,
      forgetConfirmValue(forgetting.clock.now()),
    );
    await forgetHeld.held; // past the quiz log, about to delete the record
    answerHeld.release();
    await answer;
    forgetHeld.release();
    expect(textOf(await forgot)).toMatch(/^Done/);

    expect((await forgetting.core.quizzes.log(alice)).recent).toEqual([]);
    const roundId = option.value.split(":")[0] ?? "";
    expect(await inner.get(keys.quizAnswer(alice, roundId), AnswerSchema)).not.toHaveProperty(
      "shown",
    );
    expect(textOf(await say(forgetting, "alice", "profile"))).not.toMatch(/Quiz answers/);
  });
});
