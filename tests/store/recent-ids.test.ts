import { describe, expect, it } from "vitest";
import { RecentIds } from "../../src/store/recent-ids.ts";

describe("recent ids", () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it("GIVEN an id seen once WHEN it comes again within the TTL THEN it is not a first sighting; after the TTL it is", () => {
    const time = clock();
    const ids = new RecentIds({ ttlMs: 1000, limit: 100, now: time.now });
    expect(ids.firstSighting("a")).toBe(true);
    time.advance(999);
    expect(ids.firstSighting("a")).toBe(false);
    expect(ids.firstSighting("b")).toBe(true);
    time.advance(1);
    expect(ids.firstSighting("a")).toBe(true);
    expect(ids.firstSighting("b")).toBe(false);
  });

  it("GIVEN ids older than the TTL THEN they are forgotten as new ones arrive, so memory follows the rate, not the total", () => {
    const time = clock();
    const ids = new RecentIds({ ttlMs: 1000, limit: 1_000_000, now: time.now });
    for (let i = 0; i < 5000; i++) {
      ids.firstSighting(`id${i}`);
      time.advance(10);
    }
    expect(ids.size).toBe(100);
    expect(ids.firstSighting("id4999")).toBe(false);
    expect(ids.firstSighting("id4901")).toBe(false);
    expect(ids.firstSighting("id4900")).toBe(true);
  });

  it("GIVEN a flood past the limit THEN the oldest are forgotten early and the newest still count as seen", () => {
    const ids = new RecentIds({ ttlMs: 60_000, limit: 3, now: clock().now });
    for (const id of ["a", "b", "c", "d"]) expect(ids.firstSighting(id)).toBe(true);
    expect(ids.size).toBe(3);
    expect(ids.firstSighting("d")).toBe(false);
    expect(ids.firstSighting("b")).toBe(false);
    expect(ids.size).toBe(3);
    expect(ids.firstSighting("a")).toBe(true);
    expect(ids.firstSighting("c")).toBe(false);
    expect(ids.firstSighting("b")).toBe(true);
  });
});
