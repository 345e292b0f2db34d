import type { Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import type { Outbox } from "../../core/outbox.ts";
import { publicReply, type Reply } from "../../core/reply.ts";
import type { Question } from "../../knowledge/schema.ts";
import { claimSend } from "../../store/delivery-claim.ts";
import { keys } from "../../store/keys.ts";
import type { QuizRound } from "../../store/quiz-book.ts";
import { questionBlocks, questionFingerprint } from "../quiz.ts";
import { shuffledOrder } from "../quiz-pick.ts";
import { levelsOf } from "../resolve.ts";
import { whenText } from "./daily-command.ts";
import { pickDailyQuestion, topicQuestions } from "./pick-daily.ts";
import { type DailySchedule, type DailyTopic, scheduleTarget } from "./schedule.ts";
import { REVEAL_AFTER_MS } from "./schedule-time.ts";

export type DailyAction = {
  tenant: string;
  channel: string;
  questionId: string;
  kind: "question" | "reveal";
};

/**
 * Posts the day's question in a channel, once: the claim on channel + local date is a lease
 * across instances (see claimSend). A post that surely failed releases it so a later run (inside
 * the catch-up window) can try again; one whose delivery is unknown (a timeout) keeps it, since
 * posting again could duplicate it; one that never got to the platform (a crash, the store gone)
 * leaves it to lapse, and another run posts.
 */
export async function postDailyQuestion(
  core: Core,
  outbox: Outbox,
  schedule: DailySchedule,
  date: string,
  now: Date,
  team: TeamLevels = teamLevels(core),
): Promise<DailyAction | undefined> {
  const target = scheduleTarget(schedule);
  const claimKey = keys.dailyPosted(target, target.channel, date);
  const claim = await claimSend(core.store, core.log, claimKey, core.ids.next(), now);
  if (!claim) return undefined;

  const revealAt = new Date(now.getTime() + REVEAL_AFTER_MS).toISOString();
  let posted: { question: Question; round: QuizRound; messageId: string } | undefined;
  try {
    const question = await chooseQuestion(core, schedule, date, await team(schedule));
    if (!question) {
      core.log.warn(
        { tenant: target.tenant, channel: target.channel },
        "daily quiz: no question left to ask",
      );
      // Nothing to post: the date is done, and the lease left to lapse.
      await core.schedules.change(target, (s) => ({ ...s, lastPostDate: date }));
      return undefined;
    }
    const round: QuizRound = {
      id: core.ids.next(),
      questionId: question.id,
      order: shuffledOrder(question.options.length, core.random),
      channel: target.channel,
      createdAt: now.toISOString(),
      daily: { date, revealAt, revealed: false },
      fingerprint: questionFingerprint(question),
    };
    await core.quizzes.saveRound(target, round);
    const reply = dailyQuestionReply(core, question, round, schedule.timezone);
    const { messageId } = await outbox.post(target, reply, claimKey);
    posted = { question, round, messageId };
  } catch (error) {
    await claim.failed(error);
    throw error;
  }
  const { question, round, messageId } = posted;
  await claim.sent();
  await core.schedules.change(target, (s) => ({
    ...s,
    lastPostDate: date,
    open: { roundId: round.id, messageId, revealAt, date },
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

/**
 * The day's question; once the topic has none left that the channel has not had lately, the one
 * it was asked longest ago. A topic of four questions went silent for 26 days in 30, while
 * status kept promising the next one.
 */
async function chooseQuestion(
  core: Core,
  schedule: DailySchedule,
  date: string,
  team: Record<string, number>[],
): Promise<Question | undefined> {
  const recent = await core.channels.posts(scheduleTarget(schedule));
  const fresh = pickDailyQuestion({
    kb: core.kb,
    topic: schedule.topic,
    track: core.kb.defaultTrack,
    team,
    recent,
    today: date,
    random: core.random,
  });
  return fresh ?? askedLongestAgo(core, schedule.topic, recent);
}

function askedLongestAgo(
  core: Core,
  topic: DailyTopic,
  recent: readonly { questionId: string }[],
): Question | undefined {
  const questions = topicQuestions(core.kb, topic);
  // Later posts overwrite: the index of each question's last post; never posted (lately) is -1.
  const lastAsked = new Map(recent.map((post, i) => [post.questionId, i]));
  const when = (q: Question) => lastAsked.get(q.id) ?? -1;
  return questions.reduce<Question | undefined>(
    (oldest, q) => (oldest === undefined || when(q) < when(oldest) ? q : oldest),
    undefined,
  );
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
