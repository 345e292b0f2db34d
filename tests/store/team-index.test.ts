import { expect, it } from "vitest";
import { z } from "zod";
import type { Person } from "../../src/core/events.ts";
import { keys } from "../../src/store/keys.ts";
import { People } from "../../src/store/people.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { addToIndex, readIndex, removeFromIndex } from "../../src/store/team-index.ts";
import { FakeClock } from "../helpers/core.ts";
import { memoryStores } from "../helpers/store.ts";

const tenant = { platform: "slack", tenant: "T1" } as const;
const person = (user: string): Person => ({ ...tenant, user });
/** How earlier versions stored a list, still read. */
const EarlierIndex = z.object({ users: z.array(z.string()) });
/** How a list is stored today: the ids in one string, separated by spaces. */
const Index = z.object({ ids: z.string() });
const openStore = memoryStores();

async function people(): Promise<{ store: RecordStore; people: People }> {
  const store = await openStore();
  return { store, people: new People(store, new FakeClock()) };
}

/** Every shard of the members index, as stored. */
async function shards(store: RecordStore): Promise<string[][]> {
  const base = keys.members(tenant);
  const lists = await Promise.all(
    Array.from({ length: 256 }, (_, shard) => store.get(`${base}:${shard}`, Index)),
  );
  return lists.map((list) => (list ? list.ids.split(" ") : []));
}

/**
 * The shard layout is a stored format: FNV-1a of the user id, modulo the shard count. Spelled
 * out here so a change to it (which would orphan stored members) fails a test.
 */
function fnv1a(user: string): number {
  let hash = 0x811c9dc5;
  for (const char of user) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

it("GIVEN 40 people rating, some twice WHEN the members are read THEN each is listed once, spread over shards so no write rewrites the whole team", async () => {
  const { store, people: team } = await people();
  const users = Array.from({ length: 40 }, (_, i) => `U${1000 + i}`);
  for (const user of users) await team.rate(person(user), "python", 2);
  for (const user of users.slice(0, 10)) await team.rate(person(user), "sql", 3);

  const members = await team.members(tenant);
  expect(members.map((m) => m.user).sort()).toEqual([...users].sort());
  const stored = await shards(store);
  expect(stored.flat().sort()).toEqual([...users].sort());
  // Each user is in the shard its hash names; the unsharded key is not written any more.
  for (const user of users) expect(stored[fnv1a(user) % 256]).toContain(user);
  expect(Math.max(...stored.map((s) => s.length))).toBeLessThanOrEqual(3);
  expect(await store.get(keys.members(tenant), Index)).toBeUndefined();
});

it("GIVEN members listed the old way, in one unsharded index WHEN read and forgotten THEN they still count, and forget me removes them there too", async () => {
  const { store, people: team } = await people();
  await store.set(keys.members(tenant), { users: ["UOLD1", "UOLD2"] } satisfies z.infer<
    typeof EarlierIndex
  >);
  await team.rate(person("UOLD1"), "python", 1);
  await team.rate(person("UNEW"), "python", 3);

  expect((await team.members(tenant)).map((m) => m.user).sort()).toEqual([
    "UNEW",
    "UOLD1",
    "UOLD2",
  ]);
  await team.forget(person("UOLD2"));
  await team.forget(person("UNEW"));
  expect((await team.members(tenant)).map((m) => m.user)).toEqual(["UOLD1"]);
  // Rewritten at its change, in today's form.
  expect(await store.get(keys.members(tenant), Index)).toEqual({ ids: "UOLD1" });
});

it.each([16, 64])(
  "GIVEN members in the earlier %i shards, as JSON arrays WHEN read and forgotten THEN they still count, and forget me removes them there",
  async (count) => {
    const { store, people: team } = await people();
    const base = keys.members(tenant);
    // Users whose earlier shard differs from today's (hash mod 256).
    const earlier = ["UA", "UB", "UC", "UD", "UE", "UF", "UG", "UH", "UI", "UJ"].filter(
      (user) => fnv1a(user) % count !== fnv1a(user) % 256,
    );
    expect(earlier.length).toBeGreaterThan(1);
    for (const user of earlier) {
      const shard = `${base}:${fnv1a(user) % count}`;
      const listed = (await store.get(shard, EarlierIndex))?.users ?? [];
      await store.set(shard, { users: [...listed, user] });
    }
    expect((await team.members(tenant)).map((m) => m.user).sort()).toEqual([...earlier].sort());
    const [gone, ...kept] = earlier;
    await team.forget(person(gone as string));
    expect((await team.members(tenant)).map((m) => m.user).sort()).toEqual([...kept].sort());
    expect((await shards(store)).flat()).not.toContain(gone);
  },
);

it("GIVEN ids that contain one another WHEN added and removed THEN only whole ids match, an emptied list is deleted, and an id with a space is refused", async () => {
  const { store } = await people();
  const key = keys.mentors(tenant);
  for (const id of ["U12", "U1", "U123", "U1"]) await addToIndex(store, key, id);
  expect(await store.get(key, Index)).toEqual({ ids: "U12 U1 U123" });
  await removeFromIndex(store, key, "U2");
  await removeFromIndex(store, key, "U12");
  expect(await readIndex(store, key)).toEqual(["U1", "U123"]);
  await removeFromIndex(store, key, "U1");
  await removeFromIndex(store, key, "U123");
  expect(await store.get(key, Index)).toBeUndefined();
  expect(await readIndex(store, key)).toEqual([]);
  await expect(addToIndex(store, key, "U1 U2")).rejects.toThrow(/not an index id/);
  await expect(addToIndex(store, key, "")).rejects.toThrow(/not an index id/);
  expect(await readIndex(store, key)).toEqual([]);
});
