import { beforeEach, describe, expect, it } from "vitest";
import { renderReply as renderDiscord } from "../../adapters/discord/render.ts";
import { mrkdwn } from "../../adapters/slack/mrkdwn.ts";
import { ACTIONS } from "../../src/core/actions.ts";
import { privateReply } from "../../src/core/reply.ts";
import { plain, textWithCode } from "../../src/core/rich-text.ts";
import { questionBlocks } from "../../src/features/quiz.ts";
import { pickQuestion, quizSkills, shuffledOrder } from "../../src/features/quiz-pick.ts";
import {
  buttonsOf,
  person,
  press,
  say,
  seededRandom,
  type TestBot,
  testBot,
  textOf,
} from "../helpers/core.ts";

describe("quiz on demand", () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await testBot();
  });

  it("GIVEN a person's level WHEN a question is drawn THEN its difficulty is one above it", () => {
    const kb = bot.core.kb;
    for (const level of [0, 1, 2, 3]) {
      const question = pickQuestion({
        kb,
        skills: [kb.skill("sql")].flatMap((s) => s ?? []),
        levels: { sql: level },
        track: kb.defaultTrack,
        history: [],
        now: new Date(),
        random: seededRandom(level),
      });
      expect(question?.difficulty).toBe(Math.min(4, level + 1));
    }
  });

  it("GIVEN a question answered yesterday WHEN drawing again THEN another question of the skill comes first", () => {
    const kb = bot.core.kb;
    const args = {
      kb,
      skills: [kb.skill("sql")].flatMap((s) => s ?? []),
      levels: {},
      track: kb.defaultTrack,
      now: new Date("2026-11-26T00:00:00Z"),
    };
    const first = pickQuestion({ ...args, history: [], random: seededRandom(1) });
    const history = [
      {
        roundId: "r",
        questionId: first?.id ?? "",
        skillId: "sql",
        difficulty: 1,
        correct: true,
        at: "2026-11-25T00:00:00.000Z",
      },
    ];
    expect(pickQuestion({ ...args, history, random: seededRandom(1) })?.id).not.toBe(first?.id);
  });

  it("GIVEN every question of a skill answered 40 days ago, and all but the hardest again yesterday THEN the hardest comes next", () => {
    const kb = bot.core.kb;
    const questions = kb.questionsFor("sql");
    const hardest = questions.reduce((a, b) => (b.difficulty > a.difficulty ? b : a));
    expect(hardest.difficulty).toBeGreaterThan(1);
    const answered = (at: string) => (q: (typeof questions)[number]) => ({
      roundId: `r-${q.id}-${at}`,
      questionId: q.id,
      skillId: "sql",
      difficulty: q.difficulty,
      correct: true,
      at,
    });
    const history = [
      ...questions.map(answered("2026-10-17T00:00:00.000Z")),
      ...questions.filter((q) => q !== hardest).map(answered("2026-11-25T00:00:00.000Z")),
    ];
    const question = pickQuestion({
      kb,
      skills: [kb.skill("sql")].flatMap((s) => s ?? []),
      levels: {},
      track: kb.defaultTrack,
      history,
      now: new Date("2026-11-26T00:00:00Z"),
      random: seededRandom(3),
    });
    expect(question?.id).toBe(hardest.id);
  });

  it("GIVEN a topic or a track WHEN asking which skills a quiz may cover THEN only skills with questions, the same list each time", () => {
    const kb = bot.core.kb;
    const track = kb.defaultTrack;
    const area = kb.areas[0];
    if (!track || !area) throw new Error("the shipped matrix has tracks and areas");
    const forTrack = quizSkills(kb, undefined, track);
    const expected = Object.keys(track.targets).filter((id) => kb.questionsFor(id).length > 0);
    expect(forTrack.map((s) => s.id)).toEqual(expected);
    expect(quizSkills(kb, undefined, track)).toBe(forTrack);
    const forArea = quizSkills(kb, { kind: "area", id: area.id }, track);
    expect(forArea.length).toBeGreaterThan(0);
    expect(forArea.every((s) => s.areaId === area.id && kb.questionsFor(s.id).length > 0)).toBe(
      true,
    );
    expect(quizSkills(kb, { kind: "skill", id: "sql" }, track).map((s) => s.id)).toEqual(["sql"]);
    // Shared between quizzes, so nobody may change it.
    expect(Object.isFrozen(forTrack)).toBe(true);
  });

  it("GIVEN a seeded random source WHEN shuffling THEN every option appears once and the order is not the file's", () => {
    const orders = [1, 2, 3, 4, 5].map((seed) => shuffledOrder(4, seededRandom(seed)));
    for (const order of orders) expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(orders.some((o) => o.join() !== "0,1,2,3")).toBe(true);
  });

  it("GIVEN a question WHEN the right option is pressed THEN correct, the explanation, and the answer is stored", async () => {
    const reply = await say(bot, "qa", "quiz sql");
    const round = buttonsOf(reply)[0]?.value.split(":")[0] ?? "";
    const stored = await bot.core.quizzes.round(person("qa"), round);
    const question = bot.core.kb.question(stored?.questionId ?? "");
    const shown = stored?.order.indexOf(question?.answer ?? -1) ?? -1;
    const answer = await press(bot, "qa", ACTIONS.quizAnswer, `${round}:${shown}`);
    expect(textOf(answer)).toMatch(/Correct!/);
    expect(textOf(answer)).toContain(plain(textWithCode(question?.explanation ?? "?")));
    const log = await bot.core.quizzes.log(person("qa"));
    expect(log.recent).toEqual([
      expect.objectContaining({ questionId: question?.id, correct: true, skillId: "sql" }),
    ]);
  });

  it("GIVEN a question with code in backticks THEN the code is a code span, shown as code on Discord and Slack, not as escaped backticks", () => {
    const question = bot.core.kb.questions.find((q) => q.prompt.includes("`SELECT name"));
    if (!question) throw new Error("the seed matrix has no SQL question with code");
    const round = {
      id: "r1",
      questionId: question.id,
      order: question.options.map((_, i) => i),
      channel: "D1",
      createdAt: "2026-11-27T00:00:00.000Z",
    };
    const prompt = questionBlocks(bot.core, question, round).find((b) => b.kind === "text");
    const code = "SELECT name FROM users WHERE country = 'UK'";
    expect(prompt?.kind === "text" && prompt.text).toEqual([
      { text: "In " },
      { text: code, code: true },
      { text: ", what does the WHERE clause do?" },
    ]);
    const [page] = renderDiscord(privateReply(questionBlocks(bot.core, question, round)));
    expect(page?.embeds[0]?.description).toBe(`In \`${code}\`, what does the WHERE clause do?`);
    if (prompt?.kind === "text")
      expect(mrkdwn(prompt.text, "name")).toBe(`In \`${code}\`, what does the WHERE clause do?`);
  });

  it("GIVEN 50 concurrent presses by one person WHEN they race THEN exactly one answer counts", async () => {
    const reply = await say(bot, "qa", "quiz docker");
    const buttons = buttonsOf(reply);
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        press(bot, "qa", ACTIONS.quizAnswer, buttons[i % buttons.length]?.value ?? ""),
      ),
    );
    const counted = replies.filter((r) => /Correct!|Not quite/.test(textOf(r)));
    expect(counted).toHaveLength(1);
    expect(replies.filter((r) => /already answered/.test(textOf(r)))).toHaveLength(49);
    expect((await bot.core.quizzes.log(person("qa"))).recent).toHaveLength(1);
  });

  it("GIVEN someone else's personal question WHEN pressed THEN it is refused and nothing is recorded", async () => {
    const reply = await say(bot, "owner", "quiz git");
    const value = buttonsOf(reply)[0]?.value ?? "";
    expect(textOf(await press(bot, "intruder", ACTIONS.quizAnswer, value))).toMatch(
      /was for someone else/,
    );
    expect((await bot.core.quizzes.log(person("intruder"))).recent).toEqual([]);
  });

  it("GIVEN a forged or expired button value WHEN pressed THEN a friendly message, no crash", async () => {
    for (const value of ["nope:1", "", "x:y:z", "abc:99"]) {
      expect(textOf(await press(bot, "qa", ACTIONS.quizAnswer, value))).toMatch(/expired/);
    }
  });

  it("GIVEN a topic with no questions WHEN quizzing THEN a clear message", async () => {
    expect(textOf(await say(bot, "qa", "quiz xyzzy"))).toMatch(/couldn't find "xyzzy"/);
  });
});
