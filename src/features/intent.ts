import { REQUEST_TOPIC } from "../knowledge/terms.ts";
import { ASKS_SOMETHING, INTENT_CUES, type IntentCue } from "./intent-cues.ts";

export const INTENTS = [
  "learning-path",
  "explain-skill",
  "find-mentor",
  "become-mentor",
  "mentor-on",
  "mentor-off",
  "quiz",
  "no-quiz",
  "rate",
  "forget-rating",
  "profile",
  "track",
  "overview",
  "help",
  "assent",
  "small-talk",
  "unknown",
] as const;
export type Intent = (typeof INTENTS)[number];

export type IntentGuess = {
  intent: Intent;
  /** The text with the matched cue phrases blanked out, so "test me on git" is about git, not testing. */
  topicText: string;
};

/** Without a skill, area or track these are not questions Skillbot can answer ("what's for lunch"). */
const NEEDS_TOPIC: ReadonlySet<Intent> = new Set(["explain-skill", "find-mentor"]);
/** "Who can mentor me" asks for a mentor outright: the person's biggest gap is the topic. */
const ASKS_FOR_A_MENTOR = /\bmentor/;

/** Normalises how people type before cue matching: case, apostrophes, spacing. */
export function cueText(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Picks the intent from how the text is phrased. `topicOf` says whether the text names a
 * skill, area or track (weak cues only count then, and a named topic with no cue is a question
 * about it) or only relates to one by description. When it is called more than once, the text
 * of the last call is the topic.
 */
export type Topic = "named" | "related" | "none";

export function guessIntent(text: string, topicOf: (topicText: string) => Topic): IntentGuess {
  const normalised = cueText(text);
  const asks = ASKS_SOMETHING.test(normalised);
  const matched = INTENT_CUES.filter((cue) => cue.pattern.test(normalised));
  const cues = matched.filter((cue) => !(cue.statementOnly && asks));
  // Strong cues are pure phrasing and are blanked out; weak ones ("why", "learn") and cues
  // with a wildcard ("set <skill> to 3") may contain the topic itself, so they stay.
  const strip = (part: string, qualifiers: boolean) =>
    cues.reduce(
      (rest, cue) =>
        cue.weight >= 1 && !holdsTopic(cue) && (qualifiers || !cue.qualifier)
          ? withoutPhrasing(rest, cue.pattern)
          : rest,
      part,
    );
  // A qualifier ("ml" in "what is ml model serving") goes only when the rest still names something.
  const phrasingOut = (part: string) => {
    const kept = strip(part, false);
    const unqualified = strip(part, true);
    return unqualified !== kept && topicOf(unqualified) === "named" ? unqualified : kept;
  };
  let topicText = phrasingOut(normalised);
  // "I know sql well but what about spark?": the question is about what it asks, when that names something.
  let topic: Topic | undefined;
  const asked = cues.length < matched.length ? askingClauses(normalised) : undefined;
  if (asked !== undefined) {
    const askedText = phrasingOut(asked);
    if (topicOf(askedText) === "named") {
      topic = "named";
      topicText = askedText;
    }
  }
  topic ??= topicOf(topicText);
  const named = topic === "named";
  const scores = new Map<Intent, number>();
  for (const cue of cues.filter((c) => counts(c, named)))
    scores.set(cue.intent, (scores.get(cue.intent) ?? 0) + cue.weight);
  const ranked = [...scores.entries()]
    .filter(
      ([intent, score]) =>
        (score >= 1 || named) &&
        (topic !== "none" ||
          !NEEDS_TOPIC.has(intent) ||
          (intent === "find-mentor" && ASKS_FOR_A_MENTOR.test(normalised))),
    )
    .sort((a, b) => b[1] - a[1] || INTENTS.indexOf(a[0]) - INTENTS.indexOf(b[0]));
  const best = ranked[0]?.[0];
  if (best === "help" && named && (scores.get("help") ?? 0) < 3) {
    // "help me with docker" is about docker, not about the bot.
    return { intent: ranked[1]?.[0] ?? "explain-skill", topicText };
  }
  // "quiz me on the weather": a quiz on another skill would pass over what was asked for.
  if (best === "quiz" && !named && namesQuizTopic(normalised))
    return { intent: "unknown", topicText };
  if (best) return { intent: best, topicText };
  return { intent: named ? "explain-skill" : "unknown", topicText };
}

/**
 * The words that join a request to its topic ("quiz me on", "anyone good with", "get into", the
 * "my" of "improve my cloud") go with the request's wording. What follows them is what was asked
 * for, so REQUEST_TOPIC is left in their place: the index reads what follows it as a name asked
 * about (terms.ts ASKING_ABOUT), where "cloud" alone may be chat ("cloud is grey today"). With no
 * joining words ("who is ray") nothing is left, and "ray" stays a person.
 */
const JOINED = /^(?: (?:my|our)\b|(?: (?:me|myself|us))? (?:on|about|in|with|for|into|at|of)\b)?/;
const ENDS_JOINED = /\b(?:on|about|in|with|for|into|at|of)$/;

function withoutPhrasing(text: string, cue: RegExp): string {
  const found = cue.exec(text);
  if (!found) return text;
  const after = text.slice(found.index + found[0].length);
  const joined = JOINED.exec(after)?.[0] ?? "";
  const rest = after.slice(joined.length);
  const asked = (joined !== "" || ENDS_JOINED.test(found[0])) && /^ ?[\p{L}\p{N}]/u.test(rest);
  return `${text.slice(0, found.index)}${asked ? ` ${REQUEST_TOPIC} ` : " "}${rest}`;
}

/** The words a quiz is asked on: "quiz me on X", "questions about X", "a quiz in X". */
const QUIZ_ON = /\b(?:quiz+(?:e?s)?|questions?|test(?: me| myself)?)(?: me)? (?:on|about|in) (.+)$/;
/** A quiz on no topic in particular, or on the person's gaps: "on anything", "on something I'm weak at". */
const ANY_TOPIC =
  /^(?:(?:any|some|every)(?:thing|one)?|random|whatever|stuff|my|me|it|that|this|the (?:team|matrix|track)|a (?:random|skill|topic))\b/;

function namesQuizTopic(text: string): boolean {
  const topic = QUIZ_ON.exec(text)?.[1]?.replace(/[ ?!.]+$/, "");
  return topic !== undefined && topic !== "" && !ANY_TOPIC.test(topic);
}

const holdsTopic = (cue: IntentCue) => cue.holdsTopic ?? cue.pattern.source.includes(".{");

function counts(cue: IntentCue, named: boolean): boolean {
  if (cue.needs === "named") return named;
  if (cue.needs === "nothing-named") return !named;
  return true;
}

/** The clauses of a text that ask something, or none when the whole text is one clause. */
function askingClauses(text: string): string | undefined {
  const clauses = text.split(/[,;]|\b(?:but|so)\b/);
  if (clauses.length < 2) return undefined;
  const asking = clauses.filter((clause) => ASKS_SOMETHING.test(clause));
  return asking.length > 0 ? asking.join(", ") : undefined;
}

/**
 * "what is ml" to the ML Engineer matrix, "what is bakery" to the Bakery Team's: a question about
 * the matrix itself, by the words of its own name or their initials ("machine learning" is "ml").
 */
export function namesTheMatrix(question: string, matrixName: string): boolean {
  const asked = cueText(question).match(
    /^(?:what is|what are|whats) (?:the |this |your )?([\p{L}\p{N} +#.-]+?)[ ?!.]*$/u,
  )?.[1];
  if (!asked) return false;
  const words = (text: string) =>
    cueText(text)
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter(Boolean);
  const name = new Set(words(matrixName));
  const said = words(asked);
  const initials = said.length > 1 ? said.map((w) => w[0]).join("") : undefined;
  return said.every((w) => name.has(w)) || (initials !== undefined && name.has(initials));
}
