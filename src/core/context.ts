import type { Explainer } from "../explain/explainer.ts";
import type { ChannelQuizzes } from "../features/daily/channel-quiz.ts";
import type { Schedules } from "../features/daily/schedule.ts";
import type { Decks } from "../features/review/deck.ts";
import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixIndex } from "../knowledge/matrix-index.ts";
import type { People } from "../store/people.ts";
import type { QuizBook } from "../store/quiz-book.ts";
import type { RecordStore } from "../store/record-store.ts";
import type { Person, Where } from "./events.ts";
import type { Clock, IdSource, Logger, Random } from "./ports.ts";

/** What every feature may use: the matrix, the store's repositories, and injected time and chance. */
export type Core = {
  kb: KnowledgeBase;
  index: MatrixIndex;
  people: People;
  quizzes: QuizBook;
  /** Daily channel quizzes: schedules, and each channel's posts and streaks. */
  schedules: Schedules;
  channels: ChannelQuizzes;
  /** Spaced-repetition decks of missed questions. */
  decks: Decks;
  /** The store itself, for once-only claims (daily posts, reminders). */
  store: RecordStore;
  /** Admin user ids from SKILLBOT_ADMINS: may manage channel settings on any platform. */
  admins: readonly string[];
  clock: Clock;
  random: Random;
  ids: IdSource;
  log: Logger;
  /** Whether LLM explanations are configured; `help` says how to turn them on when not. */
  explanationsEnabled: boolean;
  /** LLM explanations grounded in the matrix; absent without OPENAI_API_KEY (plain answers only). */
  explainer?: Explainer;
};

/** Who is asking and where the answer will be seen, with what the platform knows of their rights and time zone. */
export type Asker = { person: Person; where: Where; canManageChannel?: boolean; timezone?: string };
