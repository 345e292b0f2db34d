import type { Asker } from "../core/context.ts";
import { text } from "../core/messages.ts";
import { type Block, type Reply, replyAsAsked } from "../core/reply.ts";
import { hasUncommonWord } from "../knowledge/typed-words.ts";
import type { QuestionAnalysis } from "./ask.ts";
import { explainButton } from "./explain-skill.ts";

// A question nothing in the matrix answers well: said honestly, with the closest skills when
// the question may be about a topic at all.

/**
 * Says honestly that nothing matched well, and offers the three closest skills when the message
 * may be about a topic: a request about one, or a word chat does not use ("overfitting"). Any
 * chat shares some word with a description: "can you book a meeting room?" is not Communication.
 */
export function notSure(asker: Asker, analysis: QuestionAnalysis, question: string): Reply {
  const aboutATopic = analysis.intent !== "unknown" || hasUncommonWord(question);
  const closest = aboutATopic ? analysis.skills.slice(0, 3) : [];
  const blocks: Block[] = [{ kind: "text", text: text.unknown }];
  if (closest.length > 0) {
    blocks.push({ kind: "text", text: text.unknownClosest });
    blocks.push({ kind: "buttons", buttons: closest.map(explainButton) });
  } else blocks.push({ kind: "text", text: text.unknownNothing });
  return replyAsAsked(asker.where.audience, blocks);
}
