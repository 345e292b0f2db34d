import type { Core } from "../core/context.ts";
import type { Person } from "../core/events.ts";
import { noteTopic } from "../store/conversation-topic.ts";
import type { PathTopic } from "./learning-path.ts";

/**
 * Notes what the bot just answered the person about, so a follow-up ("who can help with that?",
 * "and after that?") can mean it. A path notes the skills it listed, in order.
 */
export function rememberTopic(
  core: Core,
  person: Person,
  topic: PathTopic,
  steps?: readonly string[],
): Promise<void> {
  return noteTopic(core.store, person, {
    kind: topic.kind,
    id: topic.id,
    at: core.clock.now().toISOString(),
    ...(steps === undefined ? {} : { steps: [...steps] }),
  });
}
