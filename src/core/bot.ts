import { analyseQuestion, notInMatrix, type QuestionAnalysis } from "../features/ask.ts";
import { dailyCommand } from "../features/daily/daily-command.ts";
import { leaderboard, showStreak } from "../features/daily/leaderboard.ts";
import {
  explainArea,
  explainNamed,
  explainSkill,
  explainTrack,
} from "../features/explain-skill.ts";
import { confirmForget, forgetPerson } from "../features/forget-me.ts";
import { showHelp, showOverview, smallTalk } from "../features/help.ts";
import { homeFor } from "../features/home.ts";
import { cueText, type Intent } from "../features/intent.ts";
import { SETS_TRACK_OUTRIGHT } from "../features/intent-cues.ts";
import type { PathTopic } from "../features/learning-path.ts";
import { learningPathFor } from "../features/learning-path.ts";
import {
  findMentors,
  mentorsByArea,
  mentorsForBiggestGap,
  setMentor,
} from "../features/mentors.ts";
import { showProfile } from "../features/profile.ts";
import { answerQuiz, startQuiz } from "../features/quiz.ts";
import { parseLevel, rate, rateForm, rateFromSentence, saveRating } from "../features/rate.ts";
import {
  entityOf,
  levelsOf,
  requireSkill,
  resolveSkill,
  resolveTopic,
  trackOf,
} from "../features/resolve.ts";
import { review, setReviewNudge } from "../features/review/review.ts";
import { showPath } from "../features/show-path.ts";
import { chooseTrack } from "../features/track.ts";
import type { Skill } from "../knowledge/schema.ts";
import { ACTIONS, FORMS } from "./actions.ts";
import { commandFromText } from "./command-text.ts";
import type { Asker, Core } from "./context.ts";
import { SkillbotError } from "./errors.ts";
import { type Command, type IncomingEvent, personId } from "./events.ts";
import { Turns } from "./in-flight.ts";
import { errorText, text } from "./messages.ts";
import { type Block, privateReply, type Reply } from "./reply.ts";

/**
 * How long a person's command waits for their previous one: far beyond any healthy command
 * (milliseconds), so only a hung one is given up on, and then the person is answered anyway.
 */
const TURN_PATIENCE_MS = 5_000;

const sleep = (ms: number, cancelled: AbortSignal) =>
  new Promise<void>((resolve) => {
    // Unref'd: a wait still pending must not keep a stopping process alive.
    const timer = setTimeout(resolve, ms).unref();
    cancelled.addEventListener("abort", () => clearTimeout(timer), { once: true });
  });

/**
 * The platform-agnostic bot: a neutral event in, a neutral reply out. It never throws: coded
 * errors become friendly private replies, anything else an apology (and a log line with the cause).
 */
export class Bot {
  readonly core: Core;
  readonly #turns: Turns;

  /** `turnPatience`: how long a person's command waits for their previous one (tests settle it by hand). */
  constructor(
    core: Core,
    options: { turnPatience?: (cancelled: AbortSignal) => Promise<void> } = {},
  ) {
    this.core = core;
    this.#turns = new Turns({
      patience: options.turnPatience ?? ((cancelled) => sleep(TURN_PATIENCE_MS, cancelled)),
      onWaitedOut: () =>
        core.log.warn(
          { waitedMs: TURN_PATIENCE_MS },
          "a person's previous request is still running",
        ),
    });
  }

  /**
   * One person's events are handled one at a time (in this process), so two commands at once,
   * say a rating and forget-me, cannot interleave their writes and leave half of each behind.
   */
  handle(event: IncomingEvent): Promise<Reply> {
    return this.#turns.take(personId(event.person), () => this.#handle(event));
  }

  async #handle(event: IncomingEvent): Promise<Reply> {
    const asker: Asker = {
      person: event.person,
      where: event.where,
      ...(event.canManageChannel === undefined ? {} : { canManageChannel: event.canManageChannel }),
      ...(event.timezone === undefined ? {} : { timezone: event.timezone }),
    };
    try {
      switch (event.type) {
        case "text":
          return await this.#typed(asker, event.text);
        case "command":
          return await this.run(asker, event.command);
        case "action":
          return await this.#action(asker, event.action, event.value);
        case "form":
          return await this.#form(asker, event.form, event.values);
      }
    } catch (error) {
      return this.#failure(error, event);
    }
  }

  /**
   * Typed text. A command word can start a sentence ("mentors for python", "track my progress"):
   * when what follows it names nothing the command knows, the sentence is answered as a
   * question, if it reads as one; otherwise the command's own friendly error stands.
   */
  async #typed(asker: Asker, typed: string): Promise<Reply> {
    const command = commandFromText(typed);
    try {
      return await this.run(asker, command);
    } catch (error) {
      if (
        !(error instanceof SkillbotError) ||
        !readsAsQuestion(error, command, this.analyse(typed))
      )
        throw error;
      return this.#ask(asker, typed);
    }
  }

  /** Runs one command. Public so the CLI can call commands it has already parsed. */
  async run(asker: Asker, command: Command): Promise<Reply> {
    const core = this.core;
    switch (command.name) {
      case "ask":
        return this.#ask(asker, command.text);
      case "help":
        return showHelp(core, asker);
      case "path":
        return showPath(core, asker, command.topic ? resolveTopic(core, command.topic) : undefined);
      case "explain":
        return explainNamed(core, asker, command.skill);
      case "rate":
        return this.#rate(asker, command.skill, command.level);
      case "profile":
        return showProfile(core, asker, command.track);
      case "track":
        return chooseTrack(core, asker, command.track);
      case "mentor":
        if (!command.skill)
          throw new SkillbotError({
            code: "MissingArgument",
            command: "mentor",
            example: `mentor ${core.kb.exampleSkillId}`,
          });
        return mentorsFor(core, asker, resolveTopic(core, command.skill));
      case "mentor-optin":
        return setMentor(core, asker, command.on);
      case "quiz":
        return startQuiz(
          core,
          asker,
          command.topic ? resolveTopic(core, command.topic) : undefined,
        );
      case "forget-me":
        return confirmForget();
      case "quiz-daily":
        return dailyCommand(core, asker, command.action, command.options);
      case "quiz-streak":
        return showStreak(core, asker);
      case "quiz-leaderboard":
        return leaderboard(core, asker, command.period, command.listed);
      case "review":
        return command.nudge === undefined
          ? review(core, asker)
          : setReviewNudge(core, asker, command.nudge);
    }
  }

  /** The person's home page (Slack App Home). Never throws: a failure shows the error text. */
  home(asker: Asker): Promise<Reply> {
    return this.#turns.take(personId(asker.person), async () => {
      try {
        return await homeFor(this.core, asker);
      } catch (error) {
        return this.#failure(error, { type: "command", ...asker, command: { name: "profile" } });
      }
    });
  }

  /** What a question is about, for `ask --json` and for answering it. */
  analyse(text: string): QuestionAnalysis {
    return analyseQuestion(text, this.core.kb, this.core.index);
  }

  async #ask(asker: Asker, question: string): Promise<Reply> {
    const core = this.core;
    const analysis = this.analyse(question);
    // "what is terraform", "who knows terraform": said plainly, not "I'm not sure what you mean".
    const outside = notInMatrix(asker, analysis);
    if (outside) return outside;
    const skill = analysis.named ? analysis.skills[0] : undefined;
    const area = analysis.named ? analysis.areas[0] : undefined;
    const track = analysis.tracks[0];
    const namedTrack = analysis.namedTracks[0];
    // The most specific thing named, in the order that suits the intent.
    const about = (...kinds: PathTopic["kind"][]): PathTopic | undefined => {
      for (const kind of kinds) {
        const found = kind === "track" ? track : kind === "skill" ? skill : area;
        if (found) return ref(kind, found.id);
      }
      return undefined;
    };
    switch (analysis.intent) {
      case "learning-path": {
        if (!analysis.named && analysis.uncovered !== undefined)
          return notCovered(asker, analysis.uncovered, analysis.skills);
        // "docker or kubernetes first?": the path to the one that builds on the other shows both, in order.
        const later = builtOnLast(core, analysis.namedSkills);
        if (later && !namedTrack) return showPath(core, asker, ref("skill", later.id));
        return showPath(core, asker, about("track", "skill", "area"));
      }
      case "explain-skill":
        // The question goes along: when it asks more than a name, the explanation answers it.
        if (skill) return explainSkill(core, asker, skill, question, analysis.skills);
        // "compare ml engineer and mlops tracks": the tracks side by side.
        if (analysis.namedTracks.length > 1) return chooseTrack(core, asker, undefined);
        if (namedTrack) return explainTrack(core, asker, namedTrack.id);
        if (area) return explainArea(core, asker, area.id, question);
        return this.#notSure(asker, analysis);
      case "find-mentor":
        if (skill) return findMentors(core, asker, ref("skill", skill.id));
        if (area) return findMentors(core, asker, ref("area", area.id));
        if (!analysis.named) return mentorsForBiggestGap(core, asker);
        return this.#notSure(asker, analysis);
      case "become-mentor":
        return privateReply([
          {
            kind: "text",
            text: text.mentorHowTo(
              analysis.namedSkills[0]?.name,
              `rate ${analysis.namedSkills[0]?.id ?? core.kb.exampleSkillId} 3`,
            ),
          },
        ]);
      case "quiz":
        if (!analysis.named && analysis.aboutGaps)
          return startQuiz(core, asker, await this.#biggestGap(asker));
        return startQuiz(core, asker, about("skill", "area", "track"));
      case "rate": {
        const named = analysis.namedSkills;
        // "strong in pytorch and weak in tensorflow": one level for both would be a guess.
        if (named.length > 1) return oneAtATime(named);
        const rated = named[0] ?? skill;
        if (!rated) return rateForm(core, undefined);
        return analysis.level === undefined
          ? rate(core, asker, rated.id, undefined)
          : confirmRating(rated, analysis.level);
      }
      case "forget-rating": {
        const rated = analysis.namedSkills[0];
        return privateReply([
          {
            kind: "text",
            text: text.forgetRating(rated?.name ?? "it", rated?.id ?? core.kb.exampleSkillId),
          },
        ]);
      }
      case "profile":
        return showProfile(core, asker, undefined);
      case "track":
        // "set my track to mlops" picks it; "which track am I on" lists them with the current one.
        // Any other mention of a track ("use the mlops track as an example") is asked about first.
        if (namedTrack && !SETS_TRACK_OUTRIGHT.test(cueText(question))) {
          const current = (await core.people.get(asker.person)).track;
          return current === namedTrack.id
            ? chooseTrack(core, asker, undefined)
            : confirmTrack(namedTrack);
        }
        return chooseTrack(core, asker, namedTrack?.id);
      case "overview":
        return showOverview(core, asker);
      case "help":
        return showHelp(core, asker);
      case "small-talk":
        return smallTalk(asker, question);
      case "unknown":
        return this.#notSure(asker, analysis);
    }
  }

  /** The first skill of the person's own path that has quiz questions: their biggest gap. */
  async #biggestGap(asker: Asker): Promise<PathTopic | undefined> {
    const core = this.core;
    const record = await core.people.get(asker.person);
    const track = trackOf(core, record.track);
    const path = learningPathFor(
      core.kb,
      track ? ref("track", track.id) : undefined,
      levelsOf(record.ratings),
      track,
    );
    const step = path.steps.find((s) => core.kb.questionsFor(s.skill.id).length > 0);
    return step ? ref("skill", step.skill.id) : undefined;
  }

  /** Says honestly that nothing matched well, and offers the three closest skills. */
  #notSure(asker: Asker, analysis: QuestionAnalysis): Reply {
    const closest = analysis.skills.slice(0, 3);
    const blocks: Block[] = [{ kind: "text", text: text.unknown }];
    if (closest.length > 0) {
      blocks.push({ kind: "text", text: text.unknownClosest });
      blocks.push({
        kind: "buttons",
        buttons: closest.map((s) => ({
          action: ACTIONS.explainSkill,
          value: s.id,
          label: text.explainButton(s.name),
        })),
      });
    } else blocks.push({ kind: "text", text: text.unknownNothing });
    return {
      ...privateReply(blocks),
      visibility: asker.where.audience === "private" ? "private" : "public",
    };
  }

  async #rate(
    asker: Asker,
    skillTerm: string | undefined,
    level: string | undefined,
  ): Promise<Reply> {
    if (skillTerm && resolveSkill(this.core, skillTerm).kind !== "skill") {
      // "rate me 3 on sql" is not `rate <skill> <level>`, but it may be clear as a sentence.
      const read = await rateFromSentence(
        this.core,
        asker,
        `${skillTerm} ${level ?? ""}`.trim(),
        level,
      );
      if (read) return read;
    }
    return rate(this.core, asker, skillTerm, level);
  }

  async #action(asker: Asker, action: string, value: string): Promise<Reply> {
    const core = this.core;
    switch (action) {
      case ACTIONS.quizAnswer:
        return answerQuiz(core, asker, value);
      case ACTIONS.quizNext:
        return startQuiz(core, asker, topicFromValue(core, value));
      case ACTIONS.rateOpen:
        return rateForm(core, value ? core.kb.skill(value) : undefined);
      case ACTIONS.rateSet: {
        const [skillId = "", level = ""] = value.split(":");
        return saveRating(core, asker, requireSkill(core, skillId), parseLevel(level));
      }
      case ACTIONS.explainSkill:
        return explainSkill(core, asker, requireSkill(core, value));
      case ACTIONS.pathShow:
        return showPath(core, asker, topicFromValue(core, value));
      case ACTIONS.forgetConfirm:
        return forgetPerson(core, asker);
      case ACTIONS.forgetCancel:
        return privateReply([{ kind: "text", text: text.forgetCancelled }]);
      case ACTIONS.reviewStart:
        return review(core, asker);
      case ACTIONS.trackSet:
        if (!core.kb.track(value)) throw new SkillbotError({ code: "ButtonOutdated" });
        return chooseTrack(core, asker, value);
      default:
        core.log.warn({ action }, "unknown action");
        throw new SkillbotError({ code: "QuizRoundGone" });
    }
  }

  async #form(asker: Asker, form: string, values: Record<string, string>): Promise<Reply> {
    if (form !== FORMS.rate) throw new SkillbotError({ code: "QuizRoundGone" });
    const skillTerm = values.skill?.trim();
    if (!skillTerm)
      throw new SkillbotError({
        code: "MissingArgument",
        command: "rate",
        example: `rate ${this.core.kb.exampleSkillId} 3`,
      });
    if (values.level === undefined || values.level === "")
      return rate(this.core, asker, skillTerm, undefined);
    return saveRating(
      this.core,
      asker,
      requireSkill(this.core, skillTerm),
      parseLevel(values.level),
    );
  }

  #failure(error: unknown, event: IncomingEvent): Reply {
    if (error instanceof SkillbotError) {
      if (error.code === "StoreUnavailable")
        this.core.log.warn({ err: error.cause, type: event.type }, "store unavailable");
      return privateReply([{ kind: "text", text: errorText(error.details) }]);
    }
    this.core.log.error(
      { err: error, type: event.type, platform: event.person.platform },
      "request failed",
    );
    return privateReply([{ kind: "text", text: text.unexpectedError }]);
  }
}

const ref = <K extends PathTopic["kind"]>(kind: K, id: string) => ({ kind, id });

/** The intent a command word stands for, when it has one. */
const COMMAND_INTENT: Partial<Record<Command["name"], Intent>> = {
  path: "learning-path",
  explain: "explain-skill",
  mentor: "find-mentor",
  quiz: "quiz",
  rate: "rate",
  profile: "profile",
  track: "track",
};

/**
 * Whether a typed command whose words named nothing known ("mentors for python", "track my
 * progress") is better answered as a question. One unknown word stays the command's error
 * ("learn rust", "quiz xyzzy"): a typo or a name the matrix lacks. A sentence is a question
 * when it names something, asks for something else than the command does, or asks about the
 * person's own gaps.
 */
function readsAsQuestion(error: SkillbotError, command: Command, analysis: QuestionAnalysis) {
  const details = error.details;
  if (
    command.name === "ask" ||
    !(
      details.code === "SkillNotFound" ||
      details.code === "TopicNotFound" ||
      details.code === "TrackNotFound"
    ) ||
    !/\s/.test(details.term.trim())
  )
    return false;
  const differs = analysis.intent !== "unknown" && analysis.intent !== COMMAND_INTENT[command.name];
  return analysis.named || differs || analysis.aboutGaps;
}

/** Of skills named together, the one that builds on another of them (directly or further back). */
function builtOnLast(core: Core, skills: readonly Skill[]): Skill | undefined {
  if (skills.length < 2) return undefined;
  const ids = new Set(skills.map((s) => s.id));
  const buildsOnAnother = (skill: Skill): boolean => {
    const seen = new Set<string>();
    const stack = [...skill.prerequisites];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (ids.has(id)) return true;
      stack.push(...(core.kb.skill(id)?.prerequisites ?? []));
    }
    return false;
  };
  return skills.find(buildsOnAnother);
}

/**
 * A topic the matrix does not cover ("how do I learn terraform"): said plainly, with the closest
 * skills it does have, rather than a general path that looks like an answer.
 */
function notCovered(asker: Asker, term: string, related: readonly Skill[]): Reply {
  const closest = related.slice(0, 3);
  const blocks: Block[] = [
    {
      kind: "text",
      text: errorText({
        code: "TopicNotFound",
        term,
        suggestions: closest.map((s) => s.name),
      }),
    },
    {
      kind: "buttons",
      buttons: [
        ...closest.map((s) => ({
          action: ACTIONS.explainSkill,
          value: s.id,
          label: text.explainButton(s.name),
        })),
        { action: ACTIONS.pathShow, value: "", label: text.pathButton },
      ],
    },
  ];
  return {
    ...privateReply(blocks),
    visibility: asker.where.audience === "private" ? "private" : "public",
  };
}

/** Two skills rated in one sentence: each gets its own form, so no level lands on the wrong one. */
function oneAtATime(skills: readonly Skill[]): Reply {
  return privateReply([
    { kind: "text", text: text.oneRatingAtATime },
    {
      kind: "buttons",
      buttons: skills.slice(0, 5).map((s) => ({
        action: ACTIONS.rateOpen,
        value: s.id,
        label: s.name,
      })),
    },
  ]);
}

function confirmRating(skill: { id: string; name: string }, level: number): Reply {
  return privateReply([
    { kind: "text", text: text.confirmRating(skill.name, level) },
    {
      kind: "buttons",
      buttons: [
        {
          action: ACTIONS.rateSet,
          value: `${skill.id}:${level}`,
          label: text.rateSave,
          style: "primary",
        },
      ],
    },
  ]);
}

function confirmTrack(track: { id: string; name: string }): Reply {
  return privateReply([
    { kind: "text", text: text.confirmTrack(track.name) },
    {
      kind: "buttons",
      buttons: [
        { action: ACTIONS.trackSet, value: track.id, label: text.trackSwitch, style: "primary" },
      ],
    },
  ]);
}

/**
 * The topic a button names ("skill:sql", "track:ml-engineer"), or none. A button from before a
 * matrix change may name what is gone: it says so, rather than showing a path for a name.
 */
function topicFromValue(core: Core, value: string): PathTopic | undefined {
  const [kind, id] = value.split(":");
  if (!((kind === "skill" || kind === "area" || kind === "track") && id)) return undefined;
  if (!entityOf(core, { kind, id })) throw new SkillbotError({ code: "ButtonOutdated" });
  return { kind, id };
}

/** Mentors are listed per skill or area; a track is too broad a list, so the person hears where to look. */
function mentorsFor(core: Core, asker: Asker, topic: PathTopic): Promise<Reply> | Reply {
  if (topic.kind === "track") return mentorsByArea(core, asker, topic.id);
  return findMentors(core, asker, { kind: topic.kind, id: topic.id });
}
