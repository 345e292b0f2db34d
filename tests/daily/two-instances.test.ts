import { describe, expect, inject, it } from "vitest";
import { ACTIONS } from "../../src/core/actions.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { openStore } from "../../src/store/open-store.ts";
import { asker, buttonsOf, testBot } from "../helpers/core.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

const redisUrl = inject("redisUrl");

describe.skipIf(!redisUrl)("daily quiz on two instances sharing one redis-server", () => {
  it("GIVEN two bots on one Redis WHEN both run the scheduler at the same instant THEN each channel gets exactly one post, and one reveal", async () => {
    const tenant = `T-${Math.random().toString(36).slice(2)}`;
    const a = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 1 });
    const b = await testBot({ store: await openStore(redisUrl as string, silentLogger), seed: 2 });
    try {
      const channels = ["C1", "C2", "C3", "C4", "C5"];
      for (const channel of channels) {
        a.clock.set("2026-11-20T00:00:00Z");
        await a.bot.handle({
          type: "text",
          ...asker("admin", { channel, kind: "channel", audience: "public" }, tenant),
          canManageChannel: true,
          text: "quiz daily on 09:30 UTC",
        });
      }
      const outA = new RecordingOutbox();
      const outB = new RecordingOutbox();
      const at = new Date("2026-11-20T09:30:00Z");
      await Promise.all([
        runDue(a.core, outA, at),
        runDue(b.core, outB, at),
        runDue(a.core, outA, at),
        runDue(b.core, outB, at),
      ]);
      const mine = (o: RecordingOutbox) => o.posts.filter((p) => p.target.tenant === tenant);
      const posted = [...mine(outA), ...mine(outB)].map((p) => p.target.channel).sort();
      expect(posted).toEqual(channels);

      // Answers through both instances count once per person.
      const first = [...mine(outA), ...mine(outB)].find((p) => p.target.channel === "C1");
      const value =
        buttonsOf(first?.reply ?? { visibility: "public", blocks: [], summary: "" })[0]?.value ??
        "";
      const where = { channel: "C1", kind: "channel" as const, audience: "public" as const };
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).bot.handle({
            type: "action",
            ...asker("ana", where, tenant),
            action: ACTIONS.quizAnswer,
            value,
          }),
        ),
      );
      const counts = await a.core.quizzes.tally(
        { platform: "slack", tenant },
        value.split(":")[0] ?? "",
        4,
      );
      expect(counts.reduce((x, y) => x + y, 0)).toBe(1);

      const reveal = new Date("2026-11-20T17:30:00Z");
      await Promise.all([runDue(a.core, outA, reveal), runDue(b.core, outB, reveal)]);
      const reveals = [...mine(outA), ...mine(outB)].filter((p) => p.key.startsWith("reveal:"));
      expect(reveals.map((p) => p.target.channel).sort()).toEqual(channels);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
