import { describe, expect, inject, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { openStore } from "../../src/store/open-store.ts";
import { DM, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";

const redisUrl = inject("redisUrl");

/** The team-figure line `zed` (who rated nothing) sees in `explain python` on `bot`. */
const figureSeenBy = async (bot: TestBot, tenant: string) =>
  textOf(await say(bot, "zed", "explain python", DM, tenant))
    .split("\n")
    .find((line) => /teammates rated/.test(line));

describe.skipIf(!redisUrl)("team figures on two instances sharing one redis-server", () => {
  it("GIVEN five teammates rated Python and B showed their figure WHEN one of them is forgotten on A THEN B's next figure leaves her out at once", async () => {
    const tenant = `T-${Math.random().toString(36).slice(2)}`;
    const a = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 1 });
    const b = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 2 });
    try {
      const levels = { ann: 1, bob: 3, cat: 2, dan: 4, fay: 4 };
      for (const [user, level] of Object.entries(levels))
        await say(a, user, `rate python ${level}`, DM, tenant);
      expect(await figureSeenBy(b, tenant)).toMatch(/^5–9 teammates rated this skill/);

      const forgot = await press(
        a,
        "fay",
        ACTIONS.forgetConfirm,
        forgetConfirmValue(a.clock.now()),
        DM,
        tenant,
      );
      expect(textOf(forgot)).toMatch(/^Done/);

      // Four raters left: too few for a figure, on either instance, with no time passing.
      expect(await figureSeenBy(a, tenant)).toBeUndefined();
      expect(await figureSeenBy(b, tenant)).toBeUndefined();
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it("GIVEN B showed a figure WHEN a teammate rates on A THEN B's next figure counts the rating", async () => {
    const tenant = `T-${Math.random().toString(36).slice(2)}`;
    const a = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 1 });
    const b = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 2 });
    try {
      const levels = { ann: 3, bob: 3, cat: 3, dan: 3, eve: 3 };
      for (const [user, level] of Object.entries(levels))
        await say(a, user, `rate python ${level}`, DM, tenant);
      expect(await figureSeenBy(b, tenant)).toMatch(/typical level is 3 .* or higher/);

      for (const user of ["ann", "bob", "cat"]) await say(a, user, "rate python 1", DM, tenant);

      expect(await figureSeenBy(b, tenant)).toMatch(/typical level is 1 .* or lower/);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
