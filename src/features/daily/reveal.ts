import type { ChannelTarget } from "../../core/adapter.ts";
import type { Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import { DeliveryUnknown, type Outbox } from "../../core/outbox.ts";
import { type Block, publicReply, type Reply } from "../../core/reply.ts";
import { textWithCode } from "../../core/rich-text.ts";
import type { Question } from "../../knowledge/schema.ts";
import { claimSend } from "../../store/delivery-claim.ts";
import { keys } from "../../store/keys.ts";
import type { QuizRound } from "../../store/quiz-book.ts";
import { stillAsShown } from "../quiz.ts";
import { MIN_GROUP } from "../team-figures.ts";
import type { DailyAction } from "./daily-post.ts";
import { type DailySchedule, scheduleTarget } from "./schedule.ts";

/**
 * Reveals the open question, once: the answer, its explanation, how many chose each option (no
 * names; only when nobody could work out another's choice from it: see `splitIsSafe`) and the
 * day's three longest streaks (display names, never mentions that notify).
 */
export async function revealDaily(
  core: Core,
  outbox: Outbox,
  schedule: DailySchedule,
  now: Date,
): Promise<DailyAction | undefined> {
  const open = schedule.open;
  if (!open) return undefined;
  const target = scheduleTarget(schedule);
  const claim = await claimSend(
    core.store,
    core.log,
    keys.dailyRevealed(target, open.roundId),
    core.ids.next(),
    now,
  );
  if (!claim) return undefined;
  const close = async () => {
    await core.quizzes.markRevealed(target, open.roundId);
    await core.schedules.change(target, (s) =>
      s.open?.roundId === open.roundId ? { ...s, open: undefined } : s,
    );
  };
  let question: Question;
  try {
    const shown = await roundToReveal(core, outbox, target, open, close);
    if (!shown) return undefined;
    question = shown.question;
    const { round } = shown;
    const counts = await core.quizzes.tally(target, round.id, round.order.length);
    const answered = Object.values(await core.channels.participants(target)).filter(
      (p) => p.lastDate === open.date,
    );
    const top = answered
      .filter((p) => !p.unlisted)
      .sort((a, b) => b.streak - a.streak || b.days - a.days)
      .slice(0, 3)
      .map((p) => `${p.name} (${p.streak})`);
    await outbox.post(
      target,
      revealReply(core, question, round, talliedOrNot(core, target, counts, answered.length), top),
      `reveal:${round.id}`,
    );
  } catch (error) {
    // Surely not posted: the claim is freed for another try. Perhaps posted (a timeout): it is
    // not tried again, so the round ends here, or its buttons would take answers for days.
    await claim.failed(error);
    if (error instanceof DeliveryUnknown) await close();
    throw error;
  }
  await claim.sent();
  await close();
  await outbox
    .update(
      target,
      open.messageId,
      publicReply([
        {
          kind: "heading",
          text: dailyText.questionHeading(core.kb.skill(question.skillId)?.name ?? ""),
        },
        { kind: "text", text: textWithCode(question.prompt) },
        { kind: "context", text: dailyText.closedQuestion },
      ]),
    )
    .catch((error: unknown) => {
      core.log.warn(
        { err: error, channel: target.channel },
        "daily quiz: could not close the question's buttons",
      );
    });
  return {
    tenant: target.tenant,
    channel: target.channel,
    questionId: question.id,
    kind: "reveal",
  };
}

/**
 * The open round and its question, as its message showed them; undefined when there is nothing
 * to reveal any more: the matrix lost the question (or the round expired), or edited it so the
 * counts per shown option no longer match its options. The round is then closed, and its
 * message must not keep offering buttons that now answer "expired".
 */
async function roundToReveal(
  core: Core,
  outbox: Outbox,
  target: ChannelTarget,
  open: NonNullable<DailySchedule["open"]>,
  close: () => Promise<void>,
): Promise<{ round: QuizRound; question: Question } | undefined> {
  const round = await core.quizzes.round(target, open.roundId);
  const question = round && core.kb.question(round.questionId);
  if (round && question && stillAsShown(round, question)) return { round, question };
  await close();
  core.log.info(
    { channel: target.channel, round: open.roundId, edited: Boolean(question) },
    "daily quiz: the open question is gone or edited, closed without a reveal",
  );
  const note = question ? dailyText.questionChanged : dailyText.questionGone;
  await outbox
    .update(target, open.messageId, publicReply([{ kind: "context", text: note }]))
    .catch((error: unknown) =>
      core.log.warn(
        { err: error, channel: target.channel },
        "daily quiz: could not close a gone question",
      ),
    );
  return undefined;
}

/**
 * The tally, unless it counts fewer answers than the streaks do (it was damaged, and read
 * without what could not be read): then a single count of those answers, so the reveal neither
 * says "Nobody answered" above the day's streaks nor shows a split it cannot vouch for.
 */
function talliedOrNot(
  core: Core,
  target: ChannelTarget,
  counts: number[],
  answered: number,
): number[] | { answered: number } {
  const tallied = counts.reduce((a, b) => a + b, 0);
  if (tallied >= answered) return counts;
  core.log.error(
    { channel: target.channel, tallied, answered },
    "daily quiz: the tally counts fewer answers than the streaks; revealed with their count",
  );
  return { answered };
}

export function revealReply(
  core: Core,
  question: Question,
  round: QuizRound,
  tally: readonly number[] | { answered: number },
  top: readonly string[],
): Reply {
  const answer = question.options[question.answer] ?? "";
  const counts = "answered" in tally ? [] : tally;
  const total = "answered" in tally ? tally.answered : counts.reduce((a, b) => a + b, 0);
  const lines = round.order.map((optionIndex, shown) =>
    dailyText.revealCountLine(
      question.options[optionIndex] ?? "",
      counts[shown] ?? 0,
      optionIndex === question.answer,
    ),
  );
  const blocks: Block[] = [
    {
      kind: "heading",
      text: dailyText.revealHeading(core.kb.skill(question.skillId)?.name ?? question.skillId),
    },
    { kind: "text", text: textWithCode(question.prompt) },
    { kind: "text", text: dailyText.revealAnswer(answer) },
    { kind: "text", text: textWithCode(question.explanation) },
    counts.length > 0 && splitIsSafe(counts, total)
      ? {
          kind: "text",
          text: [...dailyText.revealCounts(total), { text: `\n${lines.join("\n")}` }],
        }
      : { kind: "text", text: dailyText.revealAnswerCount(total) },
  ];
  if (top.length > 0) blocks.push({ kind: "context", text: dailyText.revealTop(top) });
  return publicReply(blocks, `The answer: ${answer}`);
}

/**
 * Whether how many chose each option may be shown beside the day's names (the streaks below,
 * the leaderboard): from five answers on, and only when no option has `total − 1` or more. An
 * answerer can take their own answer out of the split; were all but one on one option, the one
 * apart would learn what every other named answerer chose (5 answers, "3: 1, ✓7: 4": the one
 * on 3 knows the four others chose 7). With at most `total − 2` on any option, whoever
 * subtracts themselves still has someone else off the top option, and can't tell who, even
 * knowing every name. Hiding from `total − 2` too would stop two who pool their answers, but
 * five answers could then show only 2–2–1: one person's view is the bar, as for team figures.
 * When hidden, the reveal says only how many answered, the same words whatever the reason, so
 * the wording doesn't tell that they all chose one option.
 */
function splitIsSafe(counts: readonly number[], total: number): boolean {
  return total >= MIN_GROUP && counts.every((count) => count < total - 1);
}
