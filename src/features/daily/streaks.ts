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
  const missed =
    state.lastDate === undefined
      ? []
      : postDates.filter((d) => d > (state.lastDate as string) && d < date);
  const byWeek = new Map<string, number>();
  for (const d of missed) byWeek.set(isoWeek(d), (byWeek.get(isoWeek(d)) ?? 0) + 1);
  const forgivable = [...byWeek].every(
    ([week, count]) => count === 1 && !state.freezes.includes(week),
  );
  const continues = state.lastDate !== undefined && forgivable;
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
