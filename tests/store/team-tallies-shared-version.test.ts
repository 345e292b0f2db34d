import { expect, it } from "vitest";
import { type SharedVersion, type Tallies, TeamTallies } from "../../src/store/team-tallies.ts";
import { FakeClock } from "../helpers/core.ts";

const G1 = { platform: "discord", tenant: "g1" } as const;
const sqlAt = (...atLevel: number[]): Tallies => new Map([["sql", { atLevel }]]);

/** Two instances' tallies over one shared version; each count hands out `next` at once. */
function twoInstances() {
  let token = 0;
  const shared: SharedVersion = {
    read: async () => String(token),
    renew: async () => {
      token += 1;
    },
  };
  const counts = { a: 0, b: 0 };
  let next = sqlAt(0, 0, 5, 0, 0);
  const instance = (name: "a" | "b") =>
    new TeamTallies({
      count: async () => {
        counts[name] += 1;
        return next;
      },
      clock: new FakeClock(),
      freshMs: 60_000,
      tenantsKept: 10,
      shared,
    });
  return {
    a: instance("a"),
    b: instance("b"),
    counts,
    setNext: (tallies: Tallies) => {
      next = tallies;
    },
  };
}

it("GIVEN B counted a tenant WHEN nothing changes THEN B reuses its count; WHEN A announces a change THEN B's next call counts again", async () => {
  const { a, b, counts, setNext } = twoInstances();
  await b.of(G1);
  await b.of(G1);
  expect(counts.b).toBe(1);

  setNext(sqlAt(0, 0, 4, 0, 0));
  await a.changedEverywhere(G1);

  expect((await b.of(G1)).get("sql")?.atLevel).toEqual([0, 0, 4, 0, 0]);
  expect(counts.b).toBe(2);
});
