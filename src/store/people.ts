import { z } from "zod";
import type { Person } from "../core/events.ts";
import { type Clock, type IdSource, randomIds } from "../core/ports.ts";
import { forgetTopic } from "./conversation-topic.ts";
import { keys } from "./keys.ts";
import {
  appendToHistory,
  mergeEarlierHistory,
  type RatingEvent,
  RatingEventSchema,
  readHistory,
} from "./rating-history.ts";
import { type RecordStore, readableEntries, readableItems, withSalvage } from "./record-store.ts";
import {
  addToIndex,
  addToShardedIndex,
  readIndex,
  readShardedIndex,
  removeFromIndex,
  removeFromShardedIndex,
} from "./team-index.ts";
import { storedVersion, type Tallies, TeamTallies, tally } from "./team-tallies.ts";

const Iso = z.iso.datetime({ offset: true });

export const RatingSchema = z.object({ level: z.int().min(0).max(4), ratedAt: Iso });
export const PersonRecordSchema = withSalvage(
  z.object({
    ratings: z.record(z.string(), RatingSchema).default({}),
    /** The latest rating given, for the profile's "last change"; the rest is in the history. */
    lastRating: RatingEventSchema.optional(),
    /** The rating history as earlier versions kept it, here; it moves out at the next rating. */
    history: z.array(RatingEventSchema).optional(),
    mentor: z.boolean().default(false),
    track: z.string().optional(),
    displayName: z.string().optional(),
    updatedAt: Iso.optional(),
  }),
  // A rating that cannot be read costs that rating (the history still has it), and a last
  // change or name that cannot be read is shown without; the person's choices (mentor, track)
  // are never guessed, so a record with one of those unreadable stays unreadable.
  z.looseObject({
    ratings: readableEntries(RatingSchema).optional(),
    lastRating: RatingEventSchema.optional().catch(undefined),
    history: readableItems(RatingEventSchema).optional(),
    displayName: z.string().optional().catch(undefined),
    updatedAt: Iso.optional().catch(undefined),
  }),
);
export type PersonRecord = z.infer<typeof PersonRecordSchema>;
export type Rating = z.infer<typeof RatingSchema>;

const EMPTY: PersonRecord = { ratings: {}, mentor: false };
/** Any record at all, readable or not: to ask whether a person's record is still there. */
const ANY_RECORD = z.unknown();
/**
 * How long a team count is reused when no change reached it: a change renews the tallies
 * version, so this bounds only a count whose change failed to say so.
 */
const TEAM_COUNT_FRESH_MS = 5 * 60_000;
const TEAM_COUNTS_KEPT = 1000;

/** People's own data: ratings with history, mentor opt-in, chosen track. */
export class People {
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #tallies: TeamTallies;

  constructor(store: RecordStore, clock: Clock, ids: IdSource = randomIds()) {
    this.#store = store;
    this.#clock = clock;
    this.#tallies = new TeamTallies({
      count: async (tenant) => tally((await this.members(tenant)).map(({ record }) => record)),
      clock,
      freshMs: TEAM_COUNT_FRESH_MS,
      tenantsKept: TEAM_COUNTS_KEPT,
      // Only Redis is shared by several instances; SQLite and memory belong to this process,
      // where a change already drops the count, so they pay nothing for a shared version.
      ...(store.kind === "redis" ? { shared: storedVersion(store, ids) } : {}),
    });
  }

  async get(person: Person): Promise<PersonRecord> {
    return (await this.#store.get(keys.person(person), PersonRecordSchema)) ?? EMPTY;
  }

  /**
   * Records a self-rating; returns the level it replaced (undefined for a first rating of that
   * skill), read in the same atomic update so a rating given meanwhile cannot be misreported.
   */
  async rate(person: Person, skillId: string, level: number): Promise<{ previous?: number }> {
    const event: RatingEvent = { skillId, level, at: this.#clock.now().toISOString() };
    let previous: number | undefined;
    let earlierHistory: RatingEvent[] | undefined;
    try {
      // The history first: should saving the rating then fail, it is in the history all the
      // same, never missing; given again soon after, as the failure asks, it is not added twice.
      await appendToHistory(this.#store, keys.ratingHistory(person), event);
      await this.#change(person, (current) => {
        previous = current.ratings[skillId]?.level;
        earlierHistory = current.history;
        return {
          ...current,
          ratings: { ...current.ratings, [skillId]: { level, ratedAt: event.at } },
          lastRating: event,
        };
      });
      if (earlierHistory) await this.#moveEarlierHistory(person, earlierHistory);
      // Every rating, not only the first: a first whose index write failed is made good by the
      // next. Someone already listed costs a read of one small shard and no write.
      await this.#listAsMember(person);
      // After the index too: a count between the two writes would miss a new member.
      await this.#tallies.changedEverywhere(person);
    } finally {
      this.#tallies.changed(person);
    }
    return previous === undefined ? {} : { previous };
  }

  /** Every rating the person gave, oldest first. */
  async history(person: Person): Promise<RatingEvent[]> {
    const earlier = (await this.get(person)).history;
    return readHistory(this.#store, keys.ratingHistory(person), earlier);
  }

  async setMentor(person: Person, on: boolean): Promise<PersonRecord> {
    const record = await this.#change(person, (current) => ({ ...current, mentor: on }));
    if (on) await this.#listAsMentor(person);
    else await removeFromIndex(this.#store, keys.mentors(person), person.user);
    return record;
  }

  async setTrack(person: Person, trackId: string): Promise<PersonRecord> {
    return this.#change(person, (current) => ({ ...current, track: trackId }));
  }

  /** Everyone in the tenant who opted in to mentoring, with their records. */
  async mentors(
    tenant: Pick<Person, "platform" | "tenant">,
  ): Promise<{ user: string; record: PersonRecord }[]> {
    const users = await readIndex(this.#store, keys.mentors(tenant));
    const people = await Promise.all(
      users.map(async (user) => ({ user, record: await this.get({ ...tenant, user }) })),
    );
    return people.filter(({ record }) => record.mentor);
  }

  /** Everyone in the tenant who has rated anything, for team aggregates. */
  async members(
    tenant: Pick<Person, "platform" | "tenant">,
  ): Promise<{ user: string; record: PersonRecord }[]> {
    const users = await readShardedIndex(this.#store, keys.members(tenant));
    return Promise.all(
      users.map(async (user) => ({ user, record: await this.get({ ...tenant, user }) })),
    );
  }

  /**
   * Every rating in the tenant, tallied by skill, for team figures: counted from all members'
   * records, then reused until a rating changes here or the count is a few minutes old.
   */
  teamTallies(tenant: Pick<Person, "platform" | "tenant">): Promise<Tallies> {
    return this.#tallies.of(tenant);
  }

  /**
   * Deletes the person's record, then takes them out of the team indexes (in that order: see
   * #listWhileRecorded) and out of the counts on every instance. A command of theirs running on
   * another instance meanwhile either loses to it entirely or, landing after it, is kept whole.
   */
  async forget(person: Person): Promise<void> {
    try {
      await this.#store.delete(keys.person(person));
      await this.#store.delete(keys.ratingHistory(person));
      await forgetTopic(this.#store, person);
      await removeFromIndex(this.#store, keys.mentors(person), person.user);
      await removeFromShardedIndex(this.#store, keys.members(person), person.user);
      const back = await this.#store.get(keys.person(person), PersonRecordSchema);
      if (back) await this.#completeLateChange(person, back);
      await this.#tallies.changedEverywhere(person);
    } finally {
      this.#tallies.changed(person);
    }
  }

  /**
   * A command of theirs on another instance wrote the record again after forget deleted it: a
   * choice made after asking to be forgotten, kept whole like any other. Its history line may
   * have gone with the history, and its listing with the unlisting: both are put back.
   */
  async #completeLateChange(person: Person, record: PersonRecord): Promise<void> {
    if (record.lastRating)
      await appendToHistory(this.#store, keys.ratingHistory(person), record.lastRating);
    if (Object.keys(record.ratings).length > 0) await this.#listAsMember(person);
    if (record.mentor) await this.#listAsMentor(person);
  }

  #listAsMember(person: Person): Promise<void> {
    return this.#listWhileRecorded(
      person,
      () => addToShardedIndex(this.#store, keys.members(person), person.user),
      () => removeFromShardedIndex(this.#store, keys.members(person), person.user),
    );
  }

  #listAsMentor(person: Person): Promise<void> {
    return this.#listWhileRecorded(
      person,
      () => addToIndex(this.#store, keys.mentors(person), person.user),
      () => removeFromIndex(this.#store, keys.mentors(person), person.user),
    );
  }

  /**
   * Lists the person in a team index, after their record is written. Forget-me on another
   * instance may delete the record meanwhile and unlist them before this listing lands, which
   * would then name someone who asked to be forgotten. Forget deletes the record before it
   * unlists, so a listing this call added is checked against the record and taken back if it is
   * gone. One already there needs no check (and costs no read): whoever added it checked, and
   * a forget that deleted the record has its unlisting still to come.
   */
  async #listWhileRecorded(
    person: Person,
    list: () => Promise<boolean>,
    unlist: () => Promise<void>,
  ): Promise<void> {
    if (!(await list())) return;
    if ((await this.#store.get(keys.person(person), ANY_RECORD)) === undefined) await unlist();
  }

  /**
   * A history kept inside the person's record (before it had its own) moves to its own record:
   * merged there first, then dropped here, so a failure between the two loses nothing.
   */
  async #moveEarlierHistory(person: Person, earlier: readonly RatingEvent[]): Promise<void> {
    await mergeEarlierHistory(this.#store, keys.ratingHistory(person), earlier);
    await this.#change(person, ({ history: _moved, ...rest }) => rest);
  }

  async #change(
    person: Person,
    change: (current: PersonRecord) => PersonRecord,
  ): Promise<PersonRecord> {
    const displayName = person.displayName;
    const updated = await this.#store.update(
      keys.person(person),
      PersonRecordSchema,
      (current) => ({
        ...change(current ?? EMPTY),
        ...(displayName ? { displayName } : {}),
        updatedAt: this.#clock.now().toISOString(),
      }),
    );
    return updated ?? EMPTY;
  }
}
