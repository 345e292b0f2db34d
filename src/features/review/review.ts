import { z } from "zod";
import { ACTIONS } from "../../core/actions.ts";
import type { Asker, Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import type { Person } from "../../core/events.ts";
import { PlatformSchema } from "../../core/events.ts";
import type { Outbox } from "../../core/outbox.ts";
import { privateReply, type Reply } from "../../core/reply.ts";
import { globalKeys, keys } from "../../store/keys.ts";
import { forgetInUnreadableCopies } from "../../store/keyv-store.ts";
import {
  readableEntries,
  readableItems,
  UnreadableRecord,
  withSalvage,
} from "../../store/record-store.ts";
import { knownTimeZone, lastScheduledAt, localDate } from "../daily/schedule-time.ts";
import { personalRound, questionBlocks } from "../quiz.ts";
import { type Deck, dueCards } from "./deck.ts";

/** Who wants reminders, and in which time zone each of them lives (UTC when unknown). */
const NudgeIndexSchema = withSalvage(
  z.object({
    people: z.array(z.string()),
    zones: z.record(z.string(), z.string()).optional(),
  }),
  // One list for every team: an entry that cannot be read costs that reminder, not everyone's.
  z.looseObject({
    people: readableItems(z.string()),
    zones: readableEntries(z.string()).optional(),
  }),
);
type NudgeIndex = z.infer<typeof NudgeIndexSchema>;
/** Reminders go out from this local time on: not at midnight, and not before people are up. */
const NUDGE_TIME = "09:00";
const DAY_MS = 24 * 60 * 60 * 1000;

/** `review`: the first due card of the person's deck as a private quiz question. */
export async function review(core: Core, asker: Asker): Promise<Reply> {
  const due = dueIn(core, await core.decks.get(asker.person), core.clock.now());
  const question = core.kb.question(due[0] ?? "");
  if (!question) return privateReply([{ kind: "text", text: dailyText.reviewNone }]);
  const round = await personalRound(core, asker, question, { review: true });
  return privateReply(
    [
      { kind: "text", text: dailyText.reviewNext(due.length) },
      ...questionBlocks(core, question, round),
    ],
    question.prompt,
  );
}

/** The deck's due cards whose question the matrix still has: a removed one can never be asked. */
const dueIn = (core: Core, deck: Deck, now: Date): string[] =>
  dueCards(deck, now).filter((id) => core.kb.question(id));

/** The index without one person, their time zone included. */
function without(index: NudgeIndex | undefined, key: string): NudgeIndex {
  const { [key]: _gone, ...zones } = index?.zones ?? {};
  return { people: (index?.people ?? []).filter((p) => p !== key), zones };
}

const personKey = (p: Person) => `${p.platform}|${p.tenant}|${p.user}`;

/** `review nudge on|off`: at most one direct message a day when cards are due. */
export async function setReviewNudge(core: Core, asker: Asker, on: boolean): Promise<Reply> {
  const key = personKey(asker.person);
  const zone = knownTimeZone(asker.timezone);
  await core.store.update(globalKeys.reviewNudges, NudgeIndexSchema, (index) => {
    const { people, zones } = without(index, key);
    if (!on) return { people, zones };
    return { people: [...people, key], zones: zone ? { ...zones, [key]: zone } : zones };
  });
  return privateReply([
    { kind: "text", text: on ? dailyText.reviewNudgeOn : dailyText.reviewNudgeOff },
  ]);
}

/** Sends today's reminders: one DM per opted-in person with due cards, claimed once per day. */
export async function sendReviewNudges(
  core: Core,
  outbox: Outbox,
  now: Date = core.clock.now(),
): Promise<number> {
  const index = await core.store.get(globalKeys.reviewNudges, NudgeIndexSchema);
  let sent = 0;
  for (const key of index?.people ?? []) {
    const [platform, tenant, user] = key.split("|");
    const parsed = PlatformSchema.safeParse(platform);
    if (!parsed.success || !tenant || !user) continue;
    const person: Person = { platform: parsed.data, tenant, user };
    const deck = await core.decks.get(person);
    const due = dueIn(core, deck, now).length;
    if (due === 0) continue;
    // Once a local day, from NUDGE_TIME on (the scheduler ticks every minute). The zone is the
    // one given at opt-in, else the one of their last answer (people who opted in before
    // zones were kept), else UTC.
    const zone = index?.zones?.[key] ?? deck.timezone ?? "UTC";
    const since = lastScheduledAt({ time: NUDGE_TIME, timezone: zone }, now);
    const today = localDate(now, zone);
    if (!since || localDate(since, zone) !== today) continue;
    if (
      !(await core.store.claim(
        keys.reviewNudged(person, today),
        { at: now.toISOString() },
        2 * DAY_MS,
      ))
    )
      continue;
    try {
      await outbox.dm(person, nudge(due));
      sent++;
    } catch (error) {
      core.log.warn({ err: error, platform, tenant }, "review reminder could not be sent");
    }
  }
  return sent;
}

/**
 * Forget me: the deck and the reminder opt-in. A reminder list that cannot be read is left as
 * it is for a repair (nobody gets reminders through it meanwhile): forget-me must not fail on it.
 */
export async function forgetReviews(core: Core, person: Person): Promise<void> {
  await core.decks.forget(person);
  const key = personKey(person);
  await core.store
    .update(globalKeys.reviewNudges, NudgeIndexSchema, (index) =>
      index ? without(index, key) : undefined,
    )
    .catch((error: unknown) => {
      if (!(error instanceof UnreadableRecord)) throw error;
      core.log.error(
        { key: error.key },
        "forget me: the review reminder list is unreadable; it may still name the person",
      );
    });
  // After the update, which may itself have kept a copy with them in it.
  await forgetInUnreadableCopies(core.store, globalKeys.reviewNudges, key, (record) =>
    listWithout(record, key),
  );
}

/** The reminder list as stored (any shape) without one person: as `without`, unchecked. */
function listWithout(record: unknown, key: string): unknown {
  if (typeof record !== "object" || record === null) return record;
  const { people, zones } = record as { people?: unknown; zones?: unknown };
  const { [key]: _gone, ...otherZones } =
    typeof zones === "object" && zones !== null ? (zones as Record<string, unknown>) : {};
  return {
    ...record,
    ...(Array.isArray(people) ? { people: people.filter((p) => p !== key) } : {}),
    ...(zones === undefined ? {} : { zones: otherZones }),
  };
}

/**
 * The reminder, with a button rather than "type review": where a DM is a tenant of its own
 * (Discord), a command typed there misses the person's records; a button the reminder brings
 * carries where it came from.
 */
const nudge = (due: number): Reply =>
  privateReply([
    { kind: "text", text: dailyText.reviewNudge(due) },
    {
      kind: "buttons",
      buttons: [
        { action: ACTIONS.reviewStart, value: "", label: dailyText.reviewNow, style: "primary" },
      ],
    },
  ]);
