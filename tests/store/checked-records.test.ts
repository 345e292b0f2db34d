// A record read again with the very same stored text is not parsed and checked again; any
// change to that text, by this process or another one, is read afresh.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { silentLogger } from "../../src/core/ports.ts";
import { CheckedRecords } from "../../src/store/checked-records.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { memoryStores } from "../helpers/store.ts";

const Person = z.object({ name: z.string(), ratings: z.record(z.string(), z.int()) });
const openMemory = memoryStores();
const opened: RecordStore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(opened.splice(0).map((store) => store.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("records read again", () => {
  it("GIVEN a record read twice unchanged THEN both reads give the same frozen value, which nobody can change in place", async () => {
    const store = await openMemory();
    await store.set("p", { name: "Ada", ratings: { python: 3 } });
    const first = await store.get("p", Person);
    const again = await store.get("p", Person);
    expect(again).toBe(first);
    expect(Object.isFrozen(first?.ratings)).toBe(true);
    expect(() => {
      if (first) first.ratings.sql = 2;
    }).toThrow(TypeError);
  });

  it("GIVEN another process writes the record (a second store on the same SQLite file) THEN the next read sees the change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "skillbot-checked-"));
    dirs.push(dir);
    const url = `sqlite://${join(dir, "shared.sqlite")}`;
    const bot = await openStore(url, silentLogger);
    const cli = await openStore(url, silentLogger);
    opened.push(bot, cli);
    await bot.set("p", { name: "Ada", ratings: { python: 3 } });
    expect((await bot.get("p", Person))?.ratings).toEqual({ python: 3 });
    await cli.update("p", Person, (p) => p && { ...p, ratings: { ...p.ratings, sql: 2 } });
    expect((await bot.get("p", Person))?.ratings).toEqual({ python: 3, sql: 2 });
    await cli.delete("p");
    expect(await bot.get("p", Person)).toBeUndefined();
  });

  it("GIVEN a record with a time to live, read before it ends THEN a read after it ends finds nothing", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-27T09:00:00Z"), toFake: ["Date"] });
    const store = await openMemory();
    await store.set("round", { name: "r1", ratings: {} }, 60_000);
    expect(await store.get("round", Person)).toBeDefined();
    vi.setSystemTime(new Date("2026-11-27T09:01:01Z"));
    expect(await store.get("round", Person)).toBeUndefined();
  });

  it("GIVEN the same text read with another schema THEN it is checked with that one", async () => {
    const store = await openMemory();
    await store.set("p", { name: "Ada", ratings: { python: 3 } });
    expect(await store.get("p", Person)).toBeDefined();
    const Strict = z.object({ name: z.string(), ratings: z.record(z.string(), z.int().max(2)) });
    expect(await store.get("p", Strict)).toBeUndefined();
  });

  it("GIVEN more records than it keeps THEN the least recently read go first", () => {
    const kept = new CheckedRecords(2);
    const checked = (raw: string) => ({ raw, schema: Person, value: { raw }, expires: undefined });
    kept.keep("a", checked("1"));
    kept.keep("b", checked("2"));
    kept.find("a", "1", Person);
    kept.keep("c", checked("3"));
    expect(kept.find("a", "1", Person)).toBeDefined();
    expect(kept.find("b", "2", Person)).toBeUndefined();
    expect(kept.find("c", "3", Person)).toBeDefined();
  });

  it("GIVEN a record whose stored text is larger than 16 KB THEN it is not kept: such records are rare, and would fill the memory", () => {
    const kept = new CheckedRecords(10);
    const large = "x".repeat(16_385);
    kept.keep("big", { raw: large, schema: Person, value: {}, expires: undefined });
    expect(kept.find("big", large, Person)).toBeUndefined();
  });
});
