import type { Asker, Core } from "../../core/context.ts";
import { dailyText } from "../../core/daily-messages.ts";
import { type Block, privateReply, type Reply, replyAsAsked } from "../../core/reply.ts";
import { userRef } from "../../core/rich-text.ts";
import type { Participant } from "./channel-quiz.ts";
import { targetOf } from "./daily-command.ts";
import { localDate } from "./schedule-time.ts";
import { currentStreak, isoWeek } from "./streaks.ts";

const BOARD_SIZE = 10;

/** `quiz streak`: the person's own streak in this channel, as it stands now, privately. */
export async function showStreak(core: Core, asker: Asker): Promise<Reply> {
  const target = targetOf(asker);
  const [me, posts, schedule] = await Promise.all([
    core.channels.participant(target, asker.person.user),
    core.channels.posts(target),
    core.schedules.get(target),
  ]);
  const dates = posts.map((p) => p.date);
  const streak = me ? currentStreak(me, dates, schedule?.open?.date) : 0;
  return privateReply([
    { kind: "text", text: dailyText.streak(streak, me?.best ?? 0, me?.lastDate) },
  ]);
}

/**
 * The channel's board, by days answered (never by right or wrong); people who opted out are
 * left off. Streaks are as they stand now: one that ended shows as 0.
 */
export function rankBoard(
  people: Readonly<Record<string, Participant>>,
  period: "week" | "all",
  week: string,
  postDates: readonly string[],
  openDate: string | undefined,
): [string, Participant][] {
  const score = (p: Participant) =>
    period === "week" ? (p.week.id === week ? p.week.days : 0) : p.days;
  return Object.entries(people)
    .filter(([, p]) => !p.unlisted && score(p) > 0)
    .map(([user, p]): [string, Participant] => [
      user,
      { ...p, streak: currentStreak(p, postDates, openDate) },
    ])
    .sort(([, a], [, b]) => score(b) - score(a) || b.streak - a.streak || b.best - a.best)
    .slice(0, BOARD_SIZE);
}

/** `quiz leaderboard [week|all]`, and `quiz leaderboard on|off` to be listed or not. */
export async function leaderboard(
  core: Core,
  asker: Asker,
  period: "week" | "all" | undefined,
  listed: boolean | undefined,
): Promise<Reply> {
  const target = targetOf(asker);
  if (listed !== undefined) {
    await core.channels.setListed(
      target,
      asker.person.user,
      asker.person.displayName ?? asker.person.user,
      listed,
    );
    return privateReply([{ kind: "text", text: dailyText.leaderboardListed(listed) }]);
  }
  const chosen = period ?? "week";
  const schedule = await core.schedules.get(target);
  const week = isoWeek(localDate(core.clock.now(), schedule?.timezone ?? "UTC"));
  const posts = (await core.channels.posts(target)).map((p) => p.date);
  const people = await core.channels.participants(target);
  const board = rankBoard(people, chosen, week, posts, schedule?.open?.date);
  const blocks: Block[] = [{ kind: "heading", text: dailyText.leaderboardHeading(chosen) }];
  if (board.length === 0) blocks.push({ kind: "text", text: dailyText.leaderboardEmpty });
  board.forEach(([user, p], i) => {
    const days = chosen === "week" ? p.week.days : p.days;
    blocks.push({
      kind: "text",
      text: [userRef(user, p.name), { text: dailyText.leaderboardLine(i + 1, days, p.streak) }],
    });
  });
  blocks.push({ kind: "context", text: dailyText.leaderboardNote });
  return replyAsAsked(asker.where.audience, blocks);
}
