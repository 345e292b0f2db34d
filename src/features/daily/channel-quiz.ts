import { z } from "zod";
import type { ChannelTarget } from "../../core/adapter.ts";
import type { Person } from "../../core/events.ts";
import { keys } from "../../store/keys.ts";
import type { RecordStore } from "../../store/record-store.ts";
import { addToIndex, readIndex } from "../../store/team-index.ts";
import { answerOn, emptyStreak, type StreakState } from "./streaks.ts";

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const POSTS_KEPT = 90;

const ParticipantSchema = z.object({
  name: z.string(),
  lastDate: LocalDate.optional(),
  streak: z.int().min(0),
  best: z.int().min(0),
  days: z.int().min(0),
  freezes: z.array(z.string()),
  week: z.object({ id: z.string(), days: z.int().min(0) }),
  /** Opted out of leaderboards: still counted, never named. */
  unlisted: z.boolean().default(false),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** A channel's daily quiz history: what was asked (no repeats within 30 days) and who keeps answering. */
export const ChannelQuizSchema = z.object({
  posts: z
    .array(
      z.object({
        date: LocalDate,
        roundId: z.string(),
        questionId: z.string(),
        areaId: z.string(),
      }),
    )
    .default([]),
  people: z.record(z.string(), ParticipantSchema).default({}),
});
export type ChannelQuiz = z.infer<typeof ChannelQuizSchema>;

const EMPTY: ChannelQuiz = { posts: [], people: {} };

export class ChannelQuizzes {
  readonly #store: RecordStore;

  constructor(store: RecordStore) {
    this.#store = store;
  }

  async get(target: ChannelTarget): Promise<ChannelQuiz> {
    return (
      (await this.#store.get(keys.channelQuiz(target, target.channel), ChannelQuizSchema)) ?? EMPTY
    );
  }

  async recordPost(target: ChannelTarget, post: ChannelQuiz["posts"][number]): Promise<void> {
    await this.#change(target, (c) => ({ ...c, posts: [...c.posts, post].slice(-POSTS_KEPT) }));
  }

  /**
   * Channels where a person has a streak, kept on the person's side (a few ids each) rather than
   * as one tenant-wide list every post would rewrite: forget me visits each.
   */
  channelsOf(person: Person): Promise<string[]> {
    return readIndex(this.#store, keys.quizChannels(person));
  }

  /** Counts a person's answer to the post of `date`; returns their streak as it now is. */
  async recordAnswer(
    target: ChannelTarget,
    user: string,
    name: string,
    date: string,
  ): Promise<Participant> {
    await addToIndex(this.#store, keys.quizChannels({ ...target, user }), target.channel);
    const updated = await this.#change(target, (c) => {
      const before = c.people[user];
      const state: StreakState = before ? { ...before } : emptyStreak();
      const after = answerOn(
        state,
        date,
        c.posts.map((p) => p.date),
      );
      return {
        ...c,
        people: { ...c.people, [user]: { ...after, name, unlisted: before?.unlisted ?? false } },
      };
    });
    return updated.people[user] as Participant;
  }

  async setListed(
    target: ChannelTarget,
    user: string,
    name: string,
    listed: boolean,
  ): Promise<void> {
    await this.#change(target, (c) => {
      const current = c.people[user] ?? { ...emptyStreak(), name, unlisted: false };
      return { ...c, people: { ...c.people, [user]: { ...current, unlisted: !listed } } };
    });
  }

  async forget(target: ChannelTarget, user: string): Promise<void> {
    await this.#change(target, (c) => {
      const { [user]: _gone, ...people } = c.people;
      return { ...c, people };
    });
  }

  async #change(
    target: ChannelTarget,
    change: (current: ChannelQuiz) => ChannelQuiz,
  ): Promise<ChannelQuiz> {
    const updated = await this.#store.update(
      keys.channelQuiz(target, target.channel),
      ChannelQuizSchema,
      (c) => change(c ?? EMPTY),
    );
    return updated ?? EMPTY;
  }
}
