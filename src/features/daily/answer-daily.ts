import type { Asker, Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import { privateReply, type Reply } from "../../core/reply.ts";
import type { Question } from "../../knowledge/schema.ts";
import type { QuizRound } from "../../store/quiz-book.ts";
import { recordResult } from "../quiz.ts";
import { whenText } from "./daily-command.ts";
import type { DailySchedule } from "./schedule.ts";

/**
 * An answer to a channel's daily question: counted once per person (atomic claim), added to
 * the anonymous tally and the person's streak, and confirmed privately without giving the
 * answer away before the reveal. A press whose writes failed after the claim is finished by the
 * person's next one: the tally counts each answer's id once, the streak each date once.
 */
export async function answerDaily(
  core: Core,
  asker: Asker,
  round: QuizRound,
  question: Question,
  shown: number,
): Promise<Reply> {
  const daily = round.daily;
  const target = {
    platform: asker.person.platform,
    tenant: asker.person.tenant,
    channel: round.channel,
  };
  const schedule = daily && !daily.revealed ? await core.schedules.get(target) : undefined;
  if (!daily || daily.revealed || !mayBeRevealed(schedule, round.id, daily.date))
    return privateReply([{ kind: "text", text: dailyText.closed }]);
  const answerId = core.ids.next();
  const outcome = await core.quizzes.recordOnce(
    asker.person,
    round.id,
    { shown, id: answerId },
    async (claimed) => {
      const now = core.clock.now();
      const correct = round.order[claimed.shown] === question.answer;
      // Daily claims always carry their id; a fresh one stands in only for the type's sake.
      const counted = claimed.id ?? answerId;
      await core.quizzes.countAnswer(target, round.id, claimed.shown, round.order.length, counted);
      const participant = await core.channels.recordAnswer(
        target,
        asker.person.user,
        asker.person.displayName ?? asker.person.user,
        daily.date,
      );
      await recordResult(core, asker.person, round, question, correct, now, asker.timezone);
      return participant;
    },
  );
  if (!outcome) return privateReply([{ kind: "text", text: dailyText.alreadyAnsweredDaily }]);
  const choice = question.options[round.order[outcome.claimed.shown] ?? -1] ?? "";
  const revealAt = whenText(new Date(daily.revealAt), schedule?.timezone ?? "UTC");
  return privateReply([
    { kind: "text", text: dailyText.answered(choice, revealAt, outcome.recorded.streak) },
  ]);
}

/**
 * Whether a reveal can still come for an unrevealed round: only the schedule's open round is
 * revealed. A round of a day whose post is already recorded under another (a double post from
 * before sends had a deadline), or of a channel with no daily quiz now, never will be. A round
 * of a day not yet recorded is one just posted, its schedule about to be written.
 */
function mayBeRevealed(
  schedule: DailySchedule | undefined,
  roundId: string,
  date: string,
): boolean {
  if (!schedule) return false;
  if (schedule.open?.roundId === roundId) return true;
  return (schedule.lastPostDate ?? "") < date;
}
