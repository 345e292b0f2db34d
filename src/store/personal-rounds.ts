import { z } from "zod";
import type { Person } from "../core/events.ts";
import { keys } from "./keys.ts";
import {
  type RecordStore,
  readableEntries,
  UnreadableRecord,
  withSalvage,
} from "./record-store.ts";

/**
 * The questions shown to a person alone, by round id, with when: a round names its owner, and
 * one never answered is in no quiz log, so forget-me finds it here rather than leaving it until
 * it expires. A round that has expired is gone already, and leaves the list at the next note.
 */
const Iso = z.iso.datetime({ offset: true });
// An entry that cannot be read is dropped (and logged), rather than stop the person's quizzes.
const ShownRoundsSchema = withSalvage(z.record(z.string(), Iso), readableEntries(Iso));

/**
 * Notes a round shown to `person` alone; the list lasts as long as the round (`ttlMs`). A list
 * that cannot be read is left for a repair (the update logged it), and the quiz goes on: its
 * round, unlisted, then expires on its own as before there was a list.
 */
export async function notePersonalRound(
  store: RecordStore,
  person: Person,
  round: { id: string; createdAt: string },
  ttlMs: number,
): Promise<void> {
  const now = Date.parse(round.createdAt);
  await store
    .update(
      keys.personalRounds(person),
      ShownRoundsSchema,
      (listed) => ({
        ...Object.fromEntries(
          Object.entries(listed ?? {}).filter(([, at]) => Date.parse(at) + ttlMs > now),
        ),
        [round.id]: round.createdAt,
      }),
      ttlMs,
    )
    .catch((error: unknown) => {
      if (!(error instanceof UnreadableRecord)) throw error;
    });
}

/**
 * Forget me: deletes every round shown to the person alone, answered or not, with their claim on
 * it (a press on its buttons then finds the question closed, and claims nothing), then the list.
 * A list that cannot be read is deleted all the same: its rounds then expire on their own.
 */
export async function forgetPersonalRounds(store: RecordStore, person: Person): Promise<void> {
  const listed = await store.get(keys.personalRounds(person), ShownRoundsSchema);
  // An update would refuse a list it cannot read; nothing in it can be reached anyway.
  if (!listed) return store.delete(keys.personalRounds(person));
  await Promise.all(
    Object.keys(listed).flatMap((roundId) => [
      store.delete(keys.quizRound(person, roundId)),
      store.delete(keys.quizAnswer(person, roundId)),
    ]),
  );
  // Only the rounds deleted leave the list: one shown meanwhile on another instance stays for
  // forget-me's second pass.
  await store.update(keys.personalRounds(person), ShownRoundsSchema, (current) => {
    const left = Object.entries(current ?? {}).filter(([id]) => !(id in listed));
    return left.length > 0 ? Object.fromEntries(left) : undefined;
  });
}
