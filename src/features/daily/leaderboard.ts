import type { Asker, Core } from "../../core/context.ts";
import { dailyText } from "../../core/messages.ts";
import { type Block, privateReply, publicReply, type Reply } from "../../core/reply.ts";
import { userRef } from "../../core/rich-text.ts";
import type { Participant } from "./channel-quiz.ts";
import { targetOf } from "./daily-command.ts";
import { localDate } from "./schedule-time.ts";
import { isoWeek } from "./streaks.ts";

const BOARD_SIZE = 10;

/** `quiz streak`: the person's own streak in this channel, privately. */
export async function showStreak(core: Core, asker: Asker): Promise<Reply> {
  const me = await core.channels.participant(targetOf(asker), asker.person.user);
  return privateReply([
    { kind: "text", text: dailyText.streak(me?.streak ?? 0, me?.best ?? 0, me?.lastDate) },
  ]);
}

/** The channel's board, by days answered (never by right or wrong); people who opted out are left off. */
export function rankBoard(
  people: Readonly<Record<string, Participant>>,
  period: "week" | "all",
  week: string,
): [string, Participant][] {
  const score = (p: Participant) =>
    period === "week" ? (p.week.id === week ? p.week.days : 0) : p.days;
  return Object.entries(people)
    .filter(([, p]) => !p.unlisted && score(p) > 0)
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
  const board = rankBoard(await core.channels.participants(target), chosen, week);
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
  return asker.where.audience === "private" ? privateReply(blocks) : publicReply(blocks);
}
