// What survives when a reply is too big for Slack: every row of closing buttons, whole characters.
import type { types } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { SLACK_LIMITS } from "../../adapters/slack/limits.ts";
import { fitMrkdwn } from "../../adapters/slack/mrkdwn.ts";
import { renderMessage } from "../../adapters/slack/render.ts";
import { ACTIONS } from "../../src/core/actions.ts";
import { type Block, privateReply } from "../../src/core/reply.ts";
import { blocksText, buttonsIn } from "./seen.ts";

const lines = (n: number): Block[] =>
  Array.from({ length: n }, (_, i) => ({ kind: "text", text: [{ text: `line ${i}` }] }));
const buttons = (n: number, label: (i: number) => string): Block => ({
  kind: "buttons",
  buttons: Array.from({ length: n }, (_, i) => ({
    action: ACTIONS.quizAnswer,
    value: `round:${i}`,
    label: label(i),
  })),
});
const rowSizes = (blocks: types.KnownBlock[]) =>
  blocks.filter((b): b is types.ActionsBlock => b.type === "actions").map((b) => b.elements.length);

describe("a reply over 50 blocks", () => {
  it("GIVEN 60 lines and 30 buttons (two rows) WHEN rendered as a message THEN both rows survive the cut", () => {
    const { blocks } = renderMessage(
      privateReply([...lines(60), buttons(30, (i) => `Option ${i}`)]),
      "name",
    );
    expect(blocks).toHaveLength(SLACK_LIMITS.messageBlocks);
    expect(rowSizes(blocks)).toEqual([25, 5]);
    expect(blocksText(blocks)).toMatch(/and 13 more not shown/);
  });

  it("GIVEN 60 lines and options too long for a button WHEN rendered THEN the numbered list survives with its buttons", () => {
    const long = (i: number) =>
      `Option ${i}: ${"a long answer that no button could hold ".repeat(3)}`;
    const { blocks } = renderMessage(privateReply([...lines(60), buttons(4, long)]), "name");
    expect(blocks).toHaveLength(SLACK_LIMITS.messageBlocks);
    expect(blocksText(blocks)).toContain(`4. ${long(3).trim()}`);
    expect(buttonsIn(blocks).map((b) => b.label)).toEqual(["1", "2", "3", "4"]);
  });
});

describe("cutting mrkdwn", () => {
  it("GIVEN a line of emoji longer than a section WHEN cut THEN no half emoji is left before the ellipsis", () => {
    const cut = fitMrkdwn("🙂".repeat(2000), SLACK_LIMITS.sectionText);
    expect(cut.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(cut).toMatch(/^(🙂)+…$/u);
  });
});
