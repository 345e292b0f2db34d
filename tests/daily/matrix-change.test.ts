import { describe, expect, it } from "vitest";
import { silentLogger } from "../../src/core/ports.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { openStore } from "../../src/store/open-store.ts";
import { buttonsOf, testBot, textOf } from "../helpers/core.ts";
import { DAILY_TARGET, sayAsAdmin } from "../helpers/daily-channel.ts";
import { matrixWithout } from "../helpers/matrix-without.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";

// A team edits its matrix while a daily question is open: the question may be gone at reveal.

const TARGET = DAILY_TARGET;
const isReveal = (key: string) => key.startsWith("reveal:");

describe("an open question the matrix no longer has", () => {
  it("GIVEN the question left the matrix before its reveal WHEN the reveal is due THEN its message is closed with a note, and nothing is revealed", async () => {
    const store = await openStore("memory://", silentLogger);
    const before = await testBot({ store });
    before.clock.set("2026-11-23T00:00:00Z");
    await sayAsAdmin(before, "quiz daily on 09:00 UTC sql");
    const outbox = new RecordingOutbox();
    before.clock.set("2026-11-23T09:00:00Z");
    await runDue(before.core, outbox, before.clock.now());
    const posted = outbox.posts[0];
    const roundId =
      buttonsOf(posted?.reply ?? { visibility: "public", blocks: [], summary: "" })[0]?.value.split(
        ":",
      )[0] ?? "";
    const round = await before.core.quizzes.round(TARGET, roundId);
    const matrix = matrixWithout([round?.questionId ?? ""]);
    try {
      const after = await testBot({ store, env: { SKILLBOT_MATRIX: matrix.dir } });
      await runDue(after.core, outbox, new Date("2026-11-23T17:00:00Z"));

      expect(outbox.posts.filter((p) => isReveal(p.key))).toHaveLength(0);
      const closed = outbox.sent.find((s) => s.kind === "update");
      expect(closed?.kind === "update" && closed.messageId).toBe(posted?.messageId);
      expect(closed?.kind === "update" ? textOf(closed.reply) : "").toMatch(
        /taken out of the skill matrix/,
      );
      expect((await after.core.schedules.get(TARGET))?.open).toBeUndefined();
    } finally {
      matrix.remove();
    }
  });
});
