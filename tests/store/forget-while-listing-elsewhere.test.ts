import { describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { readIndex, readShardedIndex } from "../../src/store/team-index.ts";
import { DM, person, press, say, testBot, textOf } from "../helpers/core.ts";
import { storeWith } from "../helpers/store.ts";

const redisUrl = inject("redisUrl");

/**
 * `inner`, whose `nth` update of a key matching `held` waits (before it runs) until `release()`:
 * an instance caught half-way through a command, some of its writes done and the rest to come.
 */
function holdingUpdate(inner: RecordStore, held: RegExp, nth = 1) {
  let release = () => {};
  let reached = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const waiting = new Promise<void>((resolve) => {
    reached = resolve;
  });
  let seen = 0;
  const store = storeWith(inner, {
    update: async (key, schema, change, ttlMs) => {
      if (held.test(key) && ++seen === nth) {
        reached();
        await released;
      }
      return inner.update(key, schema, change, ttlMs);
    },
  });
  return { store, waiting, release };
}

const AnyRecord = z.unknown();

describe.skipIf(!redisUrl)("forget-me on one instance while another lists the person", () => {
  it.each([
    { command: "rate sql 2", index: "members", held: /:members:\d+$/ },
    { command: "mentor on", index: "mentors", held: /:mentors$/ },
  ])(
    "GIVEN fay's `$command` on B has written her record but not yet her $index listing WHEN she confirms forget-me on A and B's listing lands after it THEN no index names her",
    async ({ command, held }) => {
      const tenant = `T-${Math.random().toString(36).slice(2)}`;
      const fay = person("fay", tenant);
      const shared = await openStore(redisUrl as string, silentLogger);
      const holding = holdingUpdate(await openStore(redisUrl as string, silentLogger), held);
      const a = await testBot({ store: shared, seed: 1 });
      const b = await testBot({ store: holding.store, seed: 2 });
      try {
        // GIVEN fay rated before (and offered to mentor, for the mentor listing to matter)
        await say(a, "fay", "rate python 3", DM, tenant);
        if (command === "mentor on") await say(a, "fay", "rate git 3", DM, tenant);
        const onB = say(b, "fay", command, DM, tenant);
        await holding.waiting;

        // WHEN forget-me runs to the end on A, then B's listing goes ahead
        const forgot = await press(
          a,
          "fay",
          ACTIONS.forgetConfirm,
          forgetConfirmValue(a.clock.now()),
          DM,
          tenant,
        );
        expect(textOf(forgot)).toMatch(/^Done/);
        holding.release();
        await onB;

        // THEN whether B's write or the forget won, no index names someone with no record
        const record = await shared.get(keys.person(fay), AnyRecord);
        const members = await readShardedIndex(shared, keys.members(fay));
        const mentors = await readIndex(shared, keys.mentors(fay));
        expect({ record, members, mentors }).toEqual({
          record: undefined,
          members: [],
          mentors: [],
        });
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    },
  );
});

describe.skipIf(!redisUrl)("a rating given on one instance while forget-me runs on another", () => {
  it("GIVEN forget-me on A has deleted fay's record a second time WHEN B's `rate sql 2` writes her record and lists her before A unlists her THEN her rating stays whole: record, history and listing", async () => {
    const tenant = `T-${Math.random().toString(36).slice(2)}`;
    const fay = person("fay", tenant);
    // A held before its second pass unlists her (the mentors list comes first); B before it
    // writes her record.
    const onA = holdingUpdate(await openStore(redisUrl as string, silentLogger), /:mentors$/, 2);
    const onB = holdingUpdate(await openStore(redisUrl as string, silentLogger), /:person:fay$/);
    const a = await testBot({ store: onA.store, seed: 1 });
    const b = await testBot({ store: onB.store, seed: 2 });
    try {
      await say(a, "fay", "rate python 3", DM, tenant);
      const rating = say(b, "fay", "rate sql 2", DM, tenant);
      await onB.waiting;
      const forgetting = press(
        a,
        "fay",
        ACTIONS.forgetConfirm,
        forgetConfirmValue(a.clock.now()),
        DM,
        tenant,
      );
      await onA.waiting;

      // WHEN B's rating lands between A's last delete and A's last unlisting
      onB.release();
      expect(textOf(await rating)).toMatch(/^Saved: SQL at 2/);
      onA.release();
      expect(textOf(await forgetting)).toMatch(/^Done/);

      // THEN the rating given after the forget is kept whole, as any other: in her record, her
      // history and the team's members
      const record = await a.core.people.get(fay);
      const history = await a.core.people.history(fay);
      const members = await readShardedIndex(a.store, keys.members(fay));
      expect({ ratings: record.ratings, history, members }).toEqual({
        ratings: { sql: expect.objectContaining({ level: 2 }) },
        history: [expect.objectContaining({ skillId: "sql", level: 2 })],
        members: ["fay"],
      });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
