import { LEVEL_WORDS } from "../knowledge/schema.ts";
import type { SkillbotErrorDetails } from "./errors.ts";
import { bold, code, cutWhole, italic, type RichText, rich, userRef } from "./rich-text.ts";

/**
 * Every sentence the core says, in one place (the daily quiz's in daily-messages.ts, each
 * adapter's own in its messages.ts): the tone stays consistent, and a test can find a message
 * without hunting through features.
 */
export const levelWord = (level: number) => LEVEL_WORDS[level] ?? String(level);
export const levelLabel = (level: number) => `${level} (${levelWord(level)})`;

/** How much of what someone typed an answer quotes back: never a page of it. */
const QUOTED_MAX = 80;
/** What someone typed, as an answer quotes it: cut when long (never inside an emoji). */
export function said(typed: string): string {
  if (typed.length <= QUOTED_MAX) return typed;
  return `${cutWhole(typed, QUOTED_MAX - 1)}…`;
}

/** Where a person stands in a listed skill: " — 2 → 3 (practitioner)", " — target 3 (…)", or nothing. */
export function skillLevelText(level: number | undefined, target: number | undefined): string {
  // Every skill line of every profile and path asks, and levels and targets are 0–4: a few
  // dozen texts, each made once.
  const key = `${level ?? ""}/${target ?? ""}`;
  let made = levelTexts.get(key);
  if (made === undefined) {
    made = makeSkillLevelText(level, target);
    levelTexts.set(key, made);
  }
  return made;
}
const levelTexts = new Map<string, string>();

function makeSkillLevelText(level: number | undefined, target: number | undefined): string {
  if (level !== undefined && target !== undefined)
    return ` — ${level} → ${target} (${levelWord(target)})`;
  if (level !== undefined) return ` — ${levelLabel(level)}`;
  if (target !== undefined) return ` — target ${levelLabel(target)}`;
  return "";
}

/** "a, b or c" (or "and"). */
const joined = (items: readonly string[], conjunction: "or" | "and") =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
const list = (items: readonly string[]) => joined(items, "or");
/** Commands to type, listed as `list` lists: "`a`, `b` or `c`". */
const codeList = (items: readonly string[]): RichText =>
  items.flatMap((item, i) => [
    ...(i === 0 ? [] : [{ text: i === items.length - 1 ? " or " : ", " }]),
    code(item),
  ]);
export const allOf = (items: readonly string[]) => joined(items, "and");

/** The friendly sentence for each coded error: what was wrong and what would work. */
export function errorText(error: SkillbotErrorDetails): RichText {
  switch (error.code) {
    case "SkillNotFound":
      return error.suggestions.length > 0
        ? rich`I don't know a skill called "${said(error.term)}". Did you mean ${list(error.suggestions)}?`
        : rich`I don't know a skill called "${said(error.term)}". Try ${code("help")} to see what I can do, or ${code("path")} for where to start.`;
    case "SkillAmbiguous":
      return rich`"${said(error.term)}" could be ${list(error.candidates)}. Which one did you mean?`;
    case "TopicNotFound":
      return error.suggestions.length > 0
        ? rich`I couldn't find "${said(error.term)}" in the skill matrix. Closest: ${list(error.suggestions)}.`
        : rich`I couldn't find "${said(error.term)}" in the skill matrix. Try the name of a skill, an area or a track; ${code("help")} shows what I can do.`;
    case "TrackNotFound":
      return error.tracks.length > 0
        ? rich`There is no track called "${said(error.term)}". Tracks: ${list(error.tracks)}.`
        : rich`This skill matrix has no tracks, so there is no "${said(error.term)}" to choose. ${code("path")} shows your next steps across all of it.`;
    case "InvalidRating":
      return rich`"${said(error.raw)}" isn't a level I understand. Use a number from 0 to 4: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. For example: ${code("rate <skill> 3")}.`;
    case "MissingArgument":
      return rich`${error.command} needs a bit more. For example: ${code(error.example)}.`;
    case "InvalidOption":
      return rich`"${said(error.given)}" isn't an option of ${code(error.command)}. Try ${codeList(error.accepted)}.`;
    case "NoQuestions":
      return error.topic === undefined
        ? rich`This skill matrix has no quiz questions yet, so there is nothing to quiz you on. ${code("path")} shows what to learn next.`
        : rich`I don't have quiz questions for ${error.topic} yet. Try ${code("quiz")} for a question from your track.`;
    case "QuizRoundGone":
      return rich`That question has expired. Try ${code("quiz")} for a fresh one.`;
    case "ButtonOutdated":
      return text.buttonGone;
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
  levelForWhichSkill: (level: number, example: string) =>
    rich`Which skill is that ${levelLabel(level)} for? Say it with the skill, like ${code(`rate ${example} ${level}`)}.`,
  confirmRating: (skill: string, level: number) =>
    rich`Set ${bold(skill)} to ${bold(levelLabel(level))}?`,
  confirmRatings: rich`Save these ratings? Press each one you mean; nothing is saved until you do.`,
  quizAnswerByButton: rich`To answer the quiz question, press one of the buttons under it.`,
  oneRatingAtATime: rich`One rating at a time, so each level goes with the right skill. Which one first?`,
  pickSkill: (term: string) => rich`Which skill did you mean by "${said(term)}"?`,
  /** "rate it 4" when "it" is unclear: the skills just shown, or none, and the request with a name. */
  followUpWhich: (names: readonly string[], example: string) =>
    names.length > 0
      ? rich`Which skill do you mean: ${names.join(", ")}? Pick one, or say it with its name, like ${code(example)}.`
      : rich`Which skill do you mean? Say it with its name, like ${code(example)}.`,
  rateFormTitle: "Rate a skill",
  rateFormSkill: "Skill",
  rateFormLevel: "Your level",
  rateSave: "Save",
  forgetRating: (skill: string, id: string) =>
    rich`A rating can't be taken back on its own, but rating again replaces it: ${code(`rate ${id} 0`)} sets ${skill} to 0 (none). ${code("forget me")} deletes everything I store about you.`,

  // learning path
  pathHeading: (topic: string, personal: boolean) =>
    personal ? `Your next steps in ${topic}` : `Next steps in ${topic}`,
  pathPersonalNote: (rated: number) =>
    rich`Ordered by your ${rated} rating${rated === 1 ? "" : "s"}: biggest gaps first, prerequisites before what needs them.`,
  pathInvite: (example: string) =>
    rich`This is the general path. Rate yourself to make it yours: ${code(`rate ${example} 3`)}.`,
  pathPublicNote: rich`For a path that follows your own track and ratings, ask me in a DM or with the slash command.`,
  pathOutsideTrack: (track: string, skills: readonly string[]) =>
    rich`Outside the ${track} track's targets, here because you asked: ${skills.join(", ")}.`,
  pathTopicReached: (skill: string, level: number) =>
    rich`You're at ${levelLabel(level)} in ${bold(skill)}, the target; next steps around it:`,
  pathComplete: (topic: string) =>
    rich`You're at or above the target in every skill of ${bold(topic)}. Time to mentor others: ${code("mentor on")}.`,
  pathEnd: (topic: string, otherTrack: string | undefined) =>
    rich`That's the end of the path for ${bold(topic)}: nothing in the matrix builds on those steps. See where you stand with ${code("profile")}${otherTrack ? rich`, or look further with ${code(`path ${otherTrack}`)}` : ""}.`,
  pathAcrossMatrix: (area: string) =>
    rich`This skill matrix has no tracks, so the path covers all of it. For one area: ${code(`path ${area}`)}.`,
  stepNote: (why: string, next: string | undefined) =>
    next ? rich`${why} _Next:_ ${next}` : rich`${why}`,

  // explain
  whyItMatters: (why: string) => rich`*Why it matters:* ${why}`,
  prerequisites: (names: readonly string[]) => rich`*Builds on:* ${names.join(", ")}`,
  yourLevel: " ← you",
  // Coarse on purpose: see features/team-figures.ts before adding exact counts or decimals.
  teamFigure: (raters: { from: number; to?: number }, typical: 1 | 2 | 3) =>
    rich`${raters.to === undefined ? `${raters.from}+` : `${raters.from}–${raters.to - 1}`} teammates rated this skill; their typical level is ${levelLabel(typical)}${typical === 1 ? " or lower" : typical === 3 ? " or higher" : ""}.`,
  areaSkills: (count: number) => rich`${count} skill${count === 1 ? "" : "s"} in this area:`,
  trackTargets: (count: number) =>
    rich`Target levels in ${count} skill${count === 1 ? "" : "s"}, by area:`,
  trackChoose: (id: string) => rich`To measure yourself against it: ${code(`track ${id}`)}.`,
  trackStanding: (met: number, total: number) =>
    rich`Your track. By your ratings you're at or above the target in ${met} of its ${total} skills. Next steps, prerequisites first:`,
  trackStandingBrief: (met: number, total: number, id: string) =>
    rich`By your ratings you're at or above the target in ${met} of its ${total} skills. Your next steps in it: ${code(`path ${id}`)}.`,
  trackAllMet: (track: string) =>
    rich`You're at or above every target of ${bold(track)}. Time to mentor others: ${code("mentor on")}.`,
  trackMoreGaps: (more: number, id: string) =>
    rich`${more} more skill${more === 1 ? "" : "s"} below target after these. Why each matters: ${code(`path ${id}`)}.`,

  // profile
  profileHeading: (name: string | undefined) =>
    name ? `Skill profile: ${name}` : "Your skill profile",
  profileEmpty: (example: string) =>
    rich`You haven't rated any skills yet. Start with ${code(`rate ${example} 3`)}, or ${code("rate")} to pick from a list.`,
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
  profileTrackHint: (track: string) =>
    rich`Measure yourself against another track with ${code(`track ${track}`)}.`,

  // home
  homeNextSteps: (track: string) => `Next steps for ${track}`,
  homeQuizLabel: "Take a quiz",

  // track
  trackSet: (name: string) => rich`Your track is now ${bold(name)}. Paths and gaps follow it.`,
  trackList: (current: string) => rich`Your track: ${bold(current)}. Available tracks:`,
  confirmTrack: (name: string) =>
    rich`Switch your track to ${bold(name)}? Paths and gaps would follow it.`,
  trackSwitch: "Switch",
  /** A rating, track or mentor button pressed after its question closed; `command` does it now. */
  askedBackExpired: (command: string) =>
    rich`That question has expired, so I didn't change anything. Say ${code(command)} if you still want that.`,
  trackGone: (chosen: string, instead: string | undefined) =>
    instead
      ? rich`The track you chose (${chosen}) is no longer in the skill matrix, so I'm using ${bold(instead)} instead.`
      : rich`The track you chose (${chosen}) is no longer in the skill matrix, which has no tracks now.`,
  noTracks: (area: string) =>
    rich`This skill matrix has no tracks to choose from. ${code("path")} shows your next steps across all of it, or ${code(`path ${area}`)} for one area.`,

  // mentors
  mentorsHeading: (skill: string) => `Mentors for ${skill}`,
  mentorsNone: (skill: string) =>
    rich`Nobody has offered to mentor ${bold(skill)} yet. If you're at 3 or above, you could be the first: ${code("mentor on")}.`,
  mentorLine: rich` — practitioner or expert`,
  mentorsMore: (more: number) => rich`And ${more} more: ask again to see others.`,
  mentorsNeedTeam: rich`Mentors are found within a team, and messages to me outside any team have none. Ask me in your team's server or workspace to see who can help there, or to offer help yourself.`,
  mentorOn: rich`You're now listed as a mentor for every skill you rate 3 (practitioner) or 4 (expert). ${code("mentor off")} takes you off the list.`,
  mentorOff: rich`You're no longer listed as a mentor.`,
  confirmMentorOn: rich`List you as a mentor? You'd be listed for every skill you rate 3 (practitioner) or 4 (expert), so teammates who ask who can help find you.`,
  confirmMentorOff: rich`Take you off the mentor list? Teammates who ask who can help won't see you any more.`,
  mentorOnButton: "List me",
  mentorOffButton: "Take me off",
  mentorHowTo: (skill: string | undefined, rateExample: string) =>
    rich`Type ${code("mentor on")} to offer help: you're then listed as a mentor for every skill you rate 3 (practitioner) or 4 (expert), so teammates who ask who can help find you. ${code("mentor off")} takes you off the list. ${skill ? rich`For ${bold(skill)}, rate yourself first if you haven't: ` : "Rate the skills you're strong in first, for example "}${code(rateExample)}.`,
  mentorAreaHeading: (area: string) => `Mentors in ${area}`,
  mentorsOnlyYou: (skill: string) =>
    rich`You're the only one listed as a mentor for ${bold(skill)} so far: nobody else has offered yet.`,
  mentorsForGap: (skill: string) => rich`${bold(skill)} is your biggest gap to your track.`,
  mentorsForOtherGap: (skill: string, biggest: string) =>
    rich`${bold(skill)} is one of your gaps to your track. Nobody mentors your biggest, ${biggest}, yet.`,
  mentorWhich: (example: string) =>
    rich`Mentors are listed per skill or area: which one? For example ${code(`mentor ${example}`)}.`,
  mentorWhichListed: (skills: readonly string[], more: number, example: string) =>
    rich`Mentors are listed per skill or area: which one? Skills with mentors: ${[...skills, ...(more > 0 ? [`${more} more`] : [])].join(", ")}. For example ${code(`mentor ${example}`)}.`,
  mentorsPerArea: (
    track: string,
    areas: readonly string[],
    example: string,
    widest: string | undefined,
  ) =>
    widest
      ? rich`Mentors are listed per skill or area, not per track. Ask about one of the areas of ${bold(track)}: ${list(areas)}. Your biggest gap to it is in ${widest}: ${code(`mentor ${example}`)}.`
      : rich`Mentors are listed per skill or area, not per track. Ask about one of the areas of ${bold(track)}: ${list(areas)}. For example ${code(`mentor ${example}`)}.`,

  // quiz
  quizHeading: (skill: string, difficulty: number) => `Quiz: ${skill} (level ${difficulty})`,
  quizCorrect: rich`*Correct!*`,
  quizWrong: (answer: string) => rich`*Not quite.* The answer is ${bold(answer)}.`,
  quizAlreadyCounted: rich`You already answered this one. Each question counts once.`,
  quizAlready: (answer: string) =>
    rich`You already answered this one (you chose "${answer}"). Each question counts once.`,
  quizNotYours: rich`This question was for someone else. Try ${code("quiz")} for your own.`,
  quizAnotherLabel: "Another question",
  quizNoStep: (skill: string, step: "harder" | "easier", furthest: number) =>
    step === "harder"
      ? rich`There is no harder ${bold(skill)} question: the hardest I have is level ${furthest}. Try another skill?`
      : rich`There is no easier ${bold(skill)} question: the easiest I have is level ${furthest}. Try another skill?`,

  // forget me
  forgetAsk: rich`This deletes everything I store about you here: your ratings and their history, mentor listing, chosen track and quiz answers. It can't be undone.`,
  forgetConfirmLabel: "Delete my data",
  forgetCancelLabel: "Keep it",
  forgetExpired: rich`That confirmation has expired, so I didn't delete anything. Say ${code("forget me")} again if you still want to.`,
  // "Here": a server, a workspace, or messages outside any team, each with data of its own.
  forgetDone: rich`Done. I've deleted everything I stored about you here. If you answered a channel's daily question, a blank mark with your id (not your answer) stays until that question expires, within 8 days, so an answer given again isn't counted twice. What you told me in another team, or in messages to me outside any team, is kept apart: say ${code("forget me")} there to delete it too.`,
  forgetCancelled: rich`Nothing was deleted.`,

  // small talk
  smallTalkThanks: rich`Glad to help! Ask me anytime.`,
  assentNeedsButton: rich`If I asked you to confirm something, press the button on my question: a typed yes doesn't save anything.`,
  noQuiz: rich`No problem, no quiz. Type ${code("quiz")} whenever you want one.`,
  smallTalkHello: rich`Hi! Ask me something like "what should I learn next?", or type ${code("help")} to see what I can do.`,

  // overview of the matrix
  overviewIntro: (areas: number, skills: number) => rich`${skills} skills in ${areas} areas:`,
  overviewHint: rich`Ask about any of them, like ${code("explain <area>")}, or ${code("path")} for where to start.`,

  // unknown
  unknown: rich`I'm not sure what you mean, and I'd rather say so than guess.`,
  unknownClosest: rich`The closest skills I know:`,
  unknownNothing: rich`Try ${code("help")} to see what I can do.`,
  // asked about something the matrix does not hold: quoted exactly as typed ("gRPC", "dbt")
  explainNotInMatrix: (topic: string) =>
    rich`"${said(topic)}" isn't in this team's skill matrix, so I can't explain it from there.`,
  // the matrix holds no skill by that name, but skills that cover it
  explainClosestInstead: (topic: string) =>
    rich`"${said(topic)}" isn't a skill of its own in this team's skill matrix, but these skills cover it:`,
  mentorsClosestInstead: (topic: string, skill: string) =>
    rich`"${said(topic)}" isn't a skill of its own in this team's skill matrix; ${bold(skill)} covers it, so here are its mentors.`,
  closestAlso: rich`Other skills that cover it:`,
  // Skillbot's own words ("what is a track"): what each means here, and where to see more
  ownTerm: {
    track: rich`A track is a role in your team, with a target level for each skill it needs. ${code("track")} lists them and picks yours; your path and profile then measure you against it.`,
    level: rich`Levels go from 0 to 4: 0 none, 1 aware, 2 working, 3 practitioner, 4 expert. ${code("explain <skill>")} shows what each level means for that skill.`,
    rating: rich`Rating yourself tells me where you stand in a skill, from 0 (none) to 4 (expert), for example ${code("rate python 3")}. Your path is worked out from your ratings, and only you see them.`,
    streak: rich`A streak counts the daily quiz questions of a channel you've answered in a row (one missed a week is forgiven); the longest are named when the answer is revealed.`,
    quiz: rich`${code("quiz")} asks you a question matched to your level, on a skill, area or track you name. A channel can also get a daily quiz question for everyone.`,
    mentor: rich`Mentors are teammates who rate themselves 3 or 4 in a skill and offered to help with ${code("mentor on")}. ${code("mentor <skill>")} lists them.`,
    profile: rich`Your profile shows your ratings by area, your gaps to your track and when you last changed them. Only you see it: ${code("profile")}.`,
    path: rich`Your learning path is your next 3–5 steps, weighted by your ratings and your track: ${code("path")}.`,
    matrix: rich`The skill matrix is this team's list of skills, grouped in areas, with what each level means in each. Everything I say comes from it: ask "what skills are there" to see it.`,
  },
  ownTermMore: rich`${code("help")} shows everything I can do.`,
  mentorsNotInMatrix: (topic: string) =>
    rich`Nobody can be listed for ${said(topic)}: it isn't in the skill matrix.`,
  // another person's or the team's ratings: each rating is private to the person who gave it
  teammateRatingsPrivate: (name: string, skill: { name: string; id: string } | undefined) =>
    skill
      ? rich`Ratings are private, and so are quiz answers: only ${said(name)} can see theirs. For help with ${skill.name}, ${code(`mentor ${skill.id}`)} lists the teammates who offer it.`
      : rich`Ratings are private, and so are quiz answers: only ${said(name)} can see theirs. ${code("mentor <skill>")} lists the teammates who offer help in a skill.`,
  someoneRatingsPrivate: (skill: { name: string; id: string } | undefined) =>
    skill
      ? rich`Ratings are private, and so are quiz answers: only the person who gave one can see it. For help with ${skill.name}, ${code(`mentor ${skill.id}`)} lists the teammates who offer it.`
      : rich`Ratings are private, and so are quiz answers: only the person who gave one can see it. ${code("mentor <skill>")} lists the teammates who offer help in a skill.`,
  whoRatedPrivate: (skillId: string, minimum: number) =>
    rich`I don't say who rated what: each rating is private to the person who gave it. ${code(`explain ${skillId}`)} shows how the team typically rates it once at least ${minimum} people have.`,
  // Coarse on purpose: the count shows only as the team figure's band (features/team-figures.ts).
  ratersBelowMinimum: (skill: string, minimum: number) =>
    rich`I show how many teammates rated ${skill} only once at least ${minimum} of them have, and fewer have so far. Each rating stays private to the person who gave it.`,
  trackMembersPrivate: rich`Who is on which track is private: each person's track is theirs to see. ${code("track")} shows the tracks and yours.`,
  teamRatingsPrivate: (example: string, minimum: number) =>
    rich`I don't rank the team: each rating is private to the person who gave it. ${code(`explain ${example}`)} shows how the team typically rates a skill once at least ${minimum} people have rated it, and the daily quiz can ask about the team's weakest skills: ${code("quiz daily on weakest")}.`,

  // buttons
  rateButton: (skill: string) => `Rate ${skill}`,
  quizButton: (skill: string) => `Quiz me on ${skill}`,
  pathButton: "Learning path",
  mentorButton: "Find a mentor",
  explainButton: (skill: string) => skill,

  // help
  helpHeading: "Skillbot: skill mentoring for your team",
  /** `topic`: a track or area of the loaded matrix, so a team's own matrix shows its own example. */
  helpIntro: (topic: string) =>
    rich`Ask me in plain words, like "what should I learn for ${topic}?", or use a command:`,
  /** The command, how it is typed, what it does. */
  helpCommands: [
    ["path", "path [track|area|skill]", "your next 3–5 steps, weighted by your ratings"],
    [
      "rate",
      "rate <skill> <0-4>",
      "rate yourself (0 none, 1 aware, 2 working, 3 practitioner, 4 expert)",
    ],
    ["profile", "profile [track]", "your ratings by area, gaps and last change (only you see it)"],
    ["track", "track <name>", "choose the track you measure yourself against"],
    ["explain", "explain <skill>", "what a skill is, why it matters, its rubric and resources"],
    ["mentor", "mentor <skill>", "teammates at level 3+ who offered to help"],
    ["mentor-optin", "mentor on|off", "offer (or stop offering) to mentor in skills you rate 3+"],
    ["quiz", "quiz [skill|area|track]", "a question matched to your level"],
    ["forget-me", "forget me", "delete everything I store about you here"],
  ] as const,
  helpExplainOn: rich`Explanations in plain prose are on: they only use the skill matrix and cite it.`,
  helpExplainOff: rich`Tip for admins: set ${code("OPENAI_API_KEY")} to add short explanations in plain prose, grounded in the skill matrix.`,
  helpPrivacy: rich`Your ratings and quiz answers are only shown to you; team figures need at least five people.`,

  // explanations
  explainThinking: rich`_Writing a short explanation from the skill matrix…_`,
  explainSources: (names: readonly string[]) => rich`Sources: ${names.join(", ")}`,
  explainRead: (links: RichText) => rich`*Read next:* ${links}`,
  explainQuotaReached: (limit: number) =>
    rich`You've had today's ${limit} explanation${limit === 1 ? "" : "s"}, so this is the answer straight from the skill matrix. More tomorrow.`,
  explainLinkRemoved: "[link removed]",
  explainEncodedRemoved: "[removed]",

  // slack
  slackMoreNotShown: (count: number) =>
    rich`…and ${count} more not shown here. Ask about one area or skill to see it in full.`,
  slackOptionGroup: (from: number, to: number) => `${from}–${to}`,
  slackFormCancel: "Cancel",
  buttonGone: rich`That button doesn't do anything any more. Try ${code("help")} to see what I can do.`,
  /** `command`: the slash command that does work, like /skills. */
  slackShortcutUnknown: (command: string) =>
    rich`I don't have a shortcut for messages. Try ${code(`${command} help`)} to see what I can do.`,
  slackApology: rich`Sorry, I couldn't finish that. It's been logged; please try again in a minute.`,
  slackWordsOnly: rich`I can only read words, not files. Tell me in a message what you'd like, or try ${code("help")}.`,
  slackRolesUnknown: rich`I couldn't check your permissions with Slack just now; try again in a moment.`,
  /** `botUser`: the bot's Slack user id, shown as its name; `command`: the slash command as typed. */
  slackInviteFirst: (botUser: string | undefined, command: string) =>
    rich`I'm not in this channel, so I couldn't post the daily quiz here. Invite me first with ${code("/invite")} ${botUser ? userRef(botUser, "@Skillbot") : "@Skillbot"}, then run ${code(`${command} quiz daily on`)} again.`,
} as const;
