import { describe, expect, it } from "vitest";
import { type Tallies, TeamTallies, tally } from "../../src/store/team-tallies.ts";
import { FakeClock } from "../helpers/core.ts";

const G1 = { platform: "discord", tenant: "g1" } as const;
const G2 = { platform: "discord", tenant: "g2" } as const;

/** Tallies over counts the test controls: how many ran, and each one's result to hand out. */
function counting(clock = new FakeClock()) {
  const runs: { tenant: string; settle: (tallies: Tallies) => void; fail: () => void }[] = [];
  const tallies = new TeamTallies({
    count: (tenant) =>
      new Promise<Tallies>((resolve, reject) =>
        runs.push({
          tenant: tenant.tenant,
          settle: resolve,
          fail: () => reject(new Error("down")),
        }),
      ),
    clock,
    freshMs: 1000,
    tenantsKept: 2,
  });
  return { tallies, runs, clock };
}
/** Tallies of SQL alone: how many rated it at each level 0–4. */
const sqlAt = (...atLevel: number[]): Tallies => new Map([["sql", { atLevel }]]);

describe("team tallies", () => {
  it("GIVEN records THEN each skill's raters are counted by level", () => {
    const counted = tally([
      { ratings: { sql: { level: 2 }, git: { level: 4 } } },
      { ratings: { sql: { level: 3 } } },
      { ratings: {} },
    ]);
    expect(Object.fromEntries(counted)).toEqual({
      sql: { atLevel: [0, 0, 1, 1, 0] },
      git: { atLevel: [0, 0, 0, 0, 1] },
    });
  });

  it("GIVEN a count WHEN asked again while fresh THEN it is reused, shared by callers who asked while it ran; once stale THEN counted again", async () => {
    const { tallies, runs, clock } = counting();
    const first = tallies.of(G1);
    const meanwhile = tallies.of(G1);
    expect(runs).toHaveLength(1);
    runs[0]?.settle(sqlAt(0, 0, 5, 0, 0));
    expect(await first).toBe(await meanwhile);
    clock.advance(999);
    expect((await tallies.of(G1)).get("sql")).toEqual({ atLevel: [0, 0, 5, 0, 0] });
    expect(runs).toHaveLength(1);
    clock.advance(1);
    const again = tallies.of(G1);
    expect(runs).toHaveLength(2);
    runs[1]?.settle(sqlAt(0, 0, 5, 1, 0));
    expect((await again).get("sql")).toEqual({ atLevel: [0, 0, 5, 1, 0] });
  });

  it("GIVEN a change while a count runs THEN that count still answers its callers, but the next call counts again", async () => {
    const { tallies, runs } = counting();
    const running = tallies.of(G1);
    tallies.changed(G1);
    runs[0]?.settle(sqlAt(0, 0, 5, 0, 0));
    expect((await running).get("sql")?.atLevel).toEqual([0, 0, 5, 0, 0]);
    const after = tallies.of(G1);
    expect(runs).toHaveLength(2);
    runs[1]?.settle(sqlAt(0, 0, 6, 0, 0));
    expect((await after).get("sql")?.atLevel).toEqual([0, 0, 6, 0, 0]);
  });

  it("GIVEN a count that fails THEN its callers see the failure and the next call tries again", async () => {
    const { tallies, runs } = counting();
    const failing = tallies.of(G1);
    runs[0]?.fail();
    await expect(failing).rejects.toThrow("down");
    const retried = tallies.of(G1);
    expect(runs).toHaveLength(2);
    runs[1]?.settle(sqlAt(0, 5, 0, 0, 0));
    expect((await retried).get("sql")?.atLevel).toEqual([0, 5, 0, 0, 0]);
  });

  it("GIVEN more tenants than it keeps THEN the least recently counted is counted again, the others are reused", async () => {
    const { tallies, runs } = counting();
    for (const tenant of [G1, G2, { platform: "discord", tenant: "g3" } as const]) {
      const counted = tallies.of(tenant);
      runs.at(-1)?.settle(sqlAt(0, 5, 0, 0, 0));
      await counted;
    }
    await tallies.of(G2);
    expect(runs).toHaveLength(3);
    const recounted = tallies.of(G1);
    expect(runs.map((run) => run.tenant)).toEqual(["g1", "g2", "g3", "g1"]);
    runs.at(-1)?.settle(sqlAt(0, 5, 0, 0, 0));
    await recounted;
  });
});
