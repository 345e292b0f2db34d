import { z } from "zod";
import type { RecordStore } from "./record-store.ts";

export const RatingEventSchema = z.object({
  skillId: z.string(),
  level: z.int().min(0).max(4),
  at: z.iso.datetime({ offset: true }),
});
/** One rating as it was given. */
export type RatingEvent = z.infer<typeof RatingEventSchema>;

/**
 * Every rating a person gave, oldest first: their progress story. It has a record of its own
 * because nothing on the way to an answer reads it: inside the person's record it was parsed
 * and checked on every profile, quiz and path, and for every member in a team figure. With 500
 * ratings in it, a profile took about 480 µs, against 120 with 30.
 *
 * One line per rating (`<at> <skill> <level>`; skill ids are kebab-case, times have no spaces),
 * so a rating appends to a string instead of parsing and checking every rating before it. Lines
 * are checked when the history is read.
 */
const HistorySchema = z.object({ lines: z.string(), count: z.int().min(0) });
type History = z.infer<typeof HistorySchema>;

/** Enough for years of monthly ratings of a whole track; the oldest go first. */
export const HISTORY_LIMIT = 2000;

const lineOf = (event: RatingEvent) => `${event.at} ${event.skillId} ${event.level}`;

function eventOf(line: string): RatingEvent | undefined {
  const [at, skillId, level] = line.split(" ");
  const parsed = RatingEventSchema.safeParse({ at, skillId, level: Number(level) });
  return parsed.success ? parsed.data : undefined;
}

/** `lines` followed by `more`, keeping the newest HISTORY_LIMIT. */
function joined(history: History | undefined, more: readonly RatingEvent[]): History {
  let lines = history?.lines ?? "";
  let count = history?.count ?? 0;
  for (const event of more) {
    lines = lines ? `${lines}\n${lineOf(event)}` : lineOf(event);
    count++;
  }
  for (; count > HISTORY_LIMIT; count--) lines = lines.slice(lines.indexOf("\n") + 1);
  return { lines, count };
}

/**
 * How soon the same rating again is taken for a retry: a rating reported as failed may have
 * landed all the same (a store that answered after its deadline), and the person, as asked,
 * gives it again within moments. Later, the same level again is a confirmation of its own.
 */
const REPEAT_WINDOW_MS = 15 * 60_000;

/** Whether `event` repeats a rating given within REPEAT_WINDOW_MS: that skill's latest line. */
function repeats(history: History | undefined, event: RatingEvent): boolean {
  const lines = history?.lines ?? "";
  const since = Date.parse(event.at) - REPEAT_WINDOW_MS;
  // Newest first, line by line, and no further back than the window: a rating stays cheap.
  for (let end = lines.length; end > 0; ) {
    const start = lines.lastIndexOf("\n", end - 1) + 1;
    const earlier = eventOf(lines.slice(start, end));
    end = start - 1;
    if (!earlier) continue;
    if (Date.parse(earlier.at) < since) return false;
    if (earlier.skillId === event.skillId) return earlier.level === event.level;
  }
  return false;
}

/** Adds `event` to the history, unless it repeats the same rating just given (see above). */
export async function appendToHistory(
  store: RecordStore,
  key: string,
  event: RatingEvent,
): Promise<void> {
  await store.update(key, HistorySchema, (current) =>
    repeats(current, event) ? current : joined(current, [event]),
  );
}

/**
 * A history kept the earlier way (inside the person's record) in front of this one, once: if
 * its first rating already leads, it was merged before.
 */
function withEarlier(history: History | undefined, earlier: readonly RatingEvent[]) {
  const first = earlier[0];
  if (!first || history?.lines.startsWith(lineOf(first))) return history;
  const merged = joined(undefined, earlier);
  return history ? joined(merged, eventsOf(history)) : merged;
}

export async function mergeEarlierHistory(
  store: RecordStore,
  key: string,
  earlier: readonly RatingEvent[],
): Promise<void> {
  await store.update(key, HistorySchema, (current) => withEarlier(current, earlier));
}

const eventsOf = (history: History): RatingEvent[] =>
  history.lines
    .split("\n")
    .map(eventOf)
    .filter((event) => event !== undefined);

/** The history, oldest first, with one kept the earlier way (`earlier`) if not yet merged. */
export async function readHistory(
  store: RecordStore,
  key: string,
  earlier: readonly RatingEvent[] = [],
): Promise<RatingEvent[]> {
  const history = withEarlier(await store.get(key, HistorySchema), earlier);
  return history ? eventsOf(history) : [];
}
