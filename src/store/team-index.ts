import { z } from "zod";
import { type RecordStore, UnreadableRecord } from "./record-store.ts";
import { stableHash } from "./stable-hash.ts";

/**
 * A tenant-wide list of ids (members, mentors, quiz channels), changed atomically one id at a
 * time. Stored as one string, the ids separated by spaces (ids are store key parts, which have
 * none), not as a JSON array: a first rating reads, checks and rewrites its members shard, and
 * as an array JSON.parse makes a string per id, zod checks each one and the update copies them
 * all (figures below). Lists earlier versions wrote as `{ users: [...] }` are still read, and
 * take the new form at their next change.
 */
const IndexSchema = z.union([
  z.object({ ids: z.string() }),
  z.object({ users: z.array(z.string()) }),
]);
type Index = z.infer<typeof IndexSchema>;

const SEPARATOR = " ";

const idsOf = (index: Index | undefined): string =>
  index === undefined ? "" : "ids" in index ? index.ids : index.users.join(SEPARATOR);

const split = (ids: string): string[] => (ids ? ids.split(SEPARATOR) : []);

/** Whether `id` is one of the space-separated `ids`, without splitting them. */
function listed(ids: string, id: string): boolean {
  for (let at = ids.indexOf(id); at !== -1; at = ids.indexOf(id, at + 1)) {
    const end = at + id.length;
    if ((at === 0 || ids[at - 1] === SEPARATOR) && (end === ids.length || ids[end] === SEPARATOR))
      return true;
  }
  return false;
}

export async function readIndex(store: RecordStore, key: string): Promise<string[]> {
  return split(idsOf(await store.get(key, IndexSchema)));
}

/** Lists `id`; true when this call added it, false when it was listed already. */
export async function addToIndex(store: RecordStore, key: string, id: string): Promise<boolean> {
  if (!id || id.includes(SEPARATOR)) throw new Error(`not an index id: ${JSON.stringify(id)}`);
  let added = false;
  await store.update(key, IndexSchema, (current) => {
    const ids = idsOf(current);
    // Set on every run of the change: the last one is the one that was written.
    added = !(current && listed(ids, id));
    if (!added) return current;
    return { ids: ids ? `${ids}${SEPARATOR}${id}` : id };
  });
  return added;
}

/**
 * Takes `id` out of the list. A list that fails its schema is left as it is (the store logged
 * it): nobody can be found through it, and forget-me, which comes here, must not fail on it.
 */
export async function removeFromIndex(store: RecordStore, key: string, id: string): Promise<void> {
  await store
    .update(key, IndexSchema, (current) => {
      const ids = idsOf(current);
      if (!current || !listed(ids, id)) return current;
      const rest = split(ids).filter((listedId) => listedId !== id);
      // An emptied list goes: forgetting everyone leaves no record behind.
      return rest.length > 0 ? { ids: rest.join(SEPARATOR) } : undefined;
    })
    .catch((error: unknown) => {
      if (!(error instanceof UnreadableRecord)) throw error;
    });
}

/**
 * An index that grows with everyone in a tenant (members), split into shards by user id, so a
 * first rating rewrites a small shard, not the whole team. Its cost follows the shard's length:
 * JSON.stringify alone takes about 3 ns a character. With 5,000 members, 200 first ratings at
 * once took 80 µs each with 64 shards of JSON arrays, 59 µs with 64 shards of ids as one string,
 * and 45 µs with 256 (29 µs without any index write).
 *
 * Earlier layouts are still read and cleaned: `key` itself (one list, before sharding), then 16
 * and 64 shards, which are shards 0–15 and 0–63 of today's 256 (the same hash, so a user's
 * earlier shard is its hash modulo 16 or 64).
 */
const SHARDS = 256;
const EARLIER_SHARDS = [16, 64];

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
): Promise<boolean> {
  return addToIndex(store, shardKey(key, stableHash(user) % SHARDS), user);
}

export async function removeFromShardedIndex(
  store: RecordStore,
  key: string,
  user: string,
): Promise<void> {
  const hash = stableHash(user);
  const shards = new Set([SHARDS, ...EARLIER_SHARDS].map((count) => hash % count));
  for (const shard of shards) await removeFromIndex(store, shardKey(key, shard), user);
  await removeFromIndex(store, key, user);
}
