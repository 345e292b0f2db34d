import { afterEach, describe, expect, it, vi } from "vitest";
import { SkillbotError } from "../../src/core/errors.ts";
import { openStore } from "../../src/store/open-store.ts";
import { startSweeper } from "../../src/store/sweeper.ts";
import { recordingLogger } from "../helpers/recording-logger.ts";
import { storeWith } from "../helpers/store.ts";

afterEach(() => {
  vi.useRealTimers();
});

/** A memory store whose sweeps are counted, and can be made to fail. */
async function countedStore() {
  const inner = await openStore("memory://", recordingLogger());
  const sweeps = { count: 0, failing: false };
  const store = storeWith(inner, {
    sweepExpired: async (now) => {
      sweeps.count++;
      if (sweeps.failing) throw new SkillbotError({ code: "StoreUnavailable" });
      return inner.sweepExpired(now);
    },
  });
  return { store, inner, sweeps };
}

describe("sweeping expired records", () => {
  it("GIVEN the bot starting THEN expired records go at once, then every hour, and the count is logged", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T00:00:00Z") });
    const { store, inner, sweeps } = await countedStore();
    await inner.set("sb:test:short", { n: 1 }, 1000);
    await inner.set("sb:test:kept", { n: 2 });
    const log = recordingLogger();
    const sweeper = startSweeper(store, log);
    await vi.advanceTimersByTimeAsync(0);
    expect(sweeps.count).toBe(1);
    expect(log.entries.filter((e) => e.msg === "expired records deleted")).toEqual([]);

    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(sweeps.count).toBe(2);
    expect(log.entries.find((e) => e.msg === "expired records deleted")?.obj.removed).toBe(1);
    await sweeper.stop();
    await vi.advanceTimersByTimeAsync(3 * 60 * 60 * 1000);
    expect(sweeps.count).toBe(2);
  });

  it("GIVEN the store failing a sweep THEN a warning, and the next hour tries again", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T00:00:00Z") });
    const { store, sweeps } = await countedStore();
    sweeps.failing = true;
    const log = recordingLogger();
    const sweeper = startSweeper(store, log);
    await vi.advanceTimersByTimeAsync(0);
    expect(log.entries.filter((e) => e.level === "warn")).toHaveLength(1);
    sweeps.failing = false;
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(sweeps.count).toBe(2);
    expect(log.entries.filter((e) => e.level === "warn")).toHaveLength(1);
    await sweeper.stop();
  });
});
