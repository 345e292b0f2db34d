import { listedPairs, looksLikeLevel } from "../features/typed-level.ts";
import { COMMON_WORDS } from "../knowledge/common-words.ts";
import type { MatrixIndex } from "../knowledge/matrix-index.ts";
import { isTypoOf } from "../knowledge/terms.ts";
import { SkillbotError } from "./errors.ts";
import type { Command } from "./events.ts";

/**
 * Reads a typed command ("rate python 3", "mentor on", "forget me"). Text that does not start
 * with a command word is a question for `ask`. Slack's `/skills <text>`, mentions, DMs and
 * the console all come through here, so they accept the same words; "/skills help" typed as a
 * message is "help". With the matrix's index, a name that starts with a filler word ("On-call")
 * keeps it.
 */
export function commandFromText(input: string, names?: MatrixIndex): Command {
  const text = input
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^\/skills?(?:\s+|$)/i, "");
  const topicOf = (tail: string) => topicIn(tail, names);
  const [head = "", ...rest] = text.split(" ");
  const tail = rest.join(" ").trim();
  const word = commandWordOf(head.toLowerCase().replace(/[!?.:]+$/, ""), tail);
  const asked = commandAskedFor(text);
  if (asked) return asked;
  // "2", "make it 2", "wait no, 2": a level for the skill just asked about or rated.
  const replied = levelReplied(text);
  if (replied) return { name: "rate", level: replied };
  // "python 3, sql 2, git 3" with `rate` left off: ratings, but only offered (versions look the
  // same: "python 3 and pandas 2"). A rating without its level is one the words only suggest.
  if (word !== "rate" && isRatingList(text, names)) return { name: "rate", skill: text };
  const plain = plainOf(tail);
  const optional = (value: string) => (value ? value : undefined);

  switch (word) {
    case "":
    case "help":
    case "?":
    case "commands":
      return tail && word !== "" && plain !== "me" && plain !== ""
        ? { name: "ask", text }
        : { name: "help" };
    case "rate": {
      const said = topicOf(tail);
      if (!said || /^(?:me|myself)$/i.test(said)) return { name: "rate" };
      if (isPlainEnglish("rate", said)) return { name: "ask", text };
      // "rate 2": a level, not a skill named "2".
      if (NUMBER.test(said)) return { name: "rate", level: said };
      const words = said.split(" ");
      const last = words.at(-1) ?? "";
      if (words.length >= 2 && looksLikeLevel(last))
        return { name: "rate", skill: words.slice(0, -1).join(" "), level: last };
      return { name: "rate", skill: said };
    }
    case "profile":
      return withOptional({ name: "profile" }, "track", optional(topicOf(tail)));
    case "me":
      // A bare "me" is the profile; "me too", "me and my team want to learn docker" are sentences.
      return plain ? { name: "ask", text } : { name: "profile" };
    case "path":
    case "learn":
    case "next": {
      const topic = pathTopic(word, tail, names);
      return topic === undefined
        ? { name: "ask", text }
        : withOptional({ name: "path" }, "topic", optional(topic));
    }
    case "explain":
    case "about":
      return tail ? { name: "explain", skill: tail } : { name: "help" };
    case "track": {
      const said = topicOf(tail);
      if (isPlainEnglish("track", said)) return { name: "ask", text };
      return withOptional({ name: "track" }, "track", optional(said));
    }
    case "mentor":
    case "mentors": {
      if (plain === "on" || plain === "off") return { name: "mentor-optin", on: plain === "on" };
      const said = topicOf(tail);
      if (isPlainEnglish("mentor", said)) return { name: "ask", text };
      return withOptional({ name: "mentor" }, "skill", optional(/^me$/i.test(said) ? "" : said));
    }
    case "quiz":
      // "quiz me on sql", as the quiz button says it, is "quiz sql".
      return quizCommand(rest, topicOf(withoutPoliteness(tail).replace(/^me\b\s*/i, "")));
    case "review":
    case "reviews":
      return reviewCommand(plain, text);
    case "streak":
      return { name: "quiz-streak" };
    case "leaderboard":
      return quizCommand(["leaderboard", ...rest], `leaderboard ${tail}`);
    case "forget":
    case "forget-me":
    case "forgetme":
      if (word === "forget" && plain !== "me") return { name: "ask", text };
      return { name: "forget-me" };
    case "delete":
    case "erase":
      // "delete my data": forget-me asks for a confirmation before anything goes.
      return /^(?:me|my data|all my data|everything about me|my account)$/.test(plain)
        ? { name: "forget-me" }
        : { name: "ask", text };
    default:
      return { name: "ask", text };
  }
}

/** A number where a level goes ("rate 2", "rate 7"): a level, checked against the scale later. */
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;
/** A level people type: a digit of the scale or its rubric word. */
const LEVEL = "(?:[0-4]|none|aware|working|practitioner|expert)";
/**
 * A level typed on its own, as the answer to the rating question or a correction of a rating:
 * "2", "2 working", "make it 2", "actually make that a 2", "wait no, 2", "I'd say 1", and back to
 * an earlier one: "hmm actually 3 was right".
 */
const LEVEL_REPLY = new RegExp(
  String.raw`^(?:(?:ok|okay|oh|hmm+|wait|sorry|oops|no|nope|nah|actually|so|um+)[,.!]?\s+)*(?:(?:make|change|set|put|update) (?:it|that|this)(?: (?:to|at|as))? |(?:its|it's|i'm|im|i am|i'd say|id say|i would say|more like|maybe|probably|call it) )?(?:(?:a|an) )?(${LEVEL})(?: \(?${LEVEL}\)?)?(?: (?:was|is) (?:right|correct|fine|better)(?: after all)?)?(?: (?:then|instead|actually|please|pls|really))*[.!]*$`,
  "i",
);

function levelReplied(text: string): string | undefined {
  return text.replace(/[’‘]/g, "'").match(LEVEL_REPLY)?.[1];
}

/** A level as a whole: "3", "working"; never "3.11" or "7". */
const WHOLE_LEVEL = new RegExp(`^${LEVEL}$`, "i");

/**
 * Two or more "<skill> <level>" typed as a list ("python 3, sql 2, git 3"), each a skill's exact
 * name and a level of the scale: ratings. "python 3" alone may be the version, "python 3.11,
 * numpy 1.26" are versions, and "chapter 1, section 2" names no skill.
 */
function isRatingList(text: string, names: MatrixIndex | undefined): boolean {
  const pairs = names && listedPairs(text);
  return (
    pairs?.every(({ name, level }) => {
      const found = WHOLE_LEVEL.test(level) ? names?.resolve(name, ["skill"]) : undefined;
      return found?.kind === "found" && found.exact;
    }) ?? false
  );
}

/** Command words typed alone that are long enough to be mistyped: "profle", "mentros". */
const MISTYPED_ALONE = ["profile", "mentors", "streak", "leaderboard"];

/**
 * The command word typed, or the one it mistypes when typed alone ("profle"). A word of
 * everyday English is never taken for another ("profiles" is a word; "proof" too far anyway).
 */
function commandWordOf(typed: string, tail: string): string {
  if (tail !== "" || MISTYPED_ALONE.includes(typed) || COMMON_WORDS.has(typed)) return typed;
  return MISTYPED_ALONE.find((known) => isTypoOf(typed, known)) ?? typed;
}

/**
 * A command asked for in a sentence that can mean nothing else: "can you show the leaderboard",
 * "how does the daily quiz work?" (whether this channel has one, and how to start it: the
 * status, which says `quiz daily on` or the schedule). Turning the daily quiz on or off takes
 * the command itself, with its options; a sentence only asks about it.
 */
function commandAskedFor(text: string): Command | undefined {
  const said = text.toLowerCase().replace(/[’']/g, "");
  if (LEADERBOARD_ASKED.test(said)) return { name: "quiz-leaderboard" };
  if (STREAK_ASKED.test(said)) return { name: "quiz-streak" };
  if (DAILY_QUIZ.test(said) && !PERSONAL_QUIZ.test(said) && !DEFINITION_ASKED.test(said))
    return { name: "quiz-daily", action: "status" };
  return undefined;
}

const LEADERBOARD_ASKED =
  /^(?:(?:ok|okay|hey|please|pls)[, ]+)*(?:(?:can|could|would|will) (?:you|u) (?:please )?)?(?:please )?(?:show|see|view|post|display|give|get|share)(?: me| us)? (?:the |this |our |this channels |the channels )?(?:quiz |daily |daily quiz )?(?:leader ?board|score ?board)(?: please| pls)?[?!. ]*$/;
/** "what's my streak?", "how long is my streak", "show my quiz streak": `quiz streak`. */
const STREAK_ASKED =
  /^(?:(?:ok|okay|hey|so)[, ]+)?(?:(?:whats|what is|hows|how is|how long is|show(?: me)?|check|see|tell me)\s+)?my (?:current |daily |quiz |daily quiz )*streak(?: so far| now| today)?(?: please| pls)?[?!. ]*$/;
/** The channel's quiz by any of its names: "daily quiz", "quiz of the day", "daily question". */
const DAILY_QUIZ =
  /\b(?:daily (?:quiz(?:zes)?|questions?|trivia)|quiz(?:zes)? (?:of the day|every day|each day)|question of the day)\b/;
/** "What is the daily quiz": Skillbot's own words have their explanation (ask.ts). */
const DEFINITION_ASKED = /^(?:what (?:is|are)|whats|explain|tell me about|define) /;
/** A quiz for the person, asked daily or now: "quiz me daily", "give me the daily question". */
const PERSONAL_QUIZ = /\b(?:quiz|test|ask) me\b|\bgive me (?:a|the|todays)\b/;

/** What follows a command word, without politeness and final punctuation: "me please!" is "me". */
function plainOf(tail: string): string {
  return withoutPoliteness(tail).toLowerCase();
}

/** Politeness and punctuation at the end of a command: "track mlops pls", "next steps?". */
const TRAILING_POLITENESS = /(?:^|[\s,]+)(?:please|pls|plz|thanks|thank you|thx)$|[\s,!?.]+$/i;

function withoutPoliteness(tail: string): string {
  let said = tail.trim();
  for (let shorter = said.replace(TRAILING_POLITENESS, ""); shorter !== said; ) {
    said = shorter;
    shorter = said.replace(TRAILING_POLITENESS, "");
  }
  return said.trim();
}

/** Words that only join a topic to its command: "mentor for python", "learn more about docker". */
const LEADING_FILLER = /^(?:more about|about|for|to|on|in|(?:me|myself) (?:in|on|about|for))\s+/i;

/**
 * What a command is about, as said in a sentence: "for python please" is "python". A filler
 * word that starts a name in the matrix stays: "on call 3" is On-call at 3.
 */
function topicIn(tail: string, names: MatrixIndex | undefined): string {
  const said = withoutPoliteness(tail);
  const dropped = said.replace(LEADING_FILLER, "");
  return dropped !== said && startsWithName(said, names) ? said : dropped;
}

/** The words start with a name the matrix knows exactly ("on call 3" with On-call). */
function startsWithName(said: string, names: MatrixIndex | undefined): boolean {
  if (!names) return false;
  const words = said.split(" ");
  // A pasted paragraph would otherwise be looked up at every length, each a full search.
  for (let count = Math.min(words.length, names.longestName); count >= 2; count--) {
    const found = names.resolve(words.slice(0, count).join(" "), ["skill", "area", "track"]);
    if (found.kind === "found" && found.exact) return true;
  }
  return false;
}

/** A goal before a path's topic: "path to mastering spark", "learn to become an mlops engineer". */
const LEADING_GOAL =
  /^(?:master(?:ing)?|becom(?:e|ing)(?: an?)?|get(?:ting)? (?:better|good) at)\s+/i;

/**
 * The topic of `path`, `learn` and `next` ("" for none), or undefined when the words are a
 * sentence, not a topic ("next week I want to learn spark"). "next steps for mlops" is "mlops".
 */
function pathTopic(word: string, tail: string, names: MatrixIndex | undefined): string | undefined {
  const said = withoutPoliteness(tail);
  const topic = topicIn(
    word === "next" ? said.replace(/^(?:steps?|things?)\b\s*/i, "") : said,
    names,
  );
  if (isPlainEnglish(word, topic)) return undefined;
  return topic.replace(LEADING_GOAL, "");
}

/**
 * Words that, straight after a command word, make it ordinary English rather than the command:
 * "rate limiting", "track my progress", "next week". The whole text is a question then.
 */
const ENGLISH_AFTER: Readonly<Record<string, RegExp>> = {
  rate: /^(?:limit\w*|of|is|was|are|were)\b/i,
  track:
    /^(?:my|our|your|their|his|her|its|the|this|that|these|those|it|them|him|me|us|progress|down)\b/i,
  // "next question", "next one": a quiz question, not a path to "question".
  next: /^(?:questions?|one|quiz(?:zes)?|week|month|year|time|day|weekend|quarter|sprint|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
};

/** Words only a sentence has (a subject, a question word, a wish), never a skill or track name. */
const SENTENCE_WORD =
  /(?:^|\s)(?:i|i'm|i'd|i'll|we|we're|you|who|what|how|why|when|where|which|want|wanna|should|could|would)(?=$|[\s,?!.])/i;

function isPlainEnglish(word: string, said: string): boolean {
  return (ENGLISH_AFTER[word]?.test(said) ?? false) || SENTENCE_WORD.test(said);
}

/**
 * `quiz`, `quiz <topic>`, `quiz daily on|off|status …`, `quiz streak`, `quiz leaderboard [week|all|on|off]`.
 * A word after `daily` or `leaderboard` that is none of their options is said to be one, not
 * looked up as a skill.
 */
function quizCommand(rest: string[], tail: string): Command {
  const [first = "", second = ""] = rest.map((w) => w.toLowerCase().replace(/[!?.,]+$/, ""));
  const after = plainOf(rest.slice(1).join(" "));
  if (first === "daily") {
    if (second === "on" || second === "off" || second === "status") {
      const options = rest.slice(2).join(" ").trim();
      return { name: "quiz-daily", action: second, ...(options ? { options } : {}) };
    }
    if (!after) return { name: "quiz-daily", action: "status" };
    throw invalidOption("quiz daily", after, ["on", "off", "status"]);
  }
  if (first === "streak" && !second) return { name: "quiz-streak" };
  // "quiz results", "quiz score": how their quizzes went, as "my quiz results" shows it.
  if (QUIZ_RESULTS.test(first) && !after) return { name: "profile" };
  if (first === "leaderboard") return leaderboardCommand(after);
  return tail ? { name: "quiz", topic: tail } : { name: "quiz" };
}

const QUIZ_RESULTS = /^(?:results?|scores?)$/;

const WEEK = new Set(["week", "weekly", "this week"]);
const ALL_TIME = new Set(["all", "all-time", "alltime", "all time", "ever"]);

function leaderboardCommand(option: string): Command {
  if (!option) return { name: "quiz-leaderboard" };
  if (option === "on" || option === "off")
    return { name: "quiz-leaderboard", listed: option === "on" };
  if (WEEK.has(option)) return { name: "quiz-leaderboard", period: "week" };
  if (ALL_TIME.has(option)) return { name: "quiz-leaderboard", period: "all" };
  throw invalidOption("quiz leaderboard", option, ["week", "all", "on", "off"]);
}

/** What may follow `review` and still mean the review deck. */
const REVIEW_DECK =
  /^(?:|now|deck|my deck|cards|my cards|due|questions|my questions|missed questions)$/;

/**
 * `review`, `review nudge on|off` (or `reminders`). Anything else after `review` ("review my
 * code") is a sentence, not a command: the whole text is a question then.
 */
function reviewCommand(plain: string, text: string): Command {
  const [setting = "", ...value] = plain.split(" ");
  if (!/^(?:nudges?|reminders?)$/.test(setting))
    return REVIEW_DECK.test(plain) ? { name: "review" } : { name: "ask", text };
  const choice = value.join(" ");
  if (choice === "on" || choice === "off") return { name: "review", nudge: choice === "on" };
  if (!choice)
    throw new SkillbotError({
      code: "MissingArgument",
      command: "review nudge",
      example: "review nudge off",
    });
  throw invalidOption("review nudge", choice, ["on", "off"]);
}

const invalidOption = (command: string, given: string, options: readonly string[]) =>
  new SkillbotError({
    code: "InvalidOption",
    command,
    given,
    accepted: options.map((option) => `${command} ${option}`),
  });

function withOptional<C extends Command, K extends string>(
  command: C,
  key: K,
  value: string | undefined,
): C {
  return value === undefined ? command : { ...command, [key]: value };
}
