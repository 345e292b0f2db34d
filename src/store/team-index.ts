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
