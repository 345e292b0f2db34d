import type { ChannelTarget } from "../../core/adapter.ts";
import type { Core } from "../../core/context.ts";
import { dailyText } from "../../core/messages.ts";
import { DeliveryUnknown, type Outbox } from "../../core/outbox.ts";
import { type Block, publicReply, type Reply } from "../../core/reply.ts";
import type { Question } from "../../knowledge/schema.ts";
import { keys } from "../../store/keys.ts";
import type { QuizRound } from "../../store/quiz-book.ts";
import { questionBlocks } from "../quiz.ts";
import { shuffledOrder } from "../quiz-pick.ts";
import { levelsOf } from "../resolve.ts";
import { whenText } from "./daily-command.ts";
import { pickDailyQuestion } from "./pick-daily.ts";
import type { DailySchedule } from "./schedule.ts";
import { REVEAL_AFTER_MS } from "./schedule-time.ts";

const CLAIM_TTL_MS = 3 * 24 * 60 * 60 * 1000;

export type DailyAction = {
  tenant: string;
  channel: string;
  questionId: string;
  kind: "question" | "reveal";
};

const targetOf = (s: DailySchedule): ChannelTarget => ({
  platform: s.platform,
  tenant: s.tenant,
  channel: s.channel,
});

/**
 * Posts the day's question in a channel, once: the claim on channel + local date is atomic
 * across instances. A post that surely failed releases the claim so a later run (inside the
 * catch-up window) can try again; one whose delivery is unknown (a timeout) keeps it, since
 * posting again could duplicate it.
 */
export async function postDailyQuestion(
  core: Core,
  outbox: Outbox,
  schedule: DailySchedule,
  date: string,
  now: Date,
  team: TeamLevels = teamLevels(core),
): Promise<DailyAction | undefined> {
  const target = targetOf(schedule);
  const claim = keys.dailyPosted(target, target.channel, date);
  if (!(await core.store.claim(claim, { at: now.toISOString() }, CLAIM_TTL_MS))) return undefined;

  const question = await chooseQuestion(core, schedule, date, await team(schedule));
  if (!question) {
    core.log.warn(
      { tenant: target.tenant, channel: target.channel },
      "daily quiz: no question left to ask",
    );
    await core.schedules.change(target, (s) => ({ ...s, lastPostDate: date }));
    return undefined;
  }
  const revealAt = new Date(now.getTime() + REVEAL_AFTER_MS);
  const round: QuizRound = {
    id: core.ids.next(),
    questionId: question.id,
    order: shuffledOrder(question.options.length, core.random),
    channel: target.channel,
    createdAt: now.toISOString(),
    daily: { date, revealAt: revealAt.toISOString(), revealed: false },
  };
  await core.quizzes.saveRound(target, round);
  let messageId: string;
  try {
    ({ messageId } = await outbox.post(
      target,
      dailyQuestionReply(core, question, round, schedule.timezone),
      claim,
    ));
  } catch (error) {
    if (!(error instanceof DeliveryUnknown)) await core.store.delete(claim);
    throw error;
  }
  await core.schedules.change(target, (s) => ({
    ...s,
    lastPostDate: date,
    open: { roundId: round.id, messageId, revealAt: revealAt.toISOString(), date },
  }));
  await core.channels.recordPost(target, {
    date,
    roundId: round.id,
    questionId: question.id,
    areaId: core.kb.skill(question.skillId)?.areaId ?? "",
  });
  return {
    tenant: target.tenant,
    channel: target.channel,
    questionId: question.id,
    kind: "question",
  };
}

/** Each team member's levels (members who rated anything), for `weakest`. */
export type TeamLevels = (
  tenant: Pick<DailySchedule, "platform" | "tenant">,
) => Promise<Record<string, number>[]>;

/** Reads a tenant's team once per run, however many of its channels post. */
export function teamLevels(core: Core): TeamLevels {
  const teams = new Map<string, Promise<Record<string, number>[]>>();
  return (tenant) => {
    const key = `${tenant.platform}|${tenant.tenant}`;
    let levels = teams.get(key);
    if (!levels) {
      levels = core.people
        .members(tenant)
        .then((members) =>
          members
            .map(({ record }) => levelsOf(record.ratings))
            .filter((l) => Object.keys(l).length > 0),
        );
      teams.set(key, levels);
    }
    return levels;
  };
}

async function chooseQuestion(
  core: Core,
  schedule: DailySchedule,
  date: string,
  team: Record<string, number>[],
): Promise<Question | undefined> {
  return pickDailyQuestion({
    kb: core.kb,
    topic: schedule.topic,
    track: core.kb.defaultTrack,
    team,
    recent: (await core.channels.get(targetOf(schedule))).posts,
    today: date,
    random: core.random,
  });
}

export function dailyQuestionReply(
  core: Core,
  question: Question,
  round: QuizRound,
  timezone: string,
): Reply {
  const blocks = questionBlocks(core, question, round);
  const heading = blocks[0];
  if (heading?.kind === "heading")
    blocks[0] = {
      kind: "heading",
      text: dailyText.questionHeading(core.kb.skill(question.skillId)?.name ?? question.skillId),
    };
  const revealAt = whenText(new Date(round.daily?.revealAt ?? round.createdAt), timezone);
  return publicReply(
    [...blocks, { kind: "context", text: dailyText.questionFooter(revealAt) }],
    question.prompt,
  );
}

/**
 * Reveals the open question, once: the answer, its explanation, how many chose each option (no
 * names) and the day's three longest streaks (display names, never mentions that notify).
 */
export async function revealDaily(
  core: Core,
  outbox: Outbox,
  schedule: DailySchedule,
  now: Date,
): Promise<DailyAction | undefined> {
  const open = schedule.open;
  if (!open) return undefined;
  const target = targetOf(schedule);
  const claim = keys.dailyRevealed(target, open.roundId);
  if (!(await core.store.claim(claim, { at: now.toISOString() }, CLAIM_TTL_MS))) return undefined;
  const round = await core.quizzes.round(target, open.roundId);
  const question = round && core.kb.question(round.questionId);
  const close = async () => {
    await core.quizzes.markRevealed(target, open.roundId);
    await core.schedules.change(target, (s) =>
      s.open?.roundId === open.roundId ? { ...s, open: undefined } : s,
    );
  };
  if (!round || !question) {
    await close();
    return undefined;
  }
  const counts = await core.quizzes.tally(target, round.id, round.order.length);
  const channel = await core.channels.get(target);
  const top = Object.values(channel.people)
    .filter((p) => p.lastDate === open.date && !p.unlisted)
    .sort((a, b) => b.streak - a.streak || b.days - a.days)
    .slice(0, 3)
    .map((p) => `${p.name} (${p.streak})`);
  try {
    await outbox.post(
      target,
      revealReply(core, question, round, counts, top),
      `reveal:${round.id}`,
    );
  } catch (error) {
    if (!(error instanceof DeliveryUnknown)) await core.store.delete(claim);
    throw error;
  }
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
        { kind: "text", text: [{ text: question.prompt }] },
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

export function revealReply(
  core: Core,
  question: Question,
  round: QuizRound,
  counts: readonly number[],
  top: readonly string[],
): Reply {
  const answer = question.options[question.answer] ?? "";
  const total = counts.reduce((a, b) => a + b, 0);
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
    { kind: "text", text: [{ text: question.prompt }] },
    { kind: "text", text: dailyText.revealAnswer(answer) },
    { kind: "text", text: [{ text: question.explanation }] },
    { kind: "text", text: [...dailyText.revealCounts(total), { text: `\n${lines.join("\n")}` }] },
  ];
  if (top.length > 0) blocks.push({ kind: "context", text: dailyText.revealTop(top) });
  return publicReply(blocks, `The answer: ${answer}`);
}
