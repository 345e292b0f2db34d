// The pure rendering of neutral replies into Discord payloads: limits, pagination, escaping.
// Every page is checked with the fake Discord's own validation, as Discord would check it.
import { describe, expect, test } from "vitest";
import { escapeMarkdown, markdown, truncate } from "../../adapters/discord/markdown.ts";
import { renderModal } from "../../adapters/discord/modal.ts";
import { type DiscordPage, renderReply } from "../../adapters/discord/render.ts";
import { splitText } from "../../adapters/discord/split-text.ts";
import { ACTIONS, FORMS } from "../../src/core/actions.ts";
import { type Block, type FormRequest, privateReply } from "../../src/core/reply.ts";
import { messageProblems } from "../fakes/discord/validation.ts";
import { plainText } from "./seen.ts";

const valid = (pages: readonly DiscordPage[]) => {
  for (const page of pages) expect(messageProblems(page)).toEqual([]);
  return pages;
};
const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");
const embedTotal = (page: DiscordPage) =>
  page.embeds.reduce(
    (n, e) =>
      n +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
    0,
  );

describe("content and embeds", () => {
  test("GIVEN a plain answer THEN it is message content; a heading makes it an embed", () => {
    const plainOnly = renderReply(privateReply([{ kind: "text", text: [{ text: "Saved." }] }]));
    expect(plainOnly).toEqual([{ content: "Saved.", embeds: [], components: [] }]);
    const [page] = renderReply(
      privateReply([
        { kind: "heading", text: "Quiz" },
        { kind: "text", text: [{ text: "Why?" }] },
      ]),
    );
    expect(page?.content).toBe("");
    expect(page?.embeds[0]).toMatchObject({ title: "Quiz", description: "Why?" });
  });

  test("GIVEN 9,000 characters of text THEN content pages of at most 2,000, in order, buttons on the last", () => {
    const pages = valid(
      renderReply(
        privateReply([
          { kind: "text", text: [{ text: words(1000) }] },
          {
            kind: "buttons",
            buttons: [{ action: ACTIONS.quizNext, value: "skill:sql", label: "Again" }],
          },
        ]),
      ),
    );
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.every((p) => p.content.length <= 2000)).toBe(true);
    expect(pages.map((p) => p.content).join(" ")).toBe(words(1000).replace(/ +/g, " "));
    expect(pages.slice(0, -1).every((p) => p.components.length === 0)).toBe(true);
    expect(pages.at(-1)?.components).toHaveLength(1);
  });

  test("GIVEN more text than five pages hold THEN it is cut with an ellipsis, nothing beyond five pages", () => {
    const pages = valid(
      renderReply(privateReply([{ kind: "text", text: [{ text: words(5000) }] }])),
    );
    expect(pages).toHaveLength(5);
    expect(pages.at(-1)?.content.endsWith("…")).toBe(true);
  });

  test("GIVEN an over-long title, description and fields THEN every embed limit holds", () => {
    const blocks: Block[] = [
      { kind: "heading", text: "T".repeat(300) },
      { kind: "text", text: [{ text: words(700) }] },
      {
        kind: "fields",
        fields: Array.from({ length: 3 }, (_, i) => ({
          label: `F${i}`.repeat(200),
          value: [{ text: "v".repeat(1500) }],
        })),
      },
    ];
    const pages = valid(renderReply(privateReply(blocks)));
    const embeds = pages.flatMap((p) => p.embeds);
    expect(embeds[0]?.title?.length).toBe(256);
    expect(embeds.length).toBeGreaterThan(1);
    expect(embeds.every((e) => (e.description?.length ?? 0) <= 4096)).toBe(true);
    const fields = embeds.flatMap((e) => e.fields ?? []);
    expect(fields.map((f) => [f.name.length, f.value.length])).toEqual([
      [256, 1024],
      [256, 1024],
      [256, 1024],
    ]);
    expect(pages.every((p) => embedTotal(p) <= 6000 && p.embeds.length <= 10)).toBe(true);
  });

  test("GIVEN 30 fields THEN 25 in one embed and the rest in the next", () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({
      label: `F${i}`,
      value: [{ text: `v${i}` }],
    }));
    const pages = valid(renderReply(privateReply([{ kind: "fields", fields }])));
    expect(pages.flatMap((p) => p.embeds).map((e) => e.fields?.length)).toEqual([25, 5]);
  });

  test("GIVEN 32 buttons THEN 5 to a row, 5 rows to a message, the rest on another page", () => {
    const buttons = Array.from({ length: 32 }, (_, i) => ({
      action: ACTIONS.explainSkill,
      value: `s${i}`,
      label: `Skill ${i}`,
    }));
    const pages = valid(
      renderReply(
        privateReply([
          { kind: "text", text: [{ text: "Pick one" }] },
          { kind: "buttons", buttons },
        ]),
      ),
    );
    expect(pages).toHaveLength(2);
    expect(pages[0]?.components).toHaveLength(5);
    expect(pages[0]?.components.every((row) => row.components.length <= 5)).toBe(true);
    expect(pages[1]?.components.flatMap((r) => r.components)).toHaveLength(7);
    expect(
      pages.flatMap((p) => p.components.flatMap((r) => r.components.map((b) => b.custom_id))),
    ).toContain("skill.explain|s31");
  });

  test("GIVEN quiz options longer than a button label THEN buttons are numbered and the full options listed", () => {
    const long = `An option that explains itself at great length ${"and then some more ".repeat(6)}`;
    const [page] = valid(
      renderReply(
        privateReply([
          { kind: "heading", text: "Quiz" },
          {
            kind: "buttons",
            buttons: [
              { action: ACTIONS.quizAnswer, value: "r:0", label: long },
              { action: ACTIONS.quizAnswer, value: "r:1", label: "Short" },
            ],
          },
        ]),
      ),
    );
    const labels = page?.components.flatMap((r) => r.components.map((b) => b.label)) ?? [];
    expect(labels[0]?.startsWith("1. An option")).toBe(true);
    expect(labels[0]?.length).toBeLessThanOrEqual(80);
    expect(labels[1]).toBe("2. Short");
    expect(plainText(page?.embeds[0]?.description ?? "")).toContain(`1. ${long}`);
  });

  test("GIVEN two buttons with the same action and value THEN their custom ids still differ", () => {
    const same = { action: ACTIONS.pathShow, value: "skill:sql", label: "Path" } as const;
    const [page] = valid(renderReply(privateReply([{ kind: "buttons", buttons: [same, same] }])));
    const ids = page?.components[0]?.components.map((b) => b.custom_id);
    expect(new Set(ids).size).toBe(2);
  });
});

describe("escaping", () => {
  test("GIVEN user text full of markdown and mention syntax THEN it shows literally", () => {
    const typed =
      "**bold** _it_ `code` ~~s~~ ||spoiler|| > quote\n# heading\n- list\n1. item [link](https://x.y) <@123456789012345678> <@&1> <#2>";
    const escaped = escapeMarkdown(typed);
    expect(escaped).not.toMatch(/(?<!\\)[*_`~|<>#[\]]/);
    expect(plainText(escaped)).toBe(typed);
  });

  test("GIVEN text cut at a limit that falls inside an emoji or after an escape THEN neither is left half", () => {
    // "😀" is two UTF-16 units: a limit of 6 keeps 5 units, which end inside the third one.
    expect(truncate("😀😀😀😀", 6)).toBe("😀😀…");
    expect(truncate("ab\\*cd", 4)).toBe("ab…");
  });

  test("GIVEN styled text with spaces around it THEN the markers hug the words and blank text stays plain", () => {
    expect(
      markdown([
        { text: "  Python\n", bold: true },
        { text: "x" },
        { text: " at level ", italic: true },
        { text: "   ", bold: true },
        { text: " `sql` ", code: true },
      ]),
    ).toBe("  **Python**\nx _at level_     `ˋsqlˋ` ");
  });

  test("GIVEN spans THEN formatting is Discord's, a teammate is a mention, links only https", () => {
    expect(
      markdown([
        { text: "Saved: " },
        { text: "Python", bold: true },
        { text: " by " },
        { text: "Ada", user: "123456789012345678" },
        { text: " and " },
        { text: "u*ser", user: "not-a-snowflake" },
        { text: " " },
        { text: "docs", link: "https://docs.python.org/3/" },
        { text: " " },
        { text: "bad", link: "javascript:alert(1)" },
        { text: " " },
        { text: "rate `x`", code: true },
      ]),
    ).toBe(
      "Saved: **Python** by <@123456789012345678> and u\\*ser [docs](<https://docs.python.org/3/>) bad `rate ˋxˋ`",
    );
  });

  test("GIVEN a split near an escape THEN the backslash stays with its character", () => {
    const text = `${"a".repeat(9)}\\*${"b".repeat(20)}`;
    const pieces = splitText(text, 10);
    expect(pieces.every((p) => !/(?<!\\)(\\\\)*\\$/.test(p))).toBe(true);
    expect(pieces.join("")).toBe(text);
  });
});

describe("modals", () => {
  const levels = [0, 1, 2, 3, 4].map((level) => ({
    value: String(level),
    label: `${level}`,
    description: `Rubric line ${level} `.repeat(10),
  }));
  const form = (skills: number, initial?: string): FormRequest => ({
    id: FORMS.rate,
    title: "Rate a skill in the matrix, carefully and honestly",
    submitLabel: "Save",
    fields: [
      {
        kind: "select",
        id: "skill",
        label: "Skill",
        options: Array.from({ length: skills }, (_, i) => ({
          value: `s${i}`,
          label: `Skill ${i}`,
        })),
        ...(initial ? { initial } : {}),
      },
      { kind: "radio", id: "level", label: "Your level", options: levels },
    ],
  });

  test("GIVEN a preset skill among many THEN it rides in the custom id and the full rubric is shown", () => {
    const modal = renderModal(form(47, "s3"));
    expect(modal?.custom_id).toBe("rate.form||skill=s3");
    expect(modal?.title.length).toBeLessThanOrEqual(45);
    const [text, level] = modal?.components ?? [];
    expect(text).toMatchObject({ type: 10 });
    expect(JSON.stringify(text)).toContain("Rubric line 4 Rubric line 4");
    expect(level).toMatchObject({ type: 18, component: { type: 21, custom_id: "level" } });
    const options = (level as { component: { options: { description: string }[] } }).component
      .options;
    expect(options.every((o) => o.description.length <= 100)).toBe(true);
  });

  test("GIVEN up to 25 skills THEN a select; more THEN a text input checked on submit", () => {
    const select = renderModal(form(20))?.components[1];
    expect(select).toMatchObject({ type: 18, component: { type: 3, custom_id: "skill" } });
    const input = renderModal(form(47))?.components[1];
    expect(input).toMatchObject({ type: 18, component: { type: 4, custom_id: "skill" } });
  });
  test("GIVEN a frozen (shared) reply THEN it is rendered once, and its pages cannot be changed by a later answer", () => {
    const shared = Object.freeze(
      privateReply([
        { kind: "heading", text: "Help" },
        { kind: "text", text: [{ text: "the *commands*" }] },
      ]),
    );
    const pages = renderReply(shared);
    expect(renderReply(shared)).toBe(pages);
    expect(pages[0]?.embeds[0]?.description).toBe("the \\*commands\\*");
    const embeds: unknown[] = pages[0]?.embeds ?? [];
    expect(embeds).toHaveLength(1);
    expect(() => embeds.push({ title: "x" })).toThrow(TypeError);
    const fresh = privateReply([{ kind: "text", text: [{ text: "hi" }] }]);
    expect(renderReply(fresh)).not.toBe(renderReply(fresh));
  });

  test("GIVEN more distinct texts than the escape cache keeps THEN every one is still escaped right", () => {
    for (let i = 0; i < 5000; i++) {
      const typed = `${i}. *bold* @everyone <@${i}>`;
      expect(escapeMarkdown(typed)).toBe(`${i}\\. \\*bold\\* @everyone \\<@${i}\\>`);
    }
    const long = "_".repeat(3000);
    expect(escapeMarkdown(long)).toBe("\\_".repeat(3000));
  });
});
