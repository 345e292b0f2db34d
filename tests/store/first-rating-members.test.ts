import { expect, it } from "vitest";
import { SkillbotError } from "../../src/core/errors.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import { person, say, testBot, textOf } from "../helpers/core.ts";
import { storeWith } from "../helpers/store.ts";

const alice = person("alice");

it("GIVEN alice's first rating saved but her members-index write failed WHEN she rates again THEN she joins the team's members", async () => {
  const inner = await openStore("memory://", silentLogger);
  let membersDown = true;
  const store = storeWith(inner, {
    update: (key, schema, change, ttlMs) =>
      membersDown && key.includes(":members")
        ? Promise.reject(new SkillbotError({ code: "StoreUnavailable" }))
        : inner.update(key, schema, change, ttlMs),
  });
  const bot = await testBot({ store });

  expect(textOf(await say(bot, "alice", "rate sql 3"))).toMatch(/can't reach my storage/);
  membersDown = false;
  expect(textOf(await say(bot, "alice", "rate sql 3"))).toMatch(/^Saved: SQL at 3/);

  const members = await bot.core.people.members(alice);
  expect(members.map(({ user }) => user)).toEqual(["alice"]);
  expect((await bot.core.people.teamTallies(alice)).get("sql")).toEqual({
    atLevel: [0, 0, 0, 1, 0],
  });
});
