import type { Random } from "../core/ports.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { Question, Skill, Track } from "../knowledge/schema.ts";
import type { LastShown } from "../store/quiz-book.ts";
import { type QuizLogEntry, recentSince } from "../store/quiz-log.ts";
import type { PathTopic } from "./learning-path.ts";

/**
 * Skills a quiz on `topic` may ask about; with no topic, the person's track, or the whole matrix
 * when the track has no questions (so `quiz`, the advice when a topic has none, always works).
 */
export function quizSkills(
  kb: KnowledgeBase,
  topic: PathTopic | undefined,
  track: Track | undefined,
): readonly Skill[] {
  // No topic is not the same as naming the track: only it falls back to the whole matrix.
  const key = topic ? `${topic.kind}:${topic.id}` : `mine:${track?.id ?? ""}`;
  let cached = quizzable.get(kb);
  if (!cached) {
    cached = new Map();
    quizzable.set(kb, cached);
  }
  let skills = cached.get(key);
  if (!skills) {
    const ids =
      topic?.kind === "skill"
        ? [topic.id]
        : topic?.kind === "area"
          ? kb.skillsIn(topic.id).map((s) => s.id)
          : Object.keys((topic ? kb.track(topic.id) : track)?.targets ?? {});
    const quizzableOf = (some: readonly string[]) =>
      some.flatMap((id) => kb.skill(id) ?? []).filter((s) => kb.questionsFor(s.id).length > 0);
    const everySkill = kb.skills.map((s) => s.id);
    const chosen = quizzableOf(ids.length > 0 ? ids : everySkill);
    skills = Object.freeze(chosen.length > 0 || topic ? chosen : quizzableOf(everySkill));
    // Topics come resolved against the matrix, so this holds a few entries; the bound is a guard.
    if (cached.size >= 1024) cached.clear();
    cached.set(key, skills);
  }
  return skills;
}

/**
 * How long after a question was shown or answered a quiz without a topic keeps to its skill:
 * "another one" follows on.
 */
export const FOLLOW_UP_MS = 30 * 60 * 1000;

/** A question on a skill, shown or answered at `at`. */
type QuizMoment = { skillId: string; at: string };

/**
 * The skill of the person's last question, shown (`shown`) or answered (the history's last),
 * whichever came later, when that was within FOLLOW_UP_MS of `now` and the skill still has
 * questions: what a quiz without a topic continues. Later, a bare quiz chooses afresh.
 */
export function followUpTopic(
  kb: KnowledgeBase,
  history: readonly QuizLogEntry[],
  shown: QuizMoment | undefined,
  now: Date,
): PathTopic | undefined {
  const answered = history.at(-1);
  const last =
    answered && shown && Date.parse(shown.at) > Date.parse(answered.at)
      ? shown
      : (answered ?? shown);
  if (!last || now.getTime() - Date.parse(last.at) > FOLLOW_UP_MS) return undefined;
  return kb.questionsFor(last.skillId).length > 0 ? { kind: "skill", id: last.skillId } : undefined;
}

/** quizSkills by matrix and topic: a quiz asks about the same few skill sets over and over. */
const quizzable = new WeakMap<KnowledgeBase, Map<string, readonly Skill[]>>();

/** A quiz asked a level above or below the question just shown: "harder", "an easier one". */
export type QuizStep = "harder" | "easier";

// "Too easy" asks for harder, "too hard" for easier: the words say what the last one was.
const QUIZ_STEP =
  /\b(harder|tougher|trickier|more difficult|more challenging|more advanced|too (?:easy|simple|basic)|easier|simpler|less difficult|less advanced|more basic|too (?:hard|difficult|tough|advanced)|(?:was|is) (?:(?:really|so|pretty|quite|very|super|kinda|a bit) )?(?:easy|simple|hard|difficult|tough|tricky))\b/;

/** A harder or easier question asked for ("something harder", "an easier sql question", "too easy"), or neither. */
export function quizStepIn(text: string): QuizStep | undefined {
  const asked = QUIZ_STEP.exec(text)?.[1];
  if (asked === undefined) return undefined;
  return /^(easier|simpler|less|more basic|too (hard|difficult|tough|advanced)|(was|is) .*(hard|difficult|tough|tricky)$)/.test(
    asked,
  )
    ? "easier"
    : "harder";
}

/** What a pick knows of the question shown last: older notes lack its id and level. */
type ShownQuestion = Pick<LastShown, "skillId" | "questionId" | "difficulty">;

type PickInput = {
  kb: KnowledgeBase;
  skills: readonly Skill[];
  levels: Readonly<Record<string, number>>;
  track: Track | undefined;
  history: readonly QuizLogEntry[];
  now: Date;
  random: Random;
  /** The question shown last: the next one differs from it, and a step starts at its level. */
  shown?: ShownQuestion | undefined;
  step?: QuizStep | undefined;
  /** "another one" right after it: the next question is at the level of the one shown. */
  followsOn?: boolean | undefined;
};

/**
 * A question matched to the person: skills with bigger gaps are likelier, difficulty is one
 * above their level, and questions answered in the last 30 days wait their turn. Pure, with
 * chance injected.
 */
export function pickQuestion(input: PickInput): Question | undefined {
  const skill = pickSkill(input);
  return skill && questionOn(skill, input);
}

/** The skill a quiz asks about: of `skills`, those with bigger gaps are likelier. */
export function pickSkill(
  input: Pick<PickInput, "skills" | "levels" | "track" | "random">,
): Skill | undefined {
  const { skills, levels, track, random } = input;
  const weights = skills.map(
    (s) => 1 + Math.max(0, (track?.targets[s.id] ?? 2) - (levels[s.id] ?? 0)),
  );
  return weighted(skills, weights, random);
}

/**
 * A question on `skill`, nearest one above the person's level, never the one just shown when the
 * skill has another. A step ("harder") starts at the level of the one just shown on this skill,
 * else at that usual level, and keeps to its direction: undefined when nothing lies that way.
 * A quiz following on ("another one") stays at the shown one's level, or the nearest to it.
 */
export function questionOn(skill: Skill, input: PickInput): Question | undefined {
  const { kb, levels, history, now, random, step } = input;
  const shown = input.shown?.skillId === skill.id ? input.shown : undefined;
  const usual = Math.min(4, Math.max(1, (levels[skill.id] ?? 0) + 1));
  const from = step || input.followsOn ? (shown?.difficulty ?? usual) : usual;
  const wanted = step === "harder" ? from + 1 : step === "easier" ? from - 1 : from;
  const inDirection = (q: Question) =>
    step === "harder" ? q.difficulty > from : step === "easier" ? q.difficulty < from : true;
  const questions = kb.questionsFor(skill.id).filter(inDirection);
  const notShown = questions.filter((q) => q.id !== shown?.questionId);
  const recent = answeredSince(history, recentSince(now.getTime()));
  const fresh = notShown.filter((q) => !recent.has(q.id));
  const pool = fresh.length > 0 ? fresh : notShown.length > 0 ? notShown : questions;
  if (pool.length === 0) return undefined;
  const distance = (q: Question) => Math.abs(q.difficulty - wanted);
  const closest = Math.min(...pool.map(distance));
  const best = pool.filter((q) => distance(q) === closest);
  return best[Math.floor(random.next() * best.length)];
}

/**
 * Questions answered since `since`. The log keeps answers in the order they came, so the walk
 * goes from the newest and stops at the first older one: with a log of 1,000 answers, reading
 * every date took about 400 µs a quiz.
 */
function answeredSince(history: readonly QuizLogEntry[], since: number): Set<string> {
  const ids = new Set<string>();
  for (let i = history.length - 1; i >= 0; i--) {
    const answer = history[i];
    if (!answer || Date.parse(answer.at) < since) break;
    ids.add(answer.questionId);
  }
  return ids;
}

/** A shuffled display order: order[i] is the option shown at position i (Fisher–Yates). */
export function shuffledOrder(count: number, random: Random): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swapped = order[i] as number;
    order[i] = order[j] as number;
    order[j] = swapped;
  }
  return order;
}

function weighted<T>(
  items: readonly T[],
  weights: readonly number[],
  random: Random,
): T | undefined {
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (let i = 0; i < items.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return items[i];
  }
  return items.at(-1);
}
