import type { types } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { actionFrom } from "../../adapters/slack/action-ids.ts";
import { SLACK_LIMITS } from "../../adapters/slack/limits.ts";
import { escapeMrkdwn, fitMrkdwn, mrkdwn, textFromSlack } from "../../adapters/slack/mrkdwn.ts";
import { renderMessage } from "../../adapters/slack/render.ts";
import { modalView } from "../../adapters/slack/render-form.ts";
import { ACTIONS, FORMS } from "../../src/core/actions.ts";
import { type Block, privateReply } from "../../src/core/reply.ts";
import { bold, link, userRef } from "../../src/core/rich-text.ts";

const texts = (blocks: types.KnownBlock[]) => JSON.stringify(blocks);
const sections = (blocks: types.KnownBlock[]) =>
  blocks.filter((b): b is types.SectionBlock => b.type === "section");

describe("Block Kit limits", () => {
  it("GIVEN 80 blocks WHEN rendered as a message THEN 50 blocks, a note of what was left out, and the buttons kept last", () => {
    const blocks: Block[] = Array.from({ length: 79 }, (_, i) => ({
      kind: "text",
      text: [{ text: `line ${i}` }],
    }));
    blocks.push({
      kind: "buttons",
      buttons: [{ action: ACTIONS.quizNext, value: "x", label: "Another question" }],
    });
    const { blocks: out } = renderMessage(privateReply(blocks), "mention");
    expect(out).toHaveLength(SLACK_LIMITS.messageBlocks);
    expect(out.at(-1)?.type).toBe("actions");
    expect(texts(out.slice(-2, -1))).toMatch(/and 31 more not shown/);
  });

  it("GIVEN a text of 7,000 characters WHEN rendered THEN it is split into sections of at most 3,000", () => {
    const long = Array.from({ length: 100 }, (_, i) => `${i} ${"word ".repeat(13)}`).join("\n");
    const { blocks } = renderMessage(
      privateReply([{ kind: "text", text: [{ text: long }] }]),
      "name",
    );
    const lengths = sections(blocks).map((s) => s.text?.text.length ?? 0);
    expect(lengths.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(long.length - 100);
  });

  it("GIVEN one line longer than a section WHEN rendered THEN it is cut with an ellipsis, not split mid-entity", () => {
    const { blocks } = renderMessage(
      privateReply([{ kind: "text", text: [{ text: "&".repeat(4000) }] }]),
      "name",
    );
    const text = sections(blocks)[0]?.text?.text ?? "";
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(text).toMatch(/(&amp;)+…$/);
  });

  it("GIVEN 30 buttons with long labels WHEN rendered THEN the labels are listed in full, rows of 25 numbered buttons, unique action ids that map back", () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({
      action: ACTIONS.quizAnswer,
      value: `round:${i}`,
      label: `Option ${i} ${"x".repeat(100)}`,
    }));
    const { blocks } = renderMessage(privateReply([{ kind: "buttons", buttons }]), "name");
    const rows = blocks.filter((b): b is types.ActionsBlock => b.type === "actions");
    expect(rows.map((r) => r.elements.length)).toEqual([25, 5]);
    const all = rows.flatMap((r) => r.elements) as types.Button[];
    expect(all.map((b) => b.text.text)).toEqual(buttons.map((_, i) => String(i + 1)));
    expect(texts(blocks)).toContain(`*30.* ${buttons[29]?.label}`);
    expect(new Set(all.map((b) => b.action_id)).size).toBe(30);
    expect(all.every((b) => actionFrom(b.action_id ?? "") === ACTIONS.quizAnswer)).toBe(true);
  });

  it("GIVEN a button whose value is over 2,000 characters THEN it is left out rather than sent cut", () => {
    const buttons = [
      { action: ACTIONS.pathShow, value: "x".repeat(2001), label: "Too long" },
      { action: ACTIONS.pathShow, value: "skill:sql", label: "Fine" },
    ];
    const { blocks } = renderMessage(privateReply([{ kind: "buttons", buttons }]), "name");
    expect(texts(blocks)).not.toMatch(/Too long/);
    expect(texts(blocks)).toMatch(/Fine/);
  });

  it("GIVEN 12 fields and a long heading THEN sections of 10 fields and a 150-character header", () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({
      label: `F${i}`,
      value: [{ text: "v" }],
    }));
    const { blocks } = renderMessage(
      privateReply([
        { kind: "heading", text: "h".repeat(200) },
        { kind: "fields", fields },
      ]),
      "name",
    );
    const header = blocks[0] as types.HeaderBlock;
    expect(header.text.text).toHaveLength(150);
    expect(sections(blocks).map((s) => s.fields?.length)).toEqual([10, 2]);
  });

  it("GIVEN a form with 230 skills WHEN shown as a modal THEN the select pages them in groups of 100 and a radio's long description is listed whole above it", () => {
    const view = modalView(
      {
        id: FORMS.rate,
        title: "Rate a skill, a very long title",
        submitLabel: "Save",
        fields: [
          {
            kind: "select",
            id: "skill",
            label: "Skill",
            options: Array.from({ length: 230 }, (_, i) => ({
              value: `s${i}`,
              label: `Skill ${i}`,
            })),
            initial: "s150",
          },
          {
            kind: "radio",
            id: "level",
            label: "Your level",
            options: [{ value: "1", label: "1 (aware)", description: "d".repeat(300) }],
          },
        ],
      },
      "{}",
    );
    expect(view.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
    const [skill, description, level] = view.blocks as [
      types.InputBlock,
      types.SectionBlock,
      types.InputBlock,
    ];
    const select = skill.element as types.StaticSelect;
    expect(select.option_groups?.map((g) => g.options.length)).toEqual([100, 100, 30]);
    expect(select.option_groups?.map((g) => g.label.text)).toEqual(["1–100", "101–200", "201–230"]);
    expect(select.initial_option?.value).toBe("s150");
    expect(description.text?.text).toBe(`*1 (aware)* — ${"d".repeat(300)}`);
    const radios = level.element as types.RadioButtons;
    expect(radios.options[0]?.description).toBeUndefined();
  });
});

describe("mrkdwn", () => {
  it("GIVEN user text with <, > and & THEN Slack gets entities, so no mention or link can be smuggled", () => {
    expect(escapeMrkdwn("<!channel> & <@U1|x> <https://evil|ok>")).toBe(
      "&lt;!channel&gt; &amp; &lt;@U1|x&gt; &lt;https://evil|ok&gt;",
    );
  });

  it("GIVEN spans THEN bold hugs its words, links stay links, teammates are names unless mentions are safe", () => {
    expect(mrkdwn([bold(" Python ")], "name")).toBe(" *Python* ");
    expect(mrkdwn([link("docs <here>", "https://x.test/a|b>")], "name")).toBe(
      "<https://x.test/a%7Cb%3E|docs &lt;here&gt;>",
    );
    expect(mrkdwn([link("bad", "javascript:alert(1)")], "name")).toBe("bad");
    expect(mrkdwn([userRef("U0ABC1234", "Grace")], "name")).toBe("Grace");
    expect(mrkdwn([userRef("U0ABC1234", "Grace")], "mention")).toBe("<@U0ABC1234>");
  });

  it("GIVEN a cut in the middle of an entity or a link THEN the cut moves before it", () => {
    expect(fitMrkdwn("ab &amp; cd", 6)).toBe("ab …");
    expect(fitMrkdwn("ab <https://x.test|x> cd", 10)).toBe("ab …");
  });

  it("GIVEN Slack's encoded message text THEN the core reads what the person typed", () => {
    expect(
      textFromSlack(
        "<@UBOT> rate &lt;b&gt; &amp; <!here> <#C1|general> <https://x.test|site>",
        "UBOT",
      ),
    ).toBe("rate <b> & @here #general site");
  });
});
