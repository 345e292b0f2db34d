import { LEVEL_WORDS } from "../knowledge/schema.ts";
import type { SkillbotErrorDetails } from "./errors.ts";
import { bold, code, italic, type RichText, rich } from "./rich-text.ts";

/**
 * Every sentence Skillbot says, in one place: the tone stays consistent, and a test can find
 * a message without hunting through features.
 */
export const levelWord = (level: number) => LEVEL_WORDS[level] ?? String(level);
export const levelLabel = (level: number) => `${level} (${levelWord(level)})`;

export const USAGE_EXAMPLES = {
  rate: "rate python 3",
  mentor: "mentor pytorch",
  path: "path mlops",
  quiz: "quiz sql",
  track: "track mlops-engineer",
} as const;

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/** The friendly sentence for each coded error: what was wrong and what would work. */
export function errorText(error: SkillbotErrorDetails): RichText {
  switch (error.code) {
    case "SkillNotFound":
      return error.suggestions.length > 0
        ? rich`I don't know a skill called "${error.term}". Did you mean ${list(error.suggestions)}?`
        : rich`I don't know a skill called "${error.term}". Try ${code("help")} to see what I can do, or ${code("path")} for where to start.`;
    case "SkillAmbiguous":
      return rich`"${error.term}" could be ${list(error.candidates)}. Which one did you mean?`;
    case "TopicNotFound":
      return error.suggestions.length > 0
        ? rich`I couldn't find "${error.term}" in the skill matrix. Closest: ${list(error.suggestions)}.`
        : rich`I couldn't find "${error.term}" in the skill matrix. Try a skill (${code("python")}), an area (${code("mathematics")}) or a track (${code("mlops")}).`;
    case "TrackNotFound":
      return rich`There is no track called "${error.term}". Tracks: ${list(error.tracks)}.`;
    case "InvalidRating":
      return rich`"${error.raw}" isn't a level I understand. Use a number from 0 to 4: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. For example: ${code(USAGE_EXAMPLES.rate)}.`;
    case "MissingArgument":
      return rich`${error.command} needs a bit more. For example: ${code(error.example)}.`;
    case "NoQuestions":
      return rich`I don't have quiz questions for ${error.topic} yet. Try ${code("quiz")} for a question from your track.`;
    case "QuizRoundGone":
      return rich`That question has expired. Try ${code("quiz")} for a fresh one.`;
    case "StoreUnavailable":
      return rich`I can't reach my storage right now, please try again in a minute.`;
    case "NotAllowed":
      return rich`Sorry, you're not allowed to ${error.what}.`;
  }
}

export const text = {
  unexpectedError: rich`Sorry, something went wrong on my side. It's been logged; please try again.`,

  // rate
  rated: (skill: string, level: number, previous: number | undefined) =>
    previous === undefined || previous === level
      ? rich`Saved: ${bold(skill)} at ${bold(levelLabel(level))}.`
      : rich`Saved: ${bold(skill)} ${levelLabel(previous)} → ${bold(levelLabel(level))}.`,
  ratedZero: (skill: string) => rich`Saved: ${bold(skill)} at 0 (none). Everyone starts somewhere.`,
  rubricLine: (level: number, line: string) =>
    rich`${italic(`At ${levelWord(level)} level:`)} ${line}`,
  pickLevel: (skill: string) => rich`How would you rate yourself in ${bold(skill)}?`,
  confirmRating: (skill: string, level: number) =>
    rich`Set ${bold(skill)} to ${bold(levelLabel(level))}?`,
  pickSkill: (term: string) => rich`Which skill did you mean by "${term}"?`,
  rateFormTitle: "Rate a skill",
  rateFormSkill: "Skill",
  rateFormLevel: "Your level",
  rateSave: "Save",

  // learning path
  pathHeading: (topic: string, personal: boolean) =>
    personal ? `Your next steps in ${topic}` : `Next steps in ${topic}`,
  pathPersonalNote: (rated: number) =>
    rich`Ordered by your ${rated} rating${rated === 1 ? "" : "s"}: biggest gaps first, prerequisites before what needs them.`,
  pathInvite: rich`This is the general path. Rate yourself to make it yours: ${code(USAGE_EXAMPLES.rate)}.`,
  pathPublicNote: rich`For a path weighted by your own ratings, ask me in a DM or with the slash command.`,
  pathComplete: (topic: string) =>
    rich`You're at or above the target in every skill of ${bold(topic)}. Time to mentor others: ${code("mentor on")}.`,
  stepNote: (why: string, next: string | undefined) =>
    next ? rich`${why} _Next:_ ${next}` : rich`${why}`,

  // explain
  whyItMatters: (why: string) => rich`*Why it matters:* ${why}`,
  prerequisites: (names: readonly string[]) => rich`*Builds on:* ${names.join(", ")}`,
  yourLevel: " ← you",
  teamFigure: (count: number, average: string) =>
    rich`${count} teammates rated this skill; team average ${average}.`,
  areaSkills: (count: number) => rich`${count} skills in this area:`,

  // profile
  profileHeading: (name: string | undefined) =>
    name ? `Skill profile: ${name}` : "Your skill profile",
  profileEmpty: rich`You haven't rated any skills yet. Start with ${code(USAGE_EXAMPLES.rate)}, or ${code("rate")} to pick from a list.`,
  profileGaps: (track: string) => `Biggest gaps for ${track}`,
  profileNoGaps: (track: string) =>
    rich`No gaps for ${bold(track)}: you're at or above every target.`,
  profileLastChange: (skill: string, level: number, when: string) =>
    rich`Last change: ${skill} → ${levelLabel(level)} on ${when}.`,
  profileQuiz: (answered: number, correct: number) =>
    rich`Quiz answers: ${answered}, ${correct} correct.`,
  profileMentor: (on: boolean) =>
    on
      ? rich`You're listed as a mentor for skills you rate 3 or 4.`
      : rich`Not listed as a mentor. Turn it on with ${code("mentor on")}.`,
  profileTrackHint: rich`Measure yourself against another track with ${code(USAGE_EXAMPLES.track)}.`,

  // track
  trackSet: (name: string) => rich`Your track is now ${bold(name)}. Paths and gaps follow it.`,
  trackList: (current: string) => rich`Your track: ${bold(current)}. Available tracks:`,

  // mentors
  mentorsHeading: (skill: string) => `Mentors for ${skill}`,
  mentorsNone: (skill: string) =>
    rich`Nobody has offered to mentor ${bold(skill)} yet. If you're at 3 or above, you could be the first: ${code("mentor on")}.`,
  mentorLine: (level: number, when: string) => rich` — ${levelLabel(level)}, rated ${when}`,
  mentorOn: rich`You're now listed as a mentor for every skill you rate 3 (practitioner) or 4 (expert). ${code("mentor off")} takes you off the list.`,
  mentorOff: rich`You're no longer listed as a mentor.`,
  mentorAreaHeading: (area: string) => `Mentors in ${area}`,

  // quiz
  quizHeading: (skill: string, difficulty: number) => `Quiz: ${skill} (level ${difficulty})`,
  quizCorrect: rich`*Correct!*`,
  quizWrong: (answer: string) => rich`*Not quite.* The answer is ${bold(answer)}.`,
  quizAlready: (answer: string) =>
    rich`You already answered this one (you chose "${answer}"). Each question counts once.`,
  quizNotYours: rich`This question was for someone else. Try ${code("quiz")} for your own.`,
  quizAnotherLabel: "Another question",

  // forget me
  forgetAsk: rich`This deletes everything I store about you here: your ratings and their history, mentor listing, chosen track and quiz answers. It can't be undone.`,
  forgetConfirmLabel: "Delete my data",
  forgetCancelLabel: "Keep it",
  forgetDone: rich`Done. I've deleted everything I stored about you in this workspace.`,
  forgetCancelled: rich`Nothing was deleted.`,

  // unknown
  unknown: rich`I'm not sure what you mean, and I'd rather say so than guess.`,
  unknownClosest: rich`The closest skills I know:`,
  unknownNothing: rich`Try ${code("help")} to see what I can do.`,

  // buttons
  rateButton: (skill: string) => `Rate ${skill}`,
  quizButton: (skill: string) => `Quiz me on ${skill}`,
  pathButton: "Learning path",
  mentorButton: "Find a mentor",
  explainButton: (skill: string) => skill,

  // help
  helpHeading: "Skillbot: skill mentoring for your team",
  helpIntro: rich`Ask me in plain words, like "what should I learn for MLOps?", or use a command:`,
  helpCommands: [
    ["path [track|area|skill]", "your next 3–5 steps, weighted by your ratings"],
    ["rate <skill> <0-4>", "rate yourself (0 none, 1 aware, 2 working, 3 practitioner, 4 expert)"],
    ["profile [track]", "your ratings by area, gaps and last change (only you see it)"],
    ["track <name>", "choose the track you measure yourself against"],
    ["explain <skill>", "what a skill is, why it matters, its rubric and resources"],
    ["mentor <skill>", "teammates at level 3+ who offered to help"],
    ["mentor on|off", "offer (or stop offering) to mentor in skills you rate 3+"],
    ["quiz [skill|area|track]", "a question matched to your level"],
    ["forget me", "delete everything I store about you"],
  ] as const,
  helpExplainOn: rich`Explanations in plain prose are on: they only use the skill matrix and cite it.`,
  helpExplainOff: rich`Tip for admins: set ${code("OPENAI_API_KEY")} to add short explanations in plain prose, grounded in the skill matrix.`,
  helpPrivacy: rich`Your ratings and quiz answers are only shown to you; team figures need at least five people.`,
} as const;
