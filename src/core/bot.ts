import { answerQuestion } from "../features/answer-question.ts";
import { analyseQuestion, type QuestionAnalysis } from "../features/ask.ts";
import { rememberSkillsOffered } from "../features/conversation-topic.ts";
import { dailyCommand } from "../features/daily/daily-command.ts";
import { leaderboard, showStreak } from "../features/daily/leaderboard.ts";
import { explainNamed, explainSkill } from "../features/explain-skill.ts";
import { followUp, mayFollowUp, privately } from "../features/follow-up.ts";
import { confirmForget, forgetIfStillAsked } from "../features/forget-me.ts";
import { showHelp } from "../features/help.ts";
import { homeFor } from "../features/home.ts";
import type { Intent } from "../features/intent.ts";
import type { PathTopic } from "../features/learning-path.ts";
import {
  findMentors,
  mentorsByArea,
  setMentor,
  setMentorIfStillAsked,
} from "../features/mentors.ts";
import { showProfile } from "../features/profile.ts";
import { answerQuiz, isAnotherQuestion, startQuiz } from "../features/quiz.ts";
import {
  askRatingOf,
  rate,
  rateFromSentence,
  saveRating,
  saveRatingIfStillAsked,
} from "../features/rate.ts";
import { entityOf, requireSkill, resolveSkill, resolveTopic } from "../features/resolve.ts";
import { review, setReviewNudge } from "../features/review/review.ts";
import { showPath } from "../features/show-path.ts";
import { chooseTrack, chooseTrackIfStillAsked } from "../features/track.ts";
import { parseLevel } from "../features/typed-level.ts";
import { ACTIONS, FORMS } from "./actions.ts";
import { commandFromText } from "./command-text.ts";
import type { Asker, Core } from "./context.ts";
import { SkillbotError } from "./errors.ts";
import { type Command, type IncomingEvent, personId } from "./events.ts";
import { Turns } from "./in-flight.ts";
import { errorText, text } from "./messages.ts";
import { privateReply, type Reply } from "./reply.ts";

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
      const reply = await this.#answer(asker, event);
      // A chooser names several skills, "Set SQL to 2?" one: what "it" means next
      // (conversation-topic.ts, which never fails an answer over it).
      await rememberSkillsOffered(this.core, asker.person, reply);
      return reply;
    } catch (error) {
      return this.#failure(error, event);
    }
  }

  #answer(asker: Asker, event: IncomingEvent): Promise<Reply> {
    switch (event.type) {
      case "text":
        return this.#typed(asker, event.text);
      case "command":
        return this.run(asker, event.command);
      case "action":
        return this.#action(asker, event.action, event.value);
      case "form":
        return this.#form(asker, event.form, event.values);
    }
  }

  /**
   * Typed text. A command word can start a sentence ("mentors for python", "track my progress"):
   * when what follows it names nothing the command knows, the sentence is answered as a
   * question, if it reads as one; otherwise the command's own friendly error stands.
   */
  async #typed(asker: Asker, said: string): Promise<Reply> {
    // "quiz me on it", "and after that?": the person's last topic, read only when referred to.
    const followed = mayFollowUp(said) ? await followUp(this.core, asker, said) : undefined;
    if (followed && "reply" in followed) return followed.reply;
    const typed = followed?.typed ?? said;
    // "explain the first one" names a gap of theirs, perhaps from a DM: not for the channel.
    const answering = followed ? privately(asker) : asker;
    const command = commandFromText(typed, this.core.index);
    try {
      return await this.run(answering, command);
    } catch (error) {
      if (!(error instanceof SkillbotError)) throw error;
      const analysis = this.analyse(typed);
      if (!readsAsQuestion(error, command, analysis)) throw error;
      return answerQuestion(this.core, answering, typed, analysis);
    }
  }

  /** Runs one command. Public so the CLI can call commands it has already parsed. */
  async run(asker: Asker, command: Command): Promise<Reply> {
    const core = this.core;
    switch (command.name) {
      case "ask":
        return answerQuestion(core, asker, command.text, this.analyse(command.text));
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
        return confirmForget(core.clock.now());
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
        // The answer's "Another question" goes on at the level just answered.
        return startQuiz(
          core,
          asker,
          topicFromValue(core, value),
          undefined,
          isAnotherQuestion(value),
        );
      case ACTIONS.rateOpen:
        return askRatingOf(core, asker, value ? core.kb.skill(value) : undefined);
      case ACTIONS.rateSet:
        return saveRatingIfStillAsked(core, asker, value);
      case ACTIONS.explainSkill:
        return explainSkill(core, asker, requireSkill(core, value));
      case ACTIONS.pathShow:
        return showPath(core, asker, topicFromValue(core, value));
      case ACTIONS.forgetConfirm:
        return forgetIfStillAsked(core, asker, value);
      case ACTIONS.forgetCancel:
        return privateReply([{ kind: "text", text: text.forgetCancelled }]);
      case ACTIONS.reviewStart:
        return review(core, asker);
      case ACTIONS.mentorSet:
        return setMentorIfStillAsked(core, asker, value);
      case ACTIONS.trackSet:
        return chooseTrackIfStillAsked(core, asker, value);
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
