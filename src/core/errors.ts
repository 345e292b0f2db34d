/**
 * The few ways a request can fail that a person should hear about. Each carries a stable code
 * (tests assert it) and the details the friendly message needs; `messages.ts` turns them into
 * words, in one place.
 */
export type SkillbotErrorDetails =
  | { code: "SkillNotFound"; term: string; suggestions: string[] }
  | { code: "SkillAmbiguous"; term: string; candidates: string[] }
  | { code: "TopicNotFound"; term: string; suggestions: string[] }
  | { code: "TrackNotFound"; term: string; tracks: string[] }
  | { code: "InvalidRating"; raw: string }
  | { code: "MissingArgument"; command: string; example: string }
  /** A word after a command that is none of its options ("quiz leaderboard month"); `accepted` are whole commands. */
  | { code: "InvalidOption"; command: string; given: string; accepted: string[] }
  /** `topic` undefined: the matrix has no quiz questions at all. */
  | { code: "NoQuestions"; topic: string | undefined }
  | { code: "QuizRoundGone" }
  /** A button from an older message: what it names is no longer in the matrix. */
  | { code: "ButtonOutdated" }
  | { code: "StoreUnavailable" }
  | { code: "NotAllowed"; what: string };

export type ErrorCode = SkillbotErrorDetails["code"];

export class SkillbotError extends Error {
  override name = "SkillbotError";
  readonly details: SkillbotErrorDetails;

  constructor(details: SkillbotErrorDetails, options?: { cause?: unknown }) {
    super(details.code, options);
    this.details = details;
  }

  get code(): ErrorCode {
    return this.details.code;
  }
}

export const isSkillbotError = (error: unknown, code?: ErrorCode): error is SkillbotError =>
  error instanceof SkillbotError && (code === undefined || error.code === code);

/** What was thrown, as one line of text: an Error's message, anything else as a string. */
export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
