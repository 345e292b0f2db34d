// What the fake REST API records for each request, how a test picks requests out, and the
// failures a test scripts for the next N matching requests (`failNext`).
import type { RestReply } from "./errors.ts";

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

export interface RestRequest {
  method: string;
  /** After `/api/v10`, URL-decoded: `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The matched route template, e.g. `POST /interactions/:id/:token/callback`; null if unknown. */
  route: string | null;
  query: Record<string, string>;
  /** Parsed JSON body, or `payload_json` of a multipart body; undefined when there is none. */
  body: unknown;
  files: RecordedFile[];
  /** Lower-cased header names. */
  headers: Record<string, string>;
}

export interface RecordedCall extends RestRequest {
  status: number;
  /** The JSON the fake answered with; undefined for an empty (204) answer. */
  response: unknown;
}

export type CallMatcher =
  | ((call: RestRequest) => boolean)
  | { method?: string; path?: string | RegExp; route?: string };

export function callMatches(matcher: CallMatcher, call: RestRequest): boolean {
  if (typeof matcher === "function") return matcher(call);
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== call.method) return false;
  if (matcher.route !== undefined && matcher.route !== call.route) return false;
  if (typeof matcher.path === "string" && matcher.path !== call.path) return false;
  if (matcher.path instanceof RegExp && !matcher.path.test(call.path)) return false;
  return true;
}

export function describeMatcher(matcher: CallMatcher): string {
  if (typeof matcher === "function") return `a call matching ${matcher.name || "a predicate"}`;
  const parts = [matcher.method, matcher.route, matcher.path?.toString()].filter(Boolean);
  return `a call ${parts.join(" ")}`;
}

export function describeCall(call: RecordedCall): string {
  return `${call.method} ${call.path} -> ${call.status}`;
}

export interface FailureSpec {
  status: number;
  /** Discord's JSON error code, e.g. 10062 (Unknown interaction); 0 by default. */
  code?: number;
  message?: string;
  /** Seconds, for 429s: sent as Retry-After and `retry_after` (fractions keep tests fast). */
  retryAfter?: number;
  /** For 429s: a global rate limit rather than a per-route one. */
  global?: boolean;
  /** How many matching calls fail; 1 by default. */
  times?: number;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: "400: Bad Request",
  401: "401: Unauthorized",
  403: "Missing Permissions",
  404: "404: Not Found",
  429: "You are being rate limited.",
  500: "500: Internal Server Error",
  502: "502: Bad Gateway",
  503: "503: Service Unavailable",
};

export function failureReply(spec: FailureSpec): RestReply {
  const message = spec.message ?? DEFAULT_MESSAGES[spec.status] ?? `${spec.status}: Error`;
  if (spec.status !== 429) return { status: spec.status, body: { code: spec.code ?? 0, message } };
  const retryAfter = spec.retryAfter ?? 0.05;
  const global = spec.global ?? false;
  return {
    status: 429,
    body: { message, retry_after: retryAfter, global, ...(spec.code ? { code: spec.code } : {}) },
    headers: {
      "retry-after": String(retryAfter),
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset-after": String(retryAfter),
      "x-ratelimit-scope": global ? "global" : "user",
      ...(global ? { "x-ratelimit-global": "true" } : {}),
    },
  };
}

interface ScriptedFailure {
  matcher: CallMatcher;
  spec: FailureSpec;
  remaining: number;
}

export interface FailureScript {
  add(matcher: CallMatcher, spec: FailureSpec): void;
  /** The scripted failure for this request, if any; consumes one of its `times`. */
  take(request: RestRequest): RestReply | undefined;
}

export function createFailureScript(): FailureScript {
  const scripted: ScriptedFailure[] = [];
  return {
    add(matcher, spec) {
      scripted.push({ matcher, spec, remaining: spec.times ?? 1 });
    },
    take(request) {
      const index = scripted.findIndex((entry) => callMatches(entry.matcher, request));
      const entry = scripted[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining <= 0) scripted.splice(index, 1);
      return failureReply(entry.spec);
    },
  };
}
