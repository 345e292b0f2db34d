import { z } from "zod";
import type { Person } from "../core/events.ts";
import { keys } from "./keys.ts";
import { type RecordStore, readableItems, UnreadableRecord, withSalvage } from "./record-store.ts";

/**
 * The questions shown to a person alone, one list of round ids per UTC day they were shown: a
 * round names its owner, and one never answered is in no quiz log, so forget-me finds it here
 * rather than leaving it until it expires. A day's list outlives its last round a little and
 * then expires whole, so listing a question never reads or filters more than that day's.
 */
// An id that cannot be read is dropped (and logged), rather than stop the person's quizzes.
const RoundIdsSchema = withSalvage(z.array(z.string()), readableItems(z.string()));

const DAY = 24 * 60 * 60 * 1000;
/** How long a day's list outlives the last round it lists, written a moment before or after it. */
const LIST_MARGIN = 60 * 60 * 1000;

const utcDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * Notes a round shown to `person` alone, in the list of the day it was shown; the round lasts
 * `roundTtlMs`. A list that cannot be read is left for a repair (the update logged it), and the
 * quiz goes on: its round, unlisted, then expires on its own as before there was a list.
 */
export async function notePersonalRound(
  store: RecordStore,
  person: Person,
  round: { id: string; createdAt: string },
  roundTtlMs: number,
): Promise<void> {
  const day = utcDate(Date.parse(round.createdAt));
  await store
    .update(
      keys.personalRounds(person, day),
      RoundIdsSchema,
      (listed) => [...(listed ?? []), round.id],
      roundTtlMs + LIST_MARGIN,
    )
    .catch((error: unknown) => {
      if (!(error instanceof UnreadableRecord)) throw error;
    });
}

/**
 * The UTC days whose lists may still name a live round at `now`: from the day of the oldest
 * (`roundTtlMs` ago) to tomorrow, a day wider each way for instances whose clocks disagree.
 */
function daysWithLiveRounds(now: Date, roundTtlMs: number): string[] {
  const days: string[] = [];
  for (let at = now.getTime() - roundTtlMs - DAY; at <= now.getTime() + DAY; at += DAY)
    days.push(utcDate(at));
  return days;
}

/**
 * Forget me: deletes every round shown to the person alone, answered or not, with their claim on
 * it (a press on its buttons then finds the question closed, and claims nothing), then the lists.
 * A list that cannot be read is deleted all the same: its rounds then expire on their own.
 */
export async function forgetPersonalRounds(
  store: RecordStore,
  person: Person,
  now: Date,
  roundTtlMs: number,
): Promise<void> {
  await Promise.all(
    daysWithLiveRounds(now, roundTtlMs).map((day) => forgetDay(store, person, day)),
  );
}

async function forgetDay(store: RecordStore, person: Person, day: string): Promise<void> {
  const key = keys.personalRounds(person, day);
  const listed = await store.get(key, RoundIdsSchema);
  // An update would refuse a list it cannot read; nothing in it can be reached anyway.
  if (!listed) return store.delete(key);
  await Promise.all(
    listed.flatMap((roundId) => [
      store.delete(keys.quizRound(person, roundId)),
      store.delete(keys.quizAnswer(person, roundId)),
    ]),
  );
  // Only the rounds deleted leave the list: one shown meanwhile on another instance stays for
  // forget-me's second pass.
  const deleted = new Set(listed);
  await store.update(key, RoundIdsSchema, (current) => {
    const left = (current ?? []).filter((id) => !deleted.has(id));
    return left.length > 0 ? left : undefined;
  });
}
