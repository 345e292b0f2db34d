import { z } from "zod";
import type { Person } from "../core/events.ts";
import type { Clock } from "../core/ports.ts";
import { keys } from "./keys.ts";
import type { RecordStore } from "./record-store.ts";
import {
  addToIndex,
  addToShardedIndex,
  readIndex,
  readShardedIndex,
  removeFromIndex,
  removeFromShardedIndex,
} from "./team-index.ts";
import { type Tallies, TeamTallies, tally } from "./team-tallies.ts";

const Iso = z.iso.datetime({ offset: true });

export const RatingSchema = z.object({ level: z.int().min(0).max(4), ratedAt: Iso });
export const PersonRecordSchema = z.object({
  ratings: z.record(z.string(), RatingSchema).default({}),
  /** Every rating ever given, oldest first: the person's own progress story. */
  history: z
    .array(z.object({ skillId: z.string(), level: z.int().min(0).max(4), at: Iso }))
    .default([]),
  mentor: z.boolean().default(false),
  track: z.string().optional(),
  displayName: z.string().optional(),
  updatedAt: Iso.optional(),
});
export type PersonRecord = z.infer<typeof PersonRecordSchema>;
export type Rating = z.infer<typeof RatingSchema>;

const EMPTY: PersonRecord = { ratings: {}, history: [], mentor: false };
const HISTORY_LIMIT = 2000;
/** How long a team count is reused when nothing changed in this process. */
const TEAM_COUNT_FRESH_MS = 5 * 60_000;
const TEAM_COUNTS_KEPT = 1000;

/** People's own data: ratings with history, mentor opt-in, chosen track. */
export class People {
  readonly #store: RecordStore;
  readonly #clock: Clock;
  readonly #tallies: TeamTallies;

  constructor(store: RecordStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
    this.#tallies = new TeamTallies({
      count: async (tenant) => tally((await this.members(tenant)).map(({ record }) => record)),
      clock,
      freshMs: TEAM_COUNT_FRESH_MS,
      tenantsKept: TEAM_COUNTS_KEPT,
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
    const at = this.#clock.now().toISOString();
    let firstRating = false;
    let previous: number | undefined;
    try {
      await this.#change(person, (current) => {
        firstRating = current.history.length === 0;
        previous = current.ratings[skillId]?.level;
        return {
          ...current,
          ratings: { ...current.ratings, [skillId]: { level, ratedAt: at } },
          history: [...current.history, { skillId, level, at }].slice(-HISTORY_LIMIT),
        };
      });
      // Only a first rating makes someone a member: later ones leave the team index untouched.
      if (firstRating) await addToShardedIndex(this.#store, keys.members(person), person.user);
    } finally {
      // After the index too: a count between the two writes would miss a new member.
      this.#tallies.changed(person);
    }
    return previous === undefined ? {} : { previous };
  }

  async setMentor(person: Person, on: boolean): Promise<PersonRecord> {
    const record = await this.#change(person, (current) => ({ ...current, mentor: on }));
    if (on) await addToIndex(this.#store, keys.mentors(person), person.user);
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

  /** Deletes the person's record and takes them out of the team indexes and counts. */
  async forget(person: Person): Promise<void> {
    try {
      await removeFromIndex(this.#store, keys.mentors(person), person.user);
      await removeFromShardedIndex(this.#store, keys.members(person), person.user);
      await this.#store.delete(keys.person(person));
    } finally {
      this.#tallies.changed(person);
    }
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
