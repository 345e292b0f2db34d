import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ACTIONS } from "../../src/core/actions.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { buttonsOf, person, press, say, type TestBot, testBot, textOf } from "../helpers/core.ts";
import { memoryStores } from "../helpers/store.ts";

// A team edits a question in its matrix while someone's round of it is open: the buttons show
// the options as they were, so judging a press against the edited question gives a wrong verdict.

type StoredQuestion = { id: string; options: string[]; answer: number };

const openMemory = memoryStores();
const edited: string[] = [];
afterEach(() => {
  for (const dir of edited.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the default matrix with one question changed by `edit`, as a team would ship it. */
function matrixEditing(questionId: string, edit: (question: StoredQuestion) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-edited-"));
  edited.push(dir);
  cpSync("knowledge/ml-engineer", dir, { recursive: true });
  for (const file of readdirSync(join(dir, "questions"))) {
    const path = join(dir, "questions", file);
    const doc = parse(readFileSync(path, "utf8")) as { questions: StoredQuestion[] };
    for (const question of doc.questions) if (question.id === questionId) edit(question);
    writeFileSync(path, stringify(doc));
  }
  return dir;
}

const erin = person("erin");

/** Erin's open quiz on SQL, asked by a bot on `store`, with its buttons and question. */
async function openQuiz(store: RecordStore) {
  const before = await testBot({ store });
  const buttons = buttonsOf(await say(before, "erin", "quiz sql")).filter(
    (b) => b.action === ACTIONS.quizAnswer,
  );
  const round = await before.core.quizzes.round(erin, buttons[0]?.value.split(":")[0] ?? "");
  const question = before.core.kb.question(round?.questionId ?? "");
  if (!round || !question) throw new Error("no quiz round");
  return { buttons, round, question };
}

const pressAs = (bot: TestBot, value: string) => press(bot, "erin", ACTIONS.quizAnswer, value);

describe("a quiz question edited while its round is open", () => {
  it("GIVEN the question's options reordered (same right answer) WHEN erin presses the button showing the right answer THEN she is told the question changed, not that she was wrong, and nothing is recorded", async () => {
    const store = await openMemory();
    const { buttons, question } = await openQuiz(store);
    const right = question.options[question.answer];
    const dir = matrixEditing(question.id, (q) => {
      const correct = q.options[q.answer] ?? "";
      q.options.reverse();
      q.answer = q.options.indexOf(correct);
    });
    const after = await testBot({ store, env: { SKILLBOT_MATRIX: dir } });

    const reply = textOf(await pressAs(after, buttons.find((b) => b.label === right)?.value ?? ""));

    expect(reply).toMatch(/^That question has expired/);
    expect((await after.core.quizzes.log(erin)).recent).toEqual([]);
    expect((await after.core.decks.get(erin)).cards).toEqual({});
  });

  it("GIVEN the option erin is about to choose removed WHEN she presses it THEN she is told the question changed, never that she chose an empty option", async () => {
    const store = await openMemory();
    const { buttons, round, question } = await openQuiz(store);
    const removed = question.answer === 0 ? 1 : 0;
    const dir = matrixEditing(question.id, (q) => {
      q.options.splice(removed, 1);
      if (q.answer > removed) q.answer--;
    });
    const after = await testBot({ store, env: { SKILLBOT_MATRIX: dir } });
    const value = buttons[round.order.indexOf(removed)]?.value ?? "";

    expect(textOf(await pressAs(after, value))).toMatch(/^That question has expired/);
    expect(textOf(await pressAs(after, value))).toMatch(/^That question has expired/);
    expect((await after.core.quizzes.log(erin)).recent).toEqual([]);
  });

  it("GIVEN the matrix unchanged, read again by another process WHEN erin answers THEN her answer counts as usual", async () => {
    const store = await openMemory();
    const { buttons, round, question } = await openQuiz(store);
    const restarted = await testBot({ store });

    const reply = await pressAs(
      restarted,
      buttons[round.order.indexOf(question.answer)]?.value ?? "",
    );

    expect(textOf(reply)).toMatch(/^Correct!/);
  });

  it("GIVEN a round saved before rounds kept what they showed WHEN erin answers it THEN her answer still counts", async () => {
    const store = await openMemory();
    const { buttons, round, question } = await openQuiz(store);
    const { fingerprint: _, ...older } = round;
    const bot = await testBot({ store });
    await bot.core.quizzes.saveRound(erin, older);

    const reply = await pressAs(bot, buttons[round.order.indexOf(question.answer)]?.value ?? "");

    expect(textOf(reply)).toMatch(/^Correct!/);
    expect((await bot.core.quizzes.log(erin)).recent).toHaveLength(1);
  });
});
