import { said } from "./messages.ts";
import { bold, code, rich, type Span } from "./rich-text.ts";

/** Which days a daily quiz posts (see DailySchedule). */
type Days = "every" | "weekdays";
const daysText = (days: Days) => (days === "weekdays" ? "on weekdays" : "every day");

/** The daily channel quiz, streaks, leaderboards, reviews and calibration. */
export const dailyText = {
  // Said on every platform: no platform's role names, no setting only the operator can see.
  notAllowed: rich`Only people who can manage this channel can change its daily quiz; ask one of them, or an admin of this bot.`,
  onlyInChannels: rich`The daily quiz posts one question a day in a channel, for everyone there. Run ${code("quiz daily on")} in the channel that should get it; only people who can manage that channel can turn it on or off.`,
  badOptions: (raw: string) =>
    rich`I couldn't read "${said(raw)}". Use ${code("quiz daily on [HH:MM] [time zone] [weekdays] [topic|track|weakest]")}, for example ${code("quiz daily on 09:30 Europe/Berlin weakest")}; add ${code("weekdays")} after the time zone to skip weekends.`,
  badTime: (raw: string) =>
    rich`"${said(raw)}" isn't a time I understand. Use 24-hour HH:MM, like ${code("09:30")}.`,
  badTimeZone: (raw: string) =>
    rich`"${said(raw)}" isn't a time zone I know. Use an IANA name like ${code("Europe/Berlin")} or ${code("UTC")}.`,
  enabled: (days: Days, time: string, timezone: string, topic: string, next: Span) =>
    rich`Daily quiz on: ${daysText(days)} at ${bold(time)} (${timezone}), topic ${bold(topic)}. First question ${next}. The answer is revealed 8 hours later, or at the next question.`,
  /** Said after `enabled` when the topic runs out of new questions in under a fortnight. */
  fewQuestions: (topic: string, count: number) =>
    rich`${bold(topic)} has ${count} question${count === 1 ? "" : "s"}, so after ${count} post${count === 1 ? "" : "s"} they come round again, the one asked longest ago first.`,
  disabled: rich`Daily quiz off for this channel. Streaks are kept if you turn it back on.`,
  disabledAfterReveal: (revealAt: Span) =>
    rich`Daily quiz off for this channel: no new questions. Today's question still takes answers, and its answer comes at ${revealAt}. Streaks are kept if you turn it back on.`,
  offStatus: (revealAt: Span) =>
    rich`Daily quiz: turned off. The last question's answer comes at ${revealAt}; nothing is posted after it.`,
  noQuestions: rich`This skill matrix has no quiz questions yet, so a daily quiz would have nothing to post. Once it has some, ${code("quiz daily on")} starts one.`,
  topicWithoutQuestions: (topic: string) =>
    rich`There are no quiz questions for ${bold(topic)} yet, so a daily quiz on it would have nothing to post. Pick another topic, or leave it out for the team's weakest skills.`,
  pausedDm: (channel: Span) =>
    rich`I stopped the daily quiz in ${channel}: I can't post there any more (the channel is gone or archived, or I was removed from it). To start it again, add me back and run ${code("quiz daily on")} there.`,
  pausedStatus: (days: Days, time: string, timezone: string) =>
    rich`Daily quiz: ${daysText(days)} at ${bold(time)} (${timezone}), but stopped: I couldn't post here. Run ${code("quiz daily on")} to start it again.`,
  notScheduled: rich`No daily quiz in this channel. It posts one question a day here, for everyone; someone who can manage this channel can start it with ${code("quiz daily on 09:30")}.`,
  damagedStatus: rich`This channel's daily quiz settings are damaged, so nothing is posted here until someone who can manage the channel runs ${code("quiz daily on")} again.`,
  status: (days: Days, time: string, timezone: string, topic: string, next: Span) =>
    rich`Daily quiz: ${daysText(days)} at ${bold(time)} (${timezone}), topic ${bold(topic)}. Next question ${next}.`,
  statusWithoutQuestions: (days: Days, time: string, timezone: string) =>
    rich`Daily quiz: ${daysText(days)} at ${bold(time)} (${timezone}), but this skill matrix has no quiz questions now, so nothing is posted. ${code("quiz daily off")} turns it off.`,
  weakest: "the team's weakest skills",
  questionHeading: (skill: string) => `Daily quiz: ${skill}`,
  questionFooter: (revealAt: Span) =>
    rich`One answer each, counted privately. The answer comes at ${revealAt}.`,
  answered: (choice: string, revealAt: Span, streak: number) =>
    rich`Got it: you chose "${choice}". The answer comes at ${revealAt}. Your streak here: ${bold(`${streak} day${streak === 1 ? "" : "s"}`)}.`,
  alreadyAnsweredDaily: rich`You've already answered today's question; each person counts once. The answer comes at the reveal.`,
  closed: rich`This question is closed, so answers to it no longer count. Try ${code("quiz")} for a fresh one.`,
  revealHeading: (skill: string) => `Answer: ${skill}`,
  revealAnswer: (answer: string) => rich`The answer: ${bold(answer)}`,
  revealCounts: (total: number) => rich`${total} answer${total === 1 ? "" : "s"}:`,
  // Whenever the split is hidden, and the same words whatever the reason: see daily/reveal.ts.
  revealAnswerCount: (total: number) =>
    total === 0 ? rich`Nobody answered this one.` : rich`${total} answer${total === 1 ? "" : "s"}.`,
  revealCountLine: (option: string, count: number, correct: boolean) =>
    `${correct ? "✓ " : ""}${option}: ${count}`,
  revealTop: (names: readonly string[]) => rich`Longest streaks today: ${names.join(", ")}`,
  closedQuestion: rich`Revealed. Thanks for answering!`,
  questionGone: rich`This question was taken out of the skill matrix, so it has no reveal. Thanks for answering!`,
  questionChanged: rich`This question was changed in the skill matrix after it was asked, so it has no reveal. Thanks for answering!`,
  streak: (streak: number, best: number, last: string | undefined) =>
    streak === 0
      ? best === 0
        ? rich`No streak here yet: answer the daily question to start one.`
        : rich`Your streak in this channel has ended (best ${best}, last answered ${last ?? "never"}). Answer the daily question to start a new one.`
      : rich`Your streak in this channel: ${bold(`${streak} day${streak === 1 ? "" : "s"}`)} (best ${best}). Last answered ${last ?? "never"}. One missed day a week is forgiven.`,
  leaderboardHeading: (period: "week" | "all") =>
    period === "week" ? "This week's most regular answerers" : "All-time most regular answerers",
  leaderboardLine: (rank: number, days: number, streak: number) =>
    ` — ${days} day${days === 1 ? "" : "s"} answered, streak ${streak} (#${rank})`,
  leaderboardEmpty: rich`Nobody is on the board yet. Answer the daily question to be the first.`,
  leaderboardNote: rich`Boards count days answered, never right or wrong. ${code("quiz leaderboard off")} keeps you off them.`,
  leaderboardListed: (listed: boolean) =>
    listed
      ? rich`You're back on this channel's leaderboards.`
      : rich`You're off this channel's leaderboards; your streak still counts for you.`,
  reviewNone: rich`Nothing to review right now. Questions you miss come back here, spaced out so they stick.`,
  reviewNext: (due: number) =>
    rich`${due} question${due === 1 ? "" : "s"} due for review. Here's the first:`,
  reviewNudgeOn: rich`I'll send you a direct message, at most once a day, when questions are due for review. ${code("review nudge off")} stops it.`,
  reviewNudgeOff: rich`No more review reminders.`,
  reviewNudge: (due: number) =>
    rich`You have ${due} question${due === 1 ? "" : "s"} due for review, two minutes when you have them.`,
  reviewNow: "Review now",
  calibration: (skill: string, rated: number, suggested: number) =>
    rich`You rated yourself ${rated} in ${skill}; your quiz answers suggest ${suggested}. See the level-${Math.max(rated, suggested)} rubric: ${code(`explain ${skill.toLowerCase()}`)}.`,
} as const;
