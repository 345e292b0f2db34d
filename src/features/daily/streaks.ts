/**
 * Streaks: consecutive daily questions answered in one channel. A missed post is forgiven once
 * per ISO week (a freeze, used automatically). Counting posts rather than calendar days means
 * a day without a post (the bot was down, the schedule paused) never breaks anyone's streak.
 * Pure functions over plain data.
 */
export type StreakState = {
  lastDate?: string | undefined;
  streak: number;
  best: number;
  days: number;
  /** ISO weeks whose freeze has been used. */
  freezes: string[];
  week: { id: string; days: number };
};

export const emptyStreak = (): StreakState => ({
  streak: 0,
  best: 0,
  days: 0,
  freezes: [],
  week: { id: "", days: 0 },
});

/** ISO week of a YYYY-MM-DD date, as "2026-W48". */
export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(day.getTime() + (3 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/**
 * The state after answering the post of `date`. `postDates` are the channel's post dates; the
 * ones strictly between the last answer and this one were missed.
 */
export function answerOn(
  state: StreakState,
  date: string,
  postDates: readonly string[],
): StreakState {
  if (state.lastDate !== undefined && state.lastDate >= date) return state;
  const byWeek =
    state.lastDate === undefined
      ? new Map<string, number>()
      : missedByWeek(state.lastDate, date, postDates);
  const continues = state.lastDate !== undefined && forgiven(byWeek, state.freezes);
  const streak = continues ? state.streak + 1 : 1;
  const weekId = isoWeek(date);
  return {
    lastDate: date,
    streak,
    best: Math.max(state.best, streak),
    days: state.days + 1,
    freezes: continues ? [...state.freezes, ...byWeek.keys()].slice(-10) : state.freezes,
    week:
      state.week.id === weekId
        ? { id: weekId, days: state.week.days + 1 }
        : { id: weekId, days: 1 },
  };
}

/**
 * The streak as it stands now rather than at the last answer: kept while answering the next
 * post would carry it on (answerOn's rules), 0 once more posts were missed than freezes
 * forgive. `openDate`: the post still taking answers, if any, which is not missed yet.
 */
export function currentStreak(
  state: Pick<StreakState, "lastDate" | "streak" | "freezes">,
  postDates: readonly string[],
  openDate: string | undefined,
): number {
  if (state.lastDate === undefined) return 0;
  if (openDate !== undefined && openDate <= state.lastDate) return state.streak;
  const missed = missedByWeek(state.lastDate, openDate, postDates);
  return forgiven(missed, state.freezes) ? state.streak : 0;
}

/** Posts after `lastDate` and before `date` (all later ones without it), counted by ISO week. */
function missedByWeek(
  lastDate: string,
  date: string | undefined,
  postDates: readonly string[],
): Map<string, number> {
  const byWeek = new Map<string, number>();
  for (const d of postDates) {
    if (d <= lastDate || (date !== undefined && d >= date)) continue;
    byWeek.set(isoWeek(d), (byWeek.get(isoWeek(d)) ?? 0) + 1);
  }
  return byWeek;
}

/** One missed post a week is forgiven, by that week's freeze, if it was not used already. */
const forgiven = (byWeek: ReadonlyMap<string, number>, freezes: readonly string[]): boolean =>
  [...byWeek].every(([week, count]) => count === 1 && !freezes.includes(week));
