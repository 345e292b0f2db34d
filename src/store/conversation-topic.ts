import { z } from "zod";
import type { Person } from "../core/events.ts";
import { keys } from "./keys.ts";
import type { RecordStore } from "./record-store.ts";

/**
 * What the bot last answered a person about: a skill, area or track it explained, found mentors
 * for or showed a path to, and, for a path, the skills it listed in order ("the first one").
 * Follow-ups ("quiz me on it", "and after that?") read it; quizzes and ratings note their own.
 */
export const ConversationTopicSchema = z.object({
  kind: z.enum(["skill", "area", "track"]),
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  /** Set for a path: the skills it listed, in order. */
  steps: z.array(z.string()).optional(),
});
export type ConversationTopic = z.infer<typeof ConversationTopicSchema>;

/** Longer than a follow-up may refer to it (FOLLOW_UP_MS): the sweeper, not the reader, ends it. */
const TOPIC_TTL = 60 * 60 * 1000;

export function noteTopic(
  store: RecordStore,
  person: Person,
  topic: ConversationTopic,
): Promise<void> {
  return store.set(keys.conversationTopic(person), topic, TOPIC_TTL);
}

export function lastTopic(
  store: RecordStore,
  person: Person,
): Promise<ConversationTopic | undefined> {
  return store.get(keys.conversationTopic(person), ConversationTopicSchema);
}

export function forgetTopic(store: RecordStore, person: Person): Promise<void> {
  return store.delete(keys.conversationTopic(person));
}
