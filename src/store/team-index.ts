import { z } from "zod";
import type { RecordStore } from "./record-store.ts";

/** A tenant-wide list of user ids (members, mentors), changed atomically one id at a time. */
const IndexSchema = z.object({ users: z.array(z.string()) });

export async function readIndex(store: RecordStore, key: string): Promise<string[]> {
  return (await store.get(key, IndexSchema))?.users ?? [];
}

export async function addToIndex(store: RecordStore, key: string, user: string): Promise<void> {
  await store.update(key, IndexSchema, (current) =>
    current?.users.includes(user) ? current : { users: [...(current?.users ?? []), user] },
  );
}

export async function removeFromIndex(
  store: RecordStore,
  key: string,
  user: string,
): Promise<void> {
  await store.update(key, IndexSchema, (current) =>
    current ? { users: current.users.filter((u) => u !== user) } : undefined,
  );
}

/**
 * An index that grows with everyone in a tenant (members), split into shards by user id, so a
 * first rating parses and rewrites a small shard, not the whole team (at 2,000 members a
 * sixteenth was still 125 ids, about 15 µs of JSON per first rating; a sixty-fourth is 30).
 *
 * Earlier layouts are still read and cleaned: `key` itself (one list, before sharding), and 16
 * shards, which are shards 0–15 of today's 64 (the same hash, so a user's old shard is its hash
 * modulo 16).
 */
const SHARDS = 64;
const EARLIER_SHARDS = 16;

/** FNV-1a: stable across processes and versions, so every instance picks the same shard. */
function hashOf(user: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < user.length; i++) hash = Math.imul(hash ^ user.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const shardKey = (key: string, shard: number) => `${key}:${shard}`;

export async function readShardedIndex(store: RecordStore, key: string): Promise<string[]> {
  const keys = [key, ...Array.from({ length: SHARDS }, (_, shard) => shardKey(key, shard))];
  const lists = await Promise.all(keys.map((k) => readIndex(store, k)));
  return [...new Set(lists.flat())];
}

export async function addToShardedIndex(
  store: RecordStore,
  key: string,
  user: string,
): Promise<void> {
  await addToIndex(store, shardKey(key, hashOf(user) % SHARDS), user);
}

export async function removeFromShardedIndex(
  store: RecordStore,
  key: string,
  user: string,
): Promise<void> {
  const hash = hashOf(user);
  const shards = new Set([hash % SHARDS, hash % EARLIER_SHARDS]);
  for (const shard of shards) await removeFromIndex(store, shardKey(key, shard), user);
  await removeFromIndex(store, key, user);
}
