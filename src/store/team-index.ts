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
 * An index that grows with everyone in a tenant (members), split into shards by user id: adding
 * one person rewrites a sixteenth of the list, not all of it (in a workspace of thousands, a
 * whole list was tens of kilobytes parsed and written on every first rating). `key` itself is
 * still read and cleaned: indexes written before the split live there.
 */
const SHARDS = 16;

/** FNV-1a: stable across processes and versions, so every instance picks the same shard. */
function shardOf(user: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < user.length; i++) hash = Math.imul(hash ^ user.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
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
  await addToIndex(store, shardKey(key, shardOf(user)), user);
}

export async function removeFromShardedIndex(
  store: RecordStore,
  key: string,
  user: string,
): Promise<void> {
  await removeFromIndex(store, shardKey(key, shardOf(user)), user);
  await removeFromIndex(store, key, user);
}
