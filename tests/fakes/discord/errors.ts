// Discord's JSON error bodies (`{ code, message, errors? }`), with the codes the fake answers.
// @discordjs/rest turns any 4xx JSON body into a DiscordAPIError carrying `code` and `status`.

export const DiscordErrorCode = {
  General: 0,
  UnknownApplication: 10002,
  UnknownChannel: 10003,
  UnknownGuild: 10004,
  UnknownMessage: 10008,
  UnknownUser: 10013,
  UnknownWebhook: 10015,
  UnknownInteraction: 10062,
  UnknownApplicationCommand: 10063,
  InteractionAlreadyAcknowledged: 40060,
  MissingAccess: 50001,
  CannotEditOtherUsersMessage: 50005,
  CannotSendEmptyMessage: 50006,
  InvalidWebhookToken: 50027,
  InvalidFormBody: 50035,
} as const;

/** Discord's nested `errors`: `{ content: { _errors: [{ code, message }] } }`. */
export interface ErrorTree {
  [key: string]: ErrorTree | FieldError[];
}

export interface FieldError {
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: ErrorTree;
}

export interface RestReply {
  status: number;
  /** undefined: an empty body with no Content-Type, as Discord's 204s. */
  body?: unknown;
  headers?: Record<string, string>;
}

export function errorReply(status: number, code: number, message: string): RestReply {
  const body: DiscordErrorBody = { code, message };
  return { status, body };
}

export const unknownRoute = (): RestReply => errorReply(404, 0, "404: Not Found");
export const unauthorized = (): RestReply => errorReply(401, 0, "401: Unauthorized");
export const unknownInteraction = (): RestReply =>
  errorReply(404, DiscordErrorCode.UnknownInteraction, "Unknown interaction");
export const unknownMessage = (): RestReply =>
  errorReply(404, DiscordErrorCode.UnknownMessage, "Unknown Message");
export const unknownChannel = (): RestReply =>
  errorReply(404, DiscordErrorCode.UnknownChannel, "Unknown Channel");

/** 400 Invalid Form Body with one error per field path (e.g. "content" or "data.choices"). */
export function invalidFormBody(fieldErrors: ReadonlyArray<[path: string, FieldError]>): RestReply {
  const errors: ErrorTree = {};
  for (const [path, error] of fieldErrors) {
    let node = errors;
    for (const key of path.split(".")) {
      const child = node[key];
      const next: ErrorTree = child === undefined || Array.isArray(child) ? {} : child;
      node[key] = next;
      node = next;
    }
    const existing = node._errors;
    node._errors = Array.isArray(existing) ? [...existing, error] : [error];
  }
  const body: DiscordErrorBody = {
    code: DiscordErrorCode.InvalidFormBody,
    message: "Invalid Form Body",
    errors,
  };
  return { status: 400, body };
}
