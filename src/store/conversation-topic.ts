import { z } from "zod";
import type { Person } from "../core/events.ts";
import { keys } from "./keys.ts";
import type { RecordStore } from "./record-store.ts";

/**
 * What the bot last answered a person about, for follow-ups ("quiz me on it", "and after that?"),
 * and the last list of skills it showed ("the first one"): two records, so noting "it" on every
 * rating, explanation and quiz question is one write that reads nothing. Quizzes and ratings note
 * their own skill elsewhere; follow-up.ts takes the newest. The rule for what is noted is in
 * features/conversation-topic.ts.
 */
const Iso = z.iso.datetime({ offset: true });

/** "It". */
export const ConversationTopicSchema = z.object({
  /** What "it" means. Absent after a reply that named several things: then "it" is unclear. */
  kind: z.enum(["skill", "area", "track"]).optional(),
  id: z.string().optional(),
  at: Iso,
  /** How it was answered, when "and for kubernetes?" should get the same kind of answer. */
  answer: z.enum(["mentors", "path"]).optional(),
});
export type ConversationTopic = z.infer<typeof ConversationTopicSchema>;

/** "The list": the last list of skills shown (a path's steps, a chooser, gaps), in order. */
export const TopicListSchema = z.object({ steps: z.array(z.string()), listedAt: Iso });
export type TopicList = z.infer<typeof TopicListSchema>;

/** "It" as stored before the list had a record of its own, a path's steps beside it: read for its last hour. */
const TopicWithStepsSchema = ConversationTopicSchema.extend({
  steps: z.array(z.string()).optional(),
});

/** Longer than a follow-up may refer to it (FOLLOW_UP_MS): the sweeper, not the reader, ends it. */
const TOPIC_TTL = 60 * 60 * 1000;

export function noteTopic(
  store: RecordStore,
  person: Person,
  topic: ConversationTopic,
): Promise<void> {
  return store.set(keys.conversationTopic(person), topic, TOPIC_TTL);
}

export function noteList(store: RecordStore, person: Person, list: TopicList): Promise<void> {
  return store.set(keys.conversationList(person), list, TOPIC_TTL);
}

export function lastTopic(
  store: RecordStore,
  person: Person,
): Promise<ConversationTopic | undefined> {
  return store.get(keys.conversationTopic(person), ConversationTopicSchema);
}

/**
 * "It" and "the list", read together; the list is the newer of its own and one kept beside "it"
 * in the old way. Noting "it" over such a record drops its steps, as noting anything did then.
 */
export async function lastTopicAndList(
  store: RecordStore,
  person: Person,
): Promise<{ topic?: ConversationTopic | undefined; list?: TopicList | undefined }> {
  const [stored, list] = await Promise.all([
    store.get(keys.conversationTopic(person), TopicWithStepsSchema),
    store.get(keys.conversationList(person), TopicListSchema),
  ]);
  if (!stored) return { list };
  const { steps, ...topic } = stored;
  const besideIt = steps ? { steps, listedAt: stored.at } : undefined;
  const newer = besideIt && (!list || Date.parse(besideIt.listedAt) > Date.parse(list.listedAt));
  return { topic, list: newer ? besideIt : list };
}

export async function forgetTopic(store: RecordStore, person: Person): Promise<void> {
  await Promise.all([
    store.delete(keys.conversationTopic(person)),
    store.delete(keys.conversationList(person)),
  ]);
}
