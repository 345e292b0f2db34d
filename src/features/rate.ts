import { ACTIONS, FORMS } from "../core/actions.ts";
import type { Asker, Core } from "../core/context.ts";
import { deepFreeze } from "../core/deep-freeze.ts";
import { SkillbotError } from "../core/errors.ts";
import { errorText, levelLabel, levelWord, text } from "../core/messages.ts";
import { type FormRequest, privateReply, type Reply } from "../core/reply.ts";
import type { RichText } from "../core/rich-text.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import { RUBRIC_LEVELS, type Skill } from "../knowledge/schema.ts";
import { analyseQuestion, levelIn } from "./ask.ts";
import {
  ASKED_BACK_OPEN_MS,
  askedAt,
  askedBackExpired,
  confirmRating,
  readAnswer,
} from "./confirmations.ts";
import { recentSkillNoted, rememberTopic } from "./conversation-topic.ts";
import { notSure } from "./not-sure.ts";
import { quizButtonsFor } from "./quiz.ts";
import { FOLLOW_UP_MS } from "./quiz-pick.ts";
import { offerRatings, ratingsListed, saveRatings } from "./rating-lists.ts";
import { requireSkill, resolveSkill, type SkillChoice } from "./resolve.ts";
import { parseLevel } from "./typed-level.ts";

/**
 * `rate <skill> <level>`, `rate <skill>` (asks for the level), `rate` (opens the form) and
 * `rate <level>` (offers the skill last talked about).
 */
export async function rate(
  core: Core,
  asker: Asker,
  skillTerm: string | undefined,
  rawLevel: string | undefined,
): Promise<Reply> {
  // Validate the level first: "rate python 7" is about the 7, whatever the skill.
  const level = rawLevel === undefined ? undefined : parseLevel(rawLevel);
  if (!skillTerm?.trim())
    return level === undefined
      ? rateForm(core, undefined)
      : rateSkillTalkedAbout(core, asker, level, rawLevel ?? "");
  const resolved = resolveSkill(core, skillTerm);
  // A typo is forgiven everywhere else; a rating it would save to the wrong skill is asked
  // about first ("stata" is not Statistics): a button saves it.
  const choice: SkillChoice =
    resolved.kind === "skill" && !resolved.exact && level !== undefined
      ? { kind: "none", suggestions: [resolved.skill] }
      : resolved;
  if (choice.kind === "none" && choice.suggestions.length === 0) {
    throw new SkillbotError({ code: "SkillNotFound", term: skillTerm.trim(), suggestions: [] });
  }
  if (choice.kind !== "skill") {
    const candidates = choice.kind === "choose" ? choice.candidates : choice.suggestions;
    const question =
      choice.kind === "choose"
        ? text.pickSkill(skillTerm)
        : errorText({
            code: "SkillNotFound",
            term: skillTerm.trim(),
            suggestions: candidates.map((s) => s.name),
          });
    return askToPick(question, candidates, level, core.clock.now());
  }
  if (level === undefined) return askRatingOf(core, asker, choice.skill);
  return saveRating(core, asker, choice.skill, level);
}

/**
 * A question with a button per skill: pressed, it saves `level` for that skill, or without a
 * level opens the skill's rating form.
 */
function askToPick(
  question: RichText,
  skills: readonly Skill[],
  level: number | undefined,
  now: Date,
) {
  return privateReply([
    { kind: "text", text: question },
    {
      kind: "buttons",
      buttons: skills.map((skill) =>
        level === undefined
          ? { action: ACTIONS.rateOpen, value: skill.id, label: skill.name }
          : {
              action: ACTIONS.rateSet,
              value: askedAt(`${skill.id}:${level}`, now),
              label: `${skill.name} → ${level}`,
            },
      ),
    },
  ]);
}

/** Numbers that could be levels: "3", "4.5", "10" (not parts of words like "k8s"). */
const NUMBERS = /(?:^|[^\w.])\d+(?:\.\d+)?(?![\w.])/g;

/**
 * A rating said as a sentence ("rate me 3 on sql", "put python at practitioner"), when its
 * words are no skill's name: saved only when it is clear. Two skills or two levels ("python 3
 * and sql 2") would be a guess at which level goes with which skill, and a skill read through
 * a typo may be the wrong one: those ask first. Undefined when the sentence names no skill.
 */
export async function rateFromSentence(
  core: Core,
  asker: Asker,
  sentence: string,
  statedLevel: string | undefined,
): Promise<Reply | undefined> {
  // A list typed as `rate python 3, sql 2` comes with its last level as the command's; typed
  // without `rate` ("python 3 and pandas 2", as versions look) it comes without one, and each
  // pair is only offered.
  const listed = ratingsListed(core, sentence);
  if (listed)
    return statedLevel === undefined
      ? offerRatings(listed, core.clock.now())
      : saveRatings(core, asker, listed);
  const mentions = core.index
    .mentions(sentence)
    .filter((m) => m.kind === "skill" && m.strength >= 2);
  const named = [...new Set(mentions.map((m) => m.id))].flatMap((id) => core.kb.skill(id) ?? []);
  const [skill, ...others] = named;
  if (!skill) return undefined;
  if (others.length > 0)
    return askToPick(text.oneRatingAtATime, named.slice(0, 5), undefined, core.clock.now());
  // "3/4", "from 2 to 3": which one is meant is for the form to ask.
  if ((sentence.match(NUMBERS)?.length ?? 0) > 1) return rateForm(core, skill);
  const inWords = levelIn(sentence);
  const level = statedLevel ?? (inWords === undefined ? undefined : String(inWords));
  if (mentions[0]?.strength === 3) return rate(core, asker, skill.id, level);
  const parsed = level === undefined ? undefined : parseLevel(level);
  return askToPick(text.pickSkill(sentence), [skill], parsed, core.clock.now());
}

/**
 * A press of a level's button (Save, "Python → 2", a rubric level): saves it while its question
 * is open. After that it could overwrite a rating given since, so it only says how to rate now.
 */
export async function saveRatingIfStillAsked(
  core: Core,
  asker: Asker,
  pressed: string,
): Promise<Reply> {
  const { value, open } = readAnswer(pressed, core.clock.now(), ASKED_BACK_OPEN_MS);
  const [skillId = "", rawLevel = ""] = value.split(":");
  const skill = requireSkill(core, skillId);
  const level = parseLevel(rawLevel);
  if (!open) return askedBackExpired(`rate ${skill.id} ${level}`);
  return saveRating(core, asker, skill, level);
}

export async function saveRating(
  core: Core,
  asker: Asker,
  skill: Skill,
  level: number,
): Promise<Reply> {
  const [{ previous: before }] = await Promise.all([
    core.people.rate(asker.person, skill.id, level),
    // "wait no, 2" next is about this skill.
    rememberTopic(core, asker.person, { kind: "skill", id: skill.id }),
  ]);
  return confirmation(core.kb, skill, level, before);
}

/**
 * A level typed with no skill ("rate 2", "make it 2", "wait no, 2"): the skill last talked
 * about (asked the level of, rated, explained) in the last half hour is offered at that level.
 * The skill is only inferred, so a button saves it, never the typed words alone. Right after a
 * quiz question a digit is most likely its answer, which takes a button. With no skill, a
 * digit asks which skill; a rubric word alone ("expert", "I'm aware") is only chat then.
 */
async function rateSkillTalkedAbout(
  core: Core,
  asker: Asker,
  level: number,
  typed: string,
): Promise<Reply> {
  const { skill, quizShownSince } = await skillTalkedAbout(core, asker);
  if (skill) return confirmRating(skill, level, core.clock.now());
  if (quizShownSince) return privateReply([{ kind: "text", text: text.quizAnswerByButton }]);
  if (!/^\d$/.test(typed.trim()))
    return notSure(asker, analyseQuestion(typed, core.kb, core.index), typed);
  const { form } = rateForm(core, undefined);
  return {
    ...privateReply([
      { kind: "text", text: text.levelForWhichSkill(level, core.kb.exampleSkillId) },
    ]),
    ...(form ? { form } : {}),
  };
}

/**
 * The skill talked about in the last half hour, unless a quiz question was shown since (or with
 * it): then a level typed may be that question's answer.
 */
async function skillTalkedAbout(
  core: Core,
  asker: Asker,
): Promise<{ skill?: Skill | undefined; quizShownSince: boolean }> {
  const [talked, quizzed] = await Promise.all([
    recentSkillNoted(core, asker.person),
    core.quizzes.lastShown(asker.person),
  ]);
  const since = core.clock.now().getTime() - FOLLOW_UP_MS;
  const quizAt = quizzed?.at === undefined ? -1 : Date.parse(quizzed.at);
  if (quizAt >= since && quizAt >= (talked?.at ?? -1)) return { quizShownSince: true };
  return { skill: talked && core.kb.skill(talked.id), quizShownSince: false };
}

/** The rating question for a skill, noted as the topic: a level typed next is for it. */
export async function askRatingOf(
  core: Core,
  asker: Asker,
  skill: Skill | undefined,
): Promise<Reply> {
  if (skill) await rememberTopic(core, asker.person, { kind: "skill", id: skill.id });
  return rateForm(core, skill);
}

/**
 * Confirmations by skill, then by level and the level it replaced: nothing else goes into one,
 * so each is built once, frozen and shared, like help, and adapters render it once. A first
 * rating is the common case, and its confirmation had been built and rendered anew each time.
 */
const confirmations = new WeakMap<Skill, Map<string, Reply>>();

function confirmation(
  kb: KnowledgeBase,
  skill: Skill,
  level: number,
  before: number | undefined,
): Reply {
  let forSkill = confirmations.get(skill);
  if (!forSkill) {
    forSkill = new Map();
    confirmations.set(skill, forSkill);
  }
  const key = `${level}:${before ?? ""}`;
  let reply = forSkill.get(key);
  if (!reply) {
    reply = deepFreeze(confirmationReply(kb, skill, level, before));
    forSkill.set(key, reply);
  }
  return reply;
}

function confirmationReply(
  kb: KnowledgeBase,
  skill: Skill,
  level: number,
  before: number | undefined,
): Reply {
  const rubricLevel = level === 0 ? undefined : skill.rubric[level as 1 | 2 | 3 | 4];
  return privateReply([
    {
      kind: "text",
      text: level === 0 ? text.ratedZero(skill.name) : text.rated(skill.name, level, before),
    },
    ...(rubricLevel
      ? [{ kind: "context" as const, text: text.rubricLine(level, rubricLevel) }]
      : []),
    {
      kind: "buttons",
      buttons: [
        ...quizButtonsFor(kb, skill),
        { action: ACTIONS.pathShow, value: `skill:${skill.id}`, label: text.pathButton },
      ],
    },
  ]);
}

/** The rubric as buttons: one press saves that level. */
export function askLevel(skill: Skill, now: Date): Reply {
  return privateReply([
    { kind: "text", text: text.pickLevel(skill.name) },
    {
      kind: "fields",
      fields: RUBRIC_LEVELS.map((level) => ({
        label: levelLabel(level),
        value: [{ text: skill.rubric[level] }],
      })),
    },
    {
      kind: "buttons",
      buttons: [0, ...RUBRIC_LEVELS].map((level) => ({
        action: ACTIONS.rateSet,
        value: askedAt(`${skill.id}:${level}`, now),
        label: `${level} ${levelWord(level)}`,
      })),
    },
  ]);
}

/** The rating form: a skill picker (preset when known) and the rubric as choices. */
export function rateForm(core: Core, skill: Skill | undefined): Reply {
  const form: FormRequest = {
    id: FORMS.rate,
    title: text.rateFormTitle,
    submitLabel: text.rateSave,
    fields: [
      {
        kind: "select",
        id: "skill",
        label: text.rateFormSkill,
        options: core.kb.skills.map((s) => ({ value: s.id, label: s.name })),
        ...(skill ? { initial: skill.id } : {}),
      },
      {
        kind: "radio",
        id: "level",
        label: text.rateFormLevel,
        options: [0, ...RUBRIC_LEVELS].map((level) => {
          const description =
            level === 0 ? "No experience yet" : skill?.rubric[level as 1 | 2 | 3 | 4];
          return {
            value: String(level),
            label: levelLabel(level),
            ...(description ? { description } : {}),
          };
        }),
      },
    ],
  };
  const reply = skill
    ? askLevel(skill, core.clock.now())
    : privateReply([{ kind: "text", text: text.pickLevel("a skill") }]);
  return { ...reply, form };
}
