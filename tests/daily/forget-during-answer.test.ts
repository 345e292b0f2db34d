import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { forgetConfirmValue } from "../../src/features/forget-me.ts";
import { keys } from "../../src/store/keys.ts";
import { openStore } from "../../src/store/open-store.ts";
import { person, press, testBot } from "../helpers/core.ts";
import { storeWith } from "../helpers/store.ts";

// Forget me on one instance while another records the same person's daily answer in a channel
// forget me has not seen yet. The answer lists the channel on the person's side first, then
// writes their streak there: forget me must still find it, or their name stays on that
// channel's board for good, where no later forget me can reach it.

describe("forget me while another instance records a daily answer", () => {
  it("GIVEN an answer in a new channel lands right after forget me read the person's channels THEN the streak there is deleted too", async () => {
    const inner = await openStore("memory://", silentLogger);
    const fay = person("fay");
    const indexKey = keys.quizChannels(fay);
    const elsewhere = { platform: "slack", tenant: "T1", channel: "C-other" } as const;
    let answerMeanwhile: (() => Promise<unknown>) | undefined;
    const store = storeWith(inner, {
      get: async (key, schema) => {
        const value = await inner.get(key, schema);
        const answer = answerMeanwhile;
        if (answer && key === indexKey) {
          answerMeanwhile = undefined;
          await answer();
        }
        return value;
      },
    });
    const bot = await testBot({ store });
    await bot.core.channels.recordAnswer(
      { platform: "slack", tenant: "T1", channel: "C-team" },
      "fay",
      "Fay",
      "2026-11-26",
    );

    answerMeanwhile = () => bot.core.channels.recordAnswer(elsewhere, "fay", "Fay", "2026-11-26");
    await press(bot, "fay", ACTIONS.forgetConfirm, forgetConfirmValue(bot.clock.now()));

    expect(answerMeanwhile).toBeUndefined();
    expect(await bot.core.channels.participant(elsewhere, "fay")).toBeUndefined();
    expect(await bot.core.channels.channelsOf(fay)).toEqual([]);
  });
});
