import type { Asker, Core } from "../core/context.ts";
import { text } from "../core/messages.ts";
import type { Block, Reply } from "../core/reply.ts";
import { joinRich, link } from "../core/rich-text.ts";
import type { ExplainOutcome, ExplainRequest, Explanation } from "./explainer.ts";

/** Where the explanation goes: under the heading, or just above the reply's buttons. */
export type Placement = "top" | "before-buttons";

/**
 * The plain matrix reply, plus (when explanations are on) a "thinking" line and a `followUp` that
 * settles on the explained reply, or on the plain one when there is no grounded explanation.
 * Adapters send the first at once, so no platform ack ever waits for the model.
 */
export function withExplanation(
  core: Core,
  asker: Asker,
  plain: Reply,
  request: Omit<ExplainRequest, "asker">,
  placement: Placement,
): Reply {
  const explainer = core.explainer;
  if (!explainer?.available() || request.skills.length === 0) return plain;
  const followUp = explainer.explain({ ...request, asker }).then(
    (outcome) => settledReply(plain, outcome, placement, explainer.dailyQuota),
    () => plain,
  );
  return {
    ...insert(plain, [{ kind: "context", text: text.explainThinking }], placement),
    followUp,
  };
}

function settledReply(
  plain: Reply,
  outcome: ExplainOutcome,
  placement: Placement,
  quota: number,
): Reply {
  if (outcome.ok) return insert(plain, explanationBlocks(outcome.explanation), placement);
  if (outcome.reason === "quota")
    return insert(plain, [{ kind: "context", text: text.explainQuotaReached(quota) }], placement);
  return plain;
}

/** The prose, the matrix resources it recommends, and its sources by skill name. */
export function explanationBlocks(explanation: Explanation): Block[] {
  const blocks: Block[] = [{ kind: "text", text: explanation.prose }];
  if (explanation.resources.length > 0)
    blocks.push({
      kind: "text",
      text: text.explainRead(
        joinRich(
          explanation.resources.map((r) => [link(r.title, r.url)]),
          " · ",
        ),
      ),
    });
  blocks.push({
    kind: "context",
    text: text.explainSources(explanation.sources.map((s) => s.name)),
  });
  return blocks;
}

function insert(reply: Reply, blocks: Block[], placement: Placement): Reply {
  const at =
    placement === "top"
      ? reply.blocks[0]?.kind === "heading"
        ? 1
        : 0
      : (lastIndex(reply.blocks, (b) => b.kind === "buttons") ?? reply.blocks.length);
  const { followUp: _, ...rest } = reply;
  return { ...rest, blocks: [...reply.blocks.slice(0, at), ...blocks, ...reply.blocks.slice(at)] };
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number | undefined {
  const index = items.findLastIndex(test);
  return index === -1 ? undefined : index;
}
