import type { Asker } from "../core/context.ts";
import type { RichText } from "../core/rich-text.ts";
import type { Resource, Skill } from "../knowledge/schema.ts";

/** What the explanation is for: `explain <skill>`, a free question, a quiz reveal, a learning path. */
export type ExplainKind = "skill" | "question" | "quiz-why" | "path";

export type ExplainRequest = {
  kind: ExplainKind;
  asker: Asker;
  /** The skills the answer may draw on, the main one first. */
  skills: readonly Skill[];
  /** What the person typed ("question" only): data for the model, never instructions. */
  question?: string;
  /** Matrix facts that frame the task (the quiz question and answers, the path's order). */
  facts?: Readonly<Record<string, unknown>>;
};

/** A grounded explanation: cleaned prose, the matrix skills it cites, the matrix resources it recommends. */
export type Explanation = {
  prose: RichText;
  sources: Skill[];
  resources: Resource[];
};

export type ExplainOutcome =
  | { ok: true; explanation: Explanation; cached: boolean }
  | { ok: false; reason: "unavailable" | "quota" | "failed" | "ungrounded" };

/** What the core uses (`core.explainer`); absent when no OpenAI key is configured. */
export type Explainer = {
  /** False while the circuit breaker is open: features then skip the "thinking" step. */
  available(): boolean;
  /** Never rejects: every failure is an outcome the caller turns into the plain answer. */
  explain(request: ExplainRequest): Promise<ExplainOutcome>;
  /** The daily quota per person (0: none), for the message when it is reached. */
  readonly dailyQuota: number;
  /**
   * For shutdown: aborts in-flight model calls and resolves once each explanation has settled
   * (on the plain answer); later ones are unavailable.
   */
  stop(): Promise<void>;
};
