import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { say, type TestBot, testBot, textOf } from "../helpers/core.ts";

/** A team's matrix named in Cyrillic, Greek, Arabic, Hebrew and Japanese, in a fresh temp dir. */
function writeMatrixInManyScripts(): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-scripts-"));
  mkdirSync(join(dir, "skills"));
  writeFileSync(
    join(dir, "matrix.yaml"),
    `id: kitchen
name: Кухня
areas:
  - id: cooking
    name: Кулинария
    summary: Приготовление еды.
  - id: washoku
    name: 和食
    summary: 日本の料理。
`,
  );
  const skill = (id: string, name: string, area: string) => `
  - id: ${id}
    name: ${name}
    areaId: ${area}
    summary: ${name}.
    rubric: {1: Has seen it., 2: Does it., 3: Adapts it., 4: Teaches it.}`;
  writeFileSync(
    join(dir, "skills", "all.yaml"),
    `skills:${[
      skill("baking", "Выпечка", "cooking"),
      skill("sauces", "Σάλτσες", "cooking"),
      skill("bread", "الخبز", "cooking"),
      skill("pastry", "אפייה", "cooking"),
      skill("sushi", "寿司", "washoku"),
      skill("sushi-chef", "寿司職人", "washoku"),
      skill("pipelines", "機械学習パイプライン設計", "washoku"),
      skill("ai-intro", "AI入門", "washoku"),
    ].join("")}\n`,
  );
  writeFileSync(
    join(dir, "tracks.yaml"),
    "tracks:\n  - id: chef\n    name: Шеф-повар\n    targets:\n      baking: 3\n      sushi: 2\n",
  );
  return dir;
}

describe("names in scripts other than Latin", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await testBot({ env: { SKILLBOT_MATRIX: writeMatrixInManyScripts() } });
  });
  afterAll(() => bot.close());

  it.each([
    ["explain Выпечка", "Выпечка · Кулинария"],
    ["explain Σάλτσες", "Σάλτσες · Кулинария"],
    ["explain الخبز", "الخبز · Кулинария"],
    ["explain אפייה", "אפייה · Кулинария"],
    ["explain 寿司", "寿司 · 和食"],
    ["explain 機械学習パイプライン設計", "機械学習パイプライン設計 · 和食"],
    ["rate Выпечка 2", "Saved: Выпечка at 2"],
    ["path Кулинария", /next steps in Кулинария/i],
    ["path Шеф-повар", /next steps in Шеф-повар/i],
  ])(
    "GIVEN the bot shows a name WHEN someone types `%s` THEN it answers about that name",
    async (typed, answer) => {
      expect(textOf(await say(bot, "ana", typed))).toMatch(answer);
    },
  );

  it("GIVEN names in scripts with case WHEN typed in other case THEN they are named exactly: a rating saves without asking", async () => {
    expect(textOf(await say(bot, "bo", "rate ВЫПЕЧКА 3"))).toContain("Saved: Выпечка at 3");
    // Unicode case folding makes a final ς a σ: typed either way, the word is the same.
    expect(textOf(await say(bot, "bo", "rate σάλτσεσ 2"))).toContain("Saved: Σάλτσες at 2");
    expect(textOf(await say(bot, "bo", "path кулинария"))).toContain("next steps in Кулинария");
  });

  it("GIVEN a typo WHEN it is in an alphabet THEN it is forgiven; WHEN one CJK character differs THEN that is another word, only suggested", async () => {
    expect(textOf(await say(bot, "cy", "explain выпечко"))).toContain("Выпечка · Кулинария");
    const otherWord = textOf(await say(bot, "cy", "explain 機械学習パイプライン運用"));
    expect(otherWord).toMatch(/I don't know a skill called "機械学習パイプライン運用"/);
    expect(otherWord).toContain("Did you mean 機械学習パイプライン設計?");
  });

  it("GIVEN Japanese, written without spaces WHEN a question holds a name THEN that name is found, the longest one where two start alike", async () => {
    expect(textOf(await say(bot, "di", "寿司を握りたい"))).toMatch(/^寿司 · 和食/);
    expect(textOf(await say(bot, "di", "寿司職人になりたい"))).toMatch(/^寿司職人 · 和食/);
    expect(textOf(await say(bot, "di", "ai入門について"))).toMatch(/^AI入門 · 和食/);
    // "ai" inside "openai" is part of another word, not the name AI入門.
    expect(textOf(await say(bot, "di", "openai入門"))).not.toContain("AI入門 ·");
  });

  it("GIVEN Japanese WHEN a command's term runs a name on into more words THEN that name is suggested", async () => {
    expect(textOf(await say(bot, "ed", "explain 寿司の歴史"))).toMatch(
      /I don't know a skill called "寿司の歴史"\. Did you mean 寿司\?/,
    );
  });
});
