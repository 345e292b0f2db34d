import type { Config } from "./config.ts";
import { Bot } from "./core/bot.ts";
import type { Core } from "./core/context.ts";
import {
  type Clock,
  type IdSource,
  type Logger,
  type Random,
  randomIds,
  systemClock,
  systemRandom,
} from "./core/ports.ts";
import { explainerFromConfig } from "./explain/explainer-from-config.ts";
import { ChannelQuizzes } from "./features/daily/channel-quiz.ts";
import { Schedules } from "./features/daily/schedule.ts";
import { Decks } from "./features/review/deck.ts";
import { KnowledgeBase } from "./knowledge/knowledge-base.ts";
import { loadMatrix } from "./knowledge/load-matrix.ts";
import { MatrixIndex } from "./knowledge/matrix-index.ts";
import { formatProblem, type Problem } from "./knowledge/problem.ts";
import { openStore } from "./store/open-store.ts";
import { People } from "./store/people.ts";
import { QuizBook } from "./store/quiz-book.ts";
import type { RecordStore } from "./store/record-store.ts";

/** The matrix a deployment was told to serve is broken: the bot must not start on it. */
export class MatrixInvalid extends Error {
  override name = "MatrixInvalid";
  readonly problems: Problem[];
  constructor(dir: string, problems: Problem[]) {
    super(`${dir} is not a valid skill matrix:\n${problems.map(formatProblem).join("\n")}`);
    this.problems = problems;
  }
}

export type Booted = {
  bot: Bot;
  core: Core;
  store: RecordStore;
  /**
   * Aborts in-flight model calls, each settling on the plain answer. Call it before draining the
   * adapters: their in-flight work waits on explanations, which can take OPENAI_TIMEOUT_MS.
   */
  stopExplaining(): Promise<void>;
  /** Stops explaining, then closes the store. */
  close(): Promise<void>;
};

/** Loads and validates the matrix, opens the store, and builds the bot: shared by `npm start` and the CLI. */
export async function bootCore(options: {
  config: Config;
  log: Logger;
  clock?: Clock;
  random?: Random;
  ids?: IdSource;
  store?: RecordStore;
}): Promise<Booted> {
  const { config, log } = options;
  const loaded = loadMatrix(config.SKILLBOT_MATRIX);
  if (!loaded.ok) throw new MatrixInvalid(config.SKILLBOT_MATRIX, loaded.problems);
  const kb = new KnowledgeBase(loaded.matrix);
  const store = options.store ?? (await openStore(config.STORE_URL, log));
  const clock = options.clock ?? systemClock;
  const random = options.random ?? systemRandom;
  const core: Core = {
    kb,
    index: new MatrixIndex(kb),
    people: new People(store, clock),
    quizzes: new QuizBook(store, clock),
    schedules: new Schedules(store),
    channels: new ChannelQuizzes(store),
    decks: new Decks(store),
    store,
    admins: config.SKILLBOT_ADMINS,
    clock,
    random,
    ids: options.ids ?? randomIds(random),
    log,
    explanationsEnabled: Boolean(config.OPENAI_API_KEY),
  };
  const explainer = explainerFromConfig(config, { ...core, store });
  if (explainer) core.explainer = explainer;
  // Whichever explainer the core holds by then (tests swap in their own).
  const stopExplaining = async () => {
    await core.explainer?.stop();
  };
  return {
    bot: new Bot(core),
    core,
    store,
    stopExplaining,
    close: async () => {
      await stopExplaining();
      await store.close();
    },
  };
}
