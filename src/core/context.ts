import type { KnowledgeBase } from "../knowledge/knowledge-base.ts";
import type { MatrixIndex } from "../knowledge/matrix-index.ts";
import type { People } from "../store/people.ts";
import type { QuizBook } from "../store/quiz-book.ts";
import type { Person, Where } from "./events.ts";
import type { Clock, IdSource, Logger, Random } from "./ports.ts";

/** What every feature may use: the matrix, the store's repositories, and injected time and chance. */
export type Core = {
  kb: KnowledgeBase;
  index: MatrixIndex;
  people: People;
  quizzes: QuizBook;
  clock: Clock;
  random: Random;
  ids: IdSource;
  log: Logger;
  /** Whether LLM explanations are configured; `help` says how to turn them on when not. */
  explanationsEnabled: boolean;
};

/** Who is asking and where the answer will be seen. */
export type Asker = { person: Person; where: Where };
