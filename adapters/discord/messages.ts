import { allOf, said } from "../../src/core/messages.ts";
import { code, rich } from "../../src/core/rich-text.ts";

/**
 * Discord: slash command descriptions (at most 100 characters each, Discord's limit) and what
 * the Discord adapter says itself. Command text is registered with Discord, so changing a line
 * here shows up as a changed command at the next `discord register`.
 */
export const discordText = {
  command: "Skill mentoring: learning paths, self-ratings, mentors and quizzes",
  quizDaily: "This channel's daily quiz: turn it on or off, or see when the next one comes",
  quizDailyAction: "on, off or status",
  quizDailyTime: "24-hour time, like 09:30 (default 09:30)",
  quizDailyTimezone: "An IANA time zone, like Europe/Berlin (default UTC)",
  quizDailyTopic: "A skill, area or track, or weakest (default): the team's weakest skills",
  quizDailyDays: "Every day (default), or weekdays only: Monday to Friday",
  streak: "Your daily quiz streak in this channel (only you see it)",
  leaderboard: "This channel's daily quiz board, or leave it",
  leaderboardPeriod: "week (default) or all time",
  leaderboardListed: "on to be listed, off to stay off the boards",
  review: "Questions you missed, back when they are due (spaced repetition)",
  reviewReminders: "on for a daily DM when questions are due, off to stop it",
  // Registered once per deployment, without the matrix: an example that fits any matrix.
  ask: "Ask in plain words, like: what should I learn next?",
  askText: "Your question",
  path: "Your next 3–5 steps, weighted by your ratings",
  pathTopic: "A track or area (or a skill); your track if left out",
  rate: "Rate yourself in a skill: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert",
  rateSkill: "The skill to rate",
  rateLevel: "Your level; leave it out to see the rubric first",
  profile: "Your ratings, gaps and last change (only you see it)",
  track: "Choose the track you measure yourself against, or see the tracks",
  trackName: "A track; leave it out to see them all",
  explain: "What a skill is, why it matters, its rubric and resources",
  explainSkill: "The skill to explain",
  mentor: "Teammates at level 3+ who offered to help",
  mentorSkill: "A skill or area",
  mentorOptin: "Offer (or stop offering) to mentor in skills you rate 3 or 4",
  mentorOptinStatus: "on to be listed, off to leave the list",
  mentorOptinOn: "on: list me as a mentor",
  mentorOptinOff: "off: take me off the list",
  quiz: "A question matched to your level",
  quizTopic: "A skill, area or track; your track if left out",
  forgetMe: "Delete everything I store about you in this server",
  help: "What I can do",
  choiceTrack: (name: string) => `${name} (track)`,
  choiceArea: (name: string) => `${name} (area)`,
  choiceWeakest: "The team's weakest skills (default)",
  choiceSkill: (name: string, area: string | undefined) => (area ? `${name} · ${area}` : name),
  typeAName: "Type a name; I'll correct small typos",
  optinInvalid: (value: string) =>
    rich`"${said(value)}" is neither on nor off. Pick one of the two choices, for example ${code("/skills mentor-optin status:on")}.`,
  quizDailyInvalid: (value: string) =>
    rich`"${said(value)}" is not one of on, off or status. Pick one of the choices, for example ${code("/skills quiz-daily action:status")}.`,
  quizDailyWrongOption: (value: string, belongs: "time" | "timezone") =>
    rich`"${said(value)}" looks like a ${belongs === "time" ? "time" : "time zone"}, so it goes in the ${code(belongs)} option: for example ${code(`/skills quiz-daily action:on ${belongs}:${said(value)}`)}.`,
  quizDailyCannotPost: (missing: readonly string[]) =>
    rich`I can't post the daily quiz in this channel: I don't have ${allOf(missing)} here. Ask someone who manages the server to allow ${missing.length === 1 ? "it" : "them"} for me in this channel's permissions, then run ${code("/skills quiz-daily action:on")} again.`,
  /** Permissions by the names Discord shows in a channel's settings. */
  permissionName: {
    ViewChannel: "View Channel",
    SendMessages: "Send Messages",
    SendMessagesInThreads: "Send Messages in Threads",
    EmbedLinks: "Embed Links",
  },
  unknownSubcommand: rich`I don't know that command. Try ${code("/skills help")}.`,
  explainWhich: rich`Which skill should I explain? Start typing one in ${code("/skills explain skill:")} and pick it from the list.`,
  sentByDm: rich`That answer is about you, so I've sent it to you in a direct message.`,
  dmClosed: rich`That answer is about you, and I couldn't send you a direct message. Use ${code("/skills")} here: only you will see my answer.`,
  apology: rich`Sorry, something went wrong on my side and I couldn't answer. Please try again.`,
} as const;
