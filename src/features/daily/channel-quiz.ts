import { z } from "zod";
import type { ChannelTarget } from "../../core/adapter.ts";
import type { Person } from "../../core/events.ts";
import { keys } from "../../store/keys.ts";
import { forgetInUnreadableCopies } from "../../store/keyv-store.ts";
import { type RecordStore, readableItems, withSalvage } from "../../store/record-store.ts";
import { stableHash } from "../../store/stable-hash.ts";
import { addToIndex, readIndex } from "../../store/team-index.ts";
import { Schedules } from "./schedule.ts";
import { answerOn, emptyStreak, type StreakState } from "./streaks.ts";

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Count = z.int().min(0);
const WeekSchema = z.object({ id: z.string(), days: Count });
const POSTS_KEPT = 90;

const ParticipantSchema = z.object({
  name: z.string(),
  lastDate: LocalDate.optional(),
  streak: Count,
  best: Count,
  days: Count,
  freezes: z.array(z.string()),
  week: WeekSchema,
  /** Opted out of leaderboards: still counted, never named. */
  unlisted: z.boolean().default(false),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * For a salvage: a participant an older or odd version wrote, as far as it can be read. What
 * cannot be read starts over; an opt-out that cannot be read counts as one, so nobody is named
 * on a board they may have left.
 */
const ReadableParticipant = z
  .object({
    name: z.string().catch(""),
    lastDate: LocalDate.optional().catch(undefined),
    streak: Count.catch(0),
    best: Count.catch(0),
    days: Count.catch(0),
    freezes: z.array(z.string()).catch([]),
    week: WeekSchema.catch({ id: "", days: 0 }),
    unlisted: z.boolean().default(false).catch(true),
  })
  .catch(() => ({ ...emptyStreak(), name: "", unlisted: true }));
const ReadablePeople = z.record(z.string(), ReadableParticipant);

const PostSchema = z.object({
  date: LocalDate,
  roundId: z.string(),
  questionId: z.string(),
  areaId: z.string(),
});
type Post = z.infer<typeof PostSchema>;
const PeopleSchema = z.record(z.string(), ParticipantSchema);
type People = z.infer<typeof PeopleSchema>;

/**
 * A channel's daily quiz: what was asked (no repeats within 30 days), in one record, and who
 * keeps answering, in PARTICIPANT_SHARDS records by user id. Everyone's streak in one record
 * made each answer rewrite all of them, one answer at a time: with 1,100 people (176 KB), 200
 * answers at once took 5 ms each and a second in all; in shards, 0.1 ms and 19 ms. `people` is
 * where earlier versions kept them; they move to their shards at the channel's next post.
 */
export const ChannelQuizSchema = withSalvage(
  z.object({
    posts: z.array(PostSchema).default([]),
    people: PeopleSchema.optional(),
  }),
  // A post that cannot be read costs that post (it may then be asked again, or its day not
  // count as missed); one odd participant costs what of theirs cannot be read, not everyone's.
  z.looseObject({
    posts: readableItems(PostSchema).optional(),
    people: ReadablePeople.optional(),
  }),
);
type ChannelQuiz = z.infer<typeof ChannelQuizSchema>;
/** One odd participant must not make the shard unreadable: every answer in it would fail. */
const ShardSchema = withSalvage(
  z.object({ people: PeopleSchema }),
  z.looseObject({ people: ReadablePeople }),
);

/** Enough that a shard stays small in a channel of thousands; a board reads them all. */
const PARTICIPANT_SHARDS = 64;

export class ChannelQuizzes {
  readonly #store: RecordStore;

  constructor(store: RecordStore) {
    this.#store = store;
  }

  /** The channel's posts, oldest first. */
  async posts(target: ChannelTarget): Promise<Post[]> {
    return (await this.#channel(target)).posts;
  }

  /** Everyone who answered in the channel, by user id. */
  async participants(target: ChannelTarget): Promise<People> {
    const shards = await Promise.all(
      Array.from({ length: PARTICIPANT_SHARDS }, (_, shard) =>
        this.#store.get(shardKey(target, shard), ShardSchema),
      ),
    );
    const earlier = (await this.#channel(target)).people ?? {};
    return Object.assign({ ...earlier }, ...shards.map((s) => s?.people ?? {}));
  }

  async participant(target: ChannelTarget, user: string): Promise<Participant | undefined> {
    const shard = await this.#store.get(shardKey(target, shardOf(user)), ShardSchema);
    return shard?.people[user] ?? (await this.#channel(target)).people?.[user];
  }

  /** Adds a post, and moves people kept the earlier way (all in the channel's record) to shards. */
  async recordPost(target: ChannelTarget, post: Post): Promise<void> {
    const earlier = (await this.#channel(target)).people;
    if (earlier) await this.#moveToShards(target, earlier);
    await this.#store.update(keys.channelQuiz(target, target.channel), ChannelQuizSchema, (c) => ({
      posts: [...(c?.posts ?? []), post].slice(-POSTS_KEPT),
    }));
  }

  /**
   * Channels where a person may have a streak, for forget me to visit. Mainly their own list,
   * kept on the person's side (a few ids each) rather than as one tenant-wide list every post
   * would rewrite. Also the tenant-wide list versions before 9e7c481 kept, when people lived in
   * the channel's record and had no list of their own (#moveToShards takes them to shards
   * that list alone still leads to). And when their own list is damaged, every channel of the
   * tenant with a daily quiz: nobody can tell which it listed.
   */
  async channelsOf(person: Person): Promise<string[]> {
    const [own, earlier, damaged] = await Promise.all([
      readIndex(this.#store, keys.quizChannels(person)),
      readIndex(this.#store, keys.earlierQuizChannels(person)),
      this.#indexDamaged(person),
    ]);
    const scheduled = damaged ? await new Schedules(this.#store).channelsIn(person) : [];
    return [...new Set([...own, ...earlier, ...scheduled])];
  }

  /** A person's list of channels that is stored but reads as none: lists are never kept empty. */
  async #indexDamaged(person: Person): Promise<boolean> {
    const key = keys.quizChannels(person);
    const [stored, listed] = await Promise.all([
      this.#store.get(key, z.unknown()),
      readIndex(this.#store, key),
    ]);
    return stored !== undefined && listed.length === 0;
  }

  /** Counts a person's answer to the post of `date`; returns their streak as it now is. */
  async recordAnswer(
    target: ChannelTarget,
    user: string,
    name: string,
    date: string,
  ): Promise<Participant> {
    await addToIndex(this.#store, keys.quizChannels({ ...target, user }), target.channel);
    const channel = await this.#channel(target);
    const postDates = channel.posts.map((p) => p.date);
    const people = await this.#changePeople(target, user, (current) => {
      const before = current ?? channel.people?.[user];
      const state: StreakState = before ? { ...before } : emptyStreak();
      return { ...answerOn(state, date, postDates), name, unlisted: before?.unlisted ?? false };
    });
    return people[user] as Participant;
  }

  async setListed(
    target: ChannelTarget,
    user: string,
    name: string,
    listed: boolean,
  ): Promise<void> {
    // The record holds their name from now on: forget me finds it only through this index.
    await addToIndex(this.#store, keys.quizChannels({ ...target, user }), target.channel);
    const earlier = (await this.#channel(target)).people?.[user];
    await this.#changePeople(target, user, (current) => ({
      ...(current ?? earlier ?? { ...emptyStreak(), name, unlisted: false }),
      unlisted: !listed,
    }));
  }

  /**
   * Out of the channel's earlier record first, then the shard (see #moveToShards), then out of
   * the copies kept of both (see forgetInUnreadableCopies), last: the updates here may make one.
   * Their list of channels, if damaged, goes too: it names them, and nobody can read it.
   */
  async forget(target: ChannelTarget, user: string): Promise<void> {
    const channelKey = keys.channelQuiz(target, target.channel);
    if ((await this.#channel(target)).people?.[user])
      await this.#store.update(channelKey, ChannelQuizSchema, (c) =>
        c?.people ? { ...c, people: without(c.people, user) } : c,
      );
    await this.#changePeople(target, user, () => undefined);
    const scrub = (record: unknown) => recordWithout(record, user);
    await forgetInUnreadableCopies(this.#store, channelKey, user, scrub);
    await forgetInUnreadableCopies(this.#store, shardKey(target, shardOf(user)), user, scrub);
    const person = { ...target, user };
    if (await this.#indexDamaged(person)) await this.#store.delete(keys.quizChannels(person));
  }

  #channel(target: ChannelTarget): Promise<ChannelQuiz> {
    return this.#store
      .get(keys.channelQuiz(target, target.channel), ChannelQuizSchema)
      .then((channel) => channel ?? { posts: [] });
  }

  /** Changes one person's entry (undefined: removes it) in their shard; returns the shard's people. */
  async #changePeople(
    target: ChannelTarget,
    user: string,
    change: (current: Participant | undefined) => Participant | undefined,
  ): Promise<People> {
    const updated = await this.#store.update(
      shardKey(target, shardOf(user)),
      ShardSchema,
      (shard) => {
        const people = shard?.people ?? {};
        const current = people[user];
        const next = change(current);
        if (next) return { people: { ...people, [user]: next } };
        if (!current) return shard;
        const rest = without(people, user);
        return Object.keys(rest).length > 0 ? { people: rest } : undefined;
      },
    );
    return updated?.people ?? {};
  }

  /**
   * People from the channel's record into their shards, then out of the channel's record: a
   * failure between the two leaves them in both, and the next post finishes the move. Whoever
   * is already in a shard answered since, and keeps that. Whoever left the channel's record in
   * the meantime was forgotten (forget goes there first), so leaves their shard again.
   */
  async #moveToShards(target: ChannelTarget, earlier: People): Promise<void> {
    const byShard = new Map<number, People>();
    for (const [user, participant] of Object.entries(earlier)) {
      const shard = shardOf(user);
      byShard.set(shard, { ...byShard.get(shard), [user]: participant });
    }
    for (const [shard, people] of byShard)
      await this.#store.update(shardKey(target, shard), ShardSchema, (current) => ({
        people: { ...people, ...current?.people },
      }));
    let forgotten: string[] = [];
    await this.#store.update(keys.channelQuiz(target, target.channel), ChannelQuizSchema, (c) => {
      forgotten = Object.keys(earlier).filter((user) => !c?.people?.[user]);
      return c ? { posts: c.posts } : c;
    });
    for (const user of forgotten) await this.#changePeople(target, user, () => undefined);
  }
}

const shardOf = (user: string) => stableHash(user) % PARTICIPANT_SHARDS;
const shardKey = (target: ChannelTarget, shard: number) =>
  `${keys.channelQuiz(target, target.channel)}:people:${shard}`;

/** A channel's or shard's record as stored (any version's shape) without one person's entry. */
function recordWithout(record: unknown, user: string): unknown {
  if (!isObject(record) || !isObject(record.people)) return record;
  const { [user]: _gone, ...people } = record.people;
  return { ...record, people };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function without(people: People, user: string): People {
  const { [user]: _gone, ...rest } = people;
  return rest;
}
