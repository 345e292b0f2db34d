import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { Reply } from "../../src/core/reply.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import type { RecordStore } from "../../src/store/record-store.ts";
import { buttonsOf, testBot, textOf } from "../helpers/core.ts";
import { DAILY_TARGET, pressInChannel, sayAsAdmin } from "../helpers/daily-channel.ts";
import { RecordingOutbox } from "../helpers/outbox.ts";
import { memoryStores } from "../helpers/store.ts";

// A team edits the open daily question in its matrix before the reveal: the buttons show the
// options as they were, so answers and counts per shown option no longer match the question.

type StoredQuestion = { id: string; options: string[]; answer: number };

const openMemory = memoryStores();
const edited: string[] = [];
afterEach(() => {
  for (const dir of edited.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the default matrix with one question's options in reverse (same right answer). */
function matrixReordering(questionId: string): string {
  const dir = mkdtempSync(join(tmpdir(), "skillbot-edited-"));
  edited.push(dir);
  cpSync("knowledge/ml-engineer", dir, { recursive: true });
  for (const file of readdirSync(join(dir, "questions"))) {
    const path = join(dir, "questions", file);
    const doc = parse(readFileSync(path, "utf8")) as { questions: StoredQuestion[] };
    for (const q of doc.questions) {
      if (q.id !== questionId) continue;
      const correct = q.options[q.answer] ?? "";
      q.options.reverse();
      q.answer = q.options.indexOf(correct);
    }
    writeFileSync(path, stringify(doc));
  }
  return dir;
}

const noReply: Reply = { visibility: "public", blocks: [], summary: "" };

/** The day's question posted on `store`: the outbox, the post, its buttons and round. */
async function postedQuestion(store: RecordStore) {
  const bot = await testBot({ store });
  bot.clock.set("2026-11-23T00:00:00Z");
  await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
  const outbox = new RecordingOutbox();
  bot.clock.set("2026-11-23T09:00:00Z");
  await runDue(bot.core, outbox, bot.clock.now());
  const posted = outbox.posts[0];
  const buttons = buttonsOf(posted?.reply ?? noReply);
  const round = await bot.core.quizzes.round(DAILY_TARGET, buttons[0]?.value.split(":")[0] ?? "");
  if (!posted || !round) throw new Error("no daily question");
  return { bot, outbox, posted, buttons, round };
}

describe("a daily question edited in the matrix while it is open", () => {
  it("GIVEN the open question's options reordered WHEN someone answers THEN the press is refused as expired and not counted", async () => {
    const store = await openMemory();
    const { buttons, round } = await postedQuestion(store);
    const after = await testBot({
      store,
      env: { SKILLBOT_MATRIX: matrixReordering(round.questionId) },
    });
    after.clock.set("2026-11-23T10:00:00Z");

    expect(textOf(await pressInChannel(after, "ana", buttons[0]?.value ?? ""))).toMatch(
      /^That question has expired/,
    );
    expect(await after.core.quizzes.tally(DAILY_TARGET, round.id, buttons.length)).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it("GIVEN answers, then the open question's options reordered WHEN the reveal is due THEN nothing is revealed and the question's message is closed with a note", async () => {
    const store = await openMemory();
    const { bot, outbox, posted, buttons, round } = await postedQuestion(store);
    for (const user of ["ana", "bo", "cy", "dee", "eli"])
      await pressInChannel(bot, user, buttons[1]?.value ?? "");
    const after = await testBot({
      store,
      env: { SKILLBOT_MATRIX: matrixReordering(round.questionId) },
    });

    await runDue(after.core, outbox, new Date("2026-11-23T17:00:00Z"));

    expect(outbox.posts.filter((p) => p.key.startsWith("reveal:"))).toHaveLength(0);
    const closed = outbox.sent.find((s) => s.kind === "update");
    expect(closed?.kind === "update" && closed.messageId).toBe(posted.messageId);
    expect(textOf(closed?.kind === "update" ? closed.reply : noReply)).toMatch(
      /changed in the skill matrix after it was asked, so it has no reveal/,
    );
    expect((await after.core.schedules.get(DAILY_TARGET))?.open).toBeUndefined();
  });

  it("GIVEN a daily round saved before rounds kept what they showed WHEN answered and revealed THEN both work as before", async () => {
    const store = await openMemory();
    const { bot, outbox, buttons, round } = await postedQuestion(store);
    const { fingerprint: _, ...older } = round;
    await bot.core.quizzes.saveRound(DAILY_TARGET, older);

    expect(textOf(await pressInChannel(bot, "ana", buttons[0]?.value ?? ""))).toMatch(/^Got it/);
    await runDue(bot.core, outbox, new Date("2026-11-23T17:00:00Z"));

    const reveal = outbox.posts.find((p) => p.key.startsWith("reveal:"));
    expect(textOf(reveal?.reply ?? noReply)).toMatch(/The answer: /);
  });
});
