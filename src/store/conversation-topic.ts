import { z } from "zod";
import type { Person } from "../core/events.ts";
import { keys } from "./keys.ts";
import type { RecordStore } from "./record-store.ts";

/**
 * What the bot last answered a person about, for follow-ups ("quiz me on it", "and after that?",
 * "the first one"). Quizzes and ratings note their own skill elsewhere; follow-up.ts takes the
 * newest. The rule for what is noted is in features/conversation-topic.ts.
 */
export const ConversationTopicSchema = z.object({
  /** What "it" means. Absent after a reply that named several things: then "it" is unclear. */
  kind: z.enum(["skill", "area", "track"]).optional(),
  id: z.string().optional(),
  at: z.iso.datetime({ offset: true }),
  /** How it was answered, when "and for kubernetes?" should get the same kind of answer. */
  answer: z.enum(["mentors", "path"]).optional(),
  /** The last list of skills shown (a path's steps, a chooser, gaps), in order: "the first one". */
  steps: z.array(z.string()).optional(),
  /** When that list was shown; records from before lists outlived their topic lack it (then `at`). */
  listedAt: z.iso.datetime({ offset: true }).optional(),
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
