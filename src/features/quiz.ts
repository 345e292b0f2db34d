import { ACTIONS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { SkillbotError } from "../core/errors.ts";
import type { Person } from "../core/events.ts";
import { text } from "../core/messages.ts";
import { type Block, type Button, privateReply, type Reply } from "../core/reply.ts";
import { textWithCode } from "../core/rich-text.ts";
import { withExplanation } from "../explain/explain-reply.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Question, Skill } from "../knowledge/schema.ts";
import type { QuizRound } from "../store/quiz-book.ts";
import { stableHash } from "../store/stable-hash.ts";
import { lastSkillTalkedAbout, rememberTopic } from "./conversation-topic.ts";
import { answerDaily } from "./daily/answer-daily.ts";
import { knownTimeZone } from "./daily/schedule-time.ts";
import type { PathTopic } from "./learning-path.ts";
import {
  followUpTopic,
  pickSkill,
  type QuizStep,
  questionOn,
  quizSkills,
  shuffledOrder,
} from "./quiz-pick.ts";
import { levelsOf, nameOf, trackOf } from "./resolve.ts";

/**
 * `quiz [topic]`: one question for this person, options shuffled, answered with buttons. Without
 * a topic, the skill just talked about (explained, rated, quizzed on: "ok now quiz me"), else the
 * one they were just quizzed on, answered or not (followUpTopic), else their track. Never the
 * question just shown when its skill has another; a step ("harder") goes from its level, and a
 * quiz following on without a topic, or `another` (the answer's "Another question"), stays at it.
 */
export async function startQuiz(
  core: Core,
  asker: Asker,
  topic: PathTopic | undefined,
  step?: QuizStep,
  another = false,
): Promise<Reply> {
  // Read together (one statement on SQLite); a quiz naming its topic needs what was shown last
  // only to step from it or go on at its level.
  const [record, log, shown, talkedAbout] = await Promise.all([
    core.people.get(asker.person),
    core.quizzes.log(asker.person),
    topic && !step && !another ? undefined : core.quizzes.lastShown(asker.person),
    topic || step ? undefined : lastSkillTalkedAbout(core, asker.person),
  ]);
  const track = trackOf(core, record.track);
  const history = log.recent;
  const now = core.clock.now();
  // No topic right after a quiz ("another one") or an answer about one skill goes on with it; a
  // named topic always wins.
  const talked =
    talkedAbout && core.kb.questionsFor(talkedAbout.id).length > 0 ? talkedAbout : undefined;
  const quizzed = topic ?? talked ?? followUpTopic(core.kb, history, shown, now);
  const picking = {
    kb: core.kb,
    skills: quizSkills(core.kb, quizzed, track),
    levels: levelsOf(record.ratings),
    track,
    history,
    now,
    random: core.random,
    shown,
    step,
    // After "harder" gave a level-3 question, "another one" is not back at the usual level.
    followsOn: another || (!topic && quizzed !== undefined),
  };
  const skill = pickSkill(picking);
  const question = skill && questionOn(skill, picking);
  if (skill && !question && step) {
    // Other skills of the topic asked about, or else of the person's track.
    const others =
      picking.skills.length > 1 ? picking.skills : quizSkills(core.kb, undefined, track);
    return noStep(core, skill, step, others);
  }
  if (!question)
    throw new SkillbotError({
      code: "NoQuestions",
      // Without a topic the quiz draws on the whole matrix, so only an empty matrix gets here.
      topic: topic && core.kb.questions.length > 0 ? nameOf(core, topic) : undefined,
    });
  const [round] = await Promise.all([
    personalRound(core, asker, question),
    rememberTopic(core, asker.person, { kind: "skill", id: question.skillId }),
  ]);
  return privateReply(questionBlocks(core, question, round), question.prompt);
}

/** Nothing harder (or easier) on `skill`: said so, with a few other skills to be quizzed on. */
function noStep(core: Core, skill: Skill, step: QuizStep, others: readonly Skill[]): Reply {
  const offered = others.filter((s) => s.id !== skill.id).slice(0, 3);
  const levels = core.kb.questionsFor(skill.id).map((q) => q.difficulty);
  const furthest = step === "harder" ? Math.max(...levels) : Math.min(...levels);
  return privateReply([
    { kind: "text", text: text.quizNoStep(skill.name, step, furthest) },
    ...(offered.length > 0
      ? [{ kind: "buttons" as const, buttons: offered.flatMap((s) => quizButtonsFor(core.kb, s)) }]
      : []),
  ]);
}

/**
 * The answer's "Another question": its skill, and that it goes on at the level just answered.
 * Read as `skill:<id>` where only the skill counts, as buttons posted before it were.
 */
export const anotherQuestionValue = (skillId: string) => `skill:${skillId}:${ANOTHER}`;
const ANOTHER = "another";

/** Whether a "quiz me on" button's value is the answer's "Another question". */
export const isAnotherQuestion = (value: string) => value.endsWith(`:${ANOTHER}`);

/** "Quiz me on <skill>", when the matrix has questions on it: no button that leads nowhere. */
export function quizButtonsFor(kb: KnowledgeBase, skill: Skill): Button[] {
  if (kb.questionsFor(skill.id).length === 0) return [];
  return [
    { action: ACTIONS.quizNext, value: `skill:${skill.id}`, label: text.quizButton(skill.name) },
  ];
}

/**
 * A round of one question only the asker may answer, its options shuffled, saved for the answer
 * and noted as the last question shown to them.
 */
export async function personalRound(
  core: Core,
  asker: Asker,
  question: Question,
  extra: Pick<QuizRound, "review"> = {},
): Promise<QuizRound> {
  const round: QuizRound = {
    id: core.ids.next(),
    questionId: question.id,
    order: shuffledOrder(question.options.length, core.random),
    owner: asker.person.user,
    channel: asker.where.channel,
    createdAt: core.clock.now().toISOString(),
    fingerprint: questionFingerprint(question),
    ...extra,
  };
  await core.quizzes.savePersonalRound(asker.person, round, question);
  return round;
}

/**
 * Fingerprints by question: a loaded matrix never changes (a new one brings new objects), and
 * hashing a question's text took 9 µs, a third of a quiz command's own work.
 */
const fingerprints = new WeakMap<Question, string>();

/** The question as a round shows it and judges it (prompt, options, answer), hashed. */
export function questionFingerprint(question: Question): string {
  let fingerprint = fingerprints.get(question);
  if (fingerprint === undefined) {
    const shown = JSON.stringify([question.prompt, question.options, question.answer]);
    fingerprint = stableHash(shown).toString(36);
    fingerprints.set(question, fingerprint);
  }
  return fingerprint;
}

/**
 * Whether a round's buttons still mean what they showed: not once the matrix has edited its
 * question (options reordered, removed, reworded), when a press would be judged against other
 * options. Rounds from before fingerprints are checked for their number of options only.
 */
export function stillAsShown(round: QuizRound, question: Question): boolean {
  if (round.order.length !== question.options.length) return false;
  return round.fingerprint === undefined || round.fingerprint === questionFingerprint(question);
}

/**
 * Keeps an answer for later features: the person's quiz history, and their review deck. Safe
 * to repeat for one round (a press finishing one that failed halfway): the log keeps one entry
 * a round, and the deck does not move a card again for a showing it already counted.
 */
export async function recordResult(
  core: Core,
  person: Person,
  round: QuizRound,
  question: Question,
  correct: boolean,
  now: Date,
  timezone?: string,
): Promise<void> {
  await core.quizzes.record(person, {
    roundId: round.id,
    questionId: question.id,
    skillId: question.skillId,
    difficulty: question.difficulty,
    correct,
    at: now.toISOString(),
  });
  const shownAt = new Date(round.createdAt);
  await core.decks.answered(person, question.id, correct, now, shownAt, knownTimeZone(timezone));
}

/** The question with one button per option, in the round's shuffled order. */
export function questionBlocks(core: Core, question: Question, round: QuizRound): Block[] {
  const skill = core.kb.skill(question.skillId);
  return [
    {
      kind: "heading",
      text: text.quizHeading(skill?.name ?? question.skillId, question.difficulty),
    },
    { kind: "text", text: textWithCode(question.prompt) },
    {
      kind: "buttons",
      buttons: round.order.map((optionIndex, shown) => ({
        action: ACTIONS.quizAnswer,
        value: `${round.id}:${shown}`,
        label: question.options[optionIndex] ?? "",
      })),
    },
  ];
}

/** A press on an answer button: counted once per person, answered privately with the explanation. */
export async function answerQuiz(core: Core, asker: Asker, value: string): Promise<Reply> {
  // A plain option index only: Number() reads "" as 0, and "1e0", " 1" or "0x1" as 1.
  const [, roundId = "", shownText = ""] = /^([^:]+):(\d+)$/.exec(value) ?? [];
  const round = roundId ? await core.quizzes.round(asker.person, roundId) : undefined;
  const question = round && core.kb.question(round.questionId);
  const shown = Number(shownText);
  if (!round || !question || !stillAsShown(round, question) || shown >= round.order.length) {
    throw new SkillbotError({ code: "QuizRoundGone" });
  }
  if (round.owner && round.owner !== asker.person.user)
    return privateReply([{ kind: "text", text: text.quizNotYours }]);
  if (round.daily) return answerDaily(core, asker, round, question, shown);
  const optionAt = (position: number) => question.options[round.order[position] ?? -1] ?? "";
  const isCorrect = (position: number) => round.order[position] === question.answer;

  const outcome = await core.quizzes.recordOnce(asker.person, round.id, { shown }, (claimed) =>
    recordResult(
      core,
      asker.person,
      round,
      question,
      isCorrect(claimed.shown),
      core.clock.now(),
      asker.timezone,
    ),
  );
  if (!outcome) {
    const earlier = (await core.quizzes.answer(asker.person, round.id))?.shown;
    // After forget-me the claim no longer says which option it was.
    return privateReply([
      {
        kind: "text",
        text: earlier === undefined ? text.quizAlreadyCounted : text.quizAlready(optionAt(earlier)),
      },
    ]);
  }
  // A press finishing an earlier one that failed halfway: the verdict is on what was chosen then.
  const chosen = outcome.claimed.shown;
  const correct = isCorrect(chosen);
  const answer = question.options[question.answer] ?? "";
  const reveal = privateReply([
    ...(chosen === shown
      ? []
      : [{ kind: "text" as const, text: text.quizAlready(optionAt(chosen)) }]),
    { kind: "text", text: correct ? text.quizCorrect : text.quizWrong(answer) },
    { kind: "text", text: textWithCode(question.explanation) },
    {
      kind: "buttons",
      buttons: [
        {
          action: ACTIONS.quizNext,
          value: anotherQuestionValue(question.skillId),
          label: text.quizAnotherLabel,
        },
      ],
    },
  ]);
  // "Quiz me on it", "another one" next are about this skill.
  await rememberTopic(core, asker.person, { kind: "skill", id: question.skillId });
  const skill = core.kb.skill(question.skillId);
  if (!skill) return reveal;
  // "Why?": the explanation of the answer follows the reveal when explanations are on.
  return withExplanation(
    core,
    asker,
    reveal,
    {
      kind: "quiz-why",
      skills: [skill],
      facts: {
        question: question.prompt,
        options: question.options,
        correctAnswer: answer,
        chosenAnswer: optionAt(chosen),
        matrixExplanation: question.explanation,
      },
    },
    "before-buttons",
  );
}
