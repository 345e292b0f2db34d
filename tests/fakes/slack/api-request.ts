import type { IncomingHttpHeaders } from "node:http";
import type { FakeWorkspace } from "./workspace.ts";

/** A Web API answer; Slack puts `ok` on every one and `error` on failures. */
export type ApiResponse = { ok: boolean } & Record<string, unknown>;

/** What the fake's OAuth endpoint expects and hands out. */
export interface FakeOAuthConfig {
  /** When set, oauth.v2.access rejects other client IDs with `invalid_client_id`. */
  clientId?: string;
  /** When set, oauth.v2.access rejects other secrets with `bad_client_secret`. */
  clientSecret?: string;
  /** Comma-separated bot scopes granted (default `commands,chat:write,users:read,im:write`). */
  scopes?: string;
  /** When set, the installing user also gets this user token (`authed_user.access_token`). */
  userToken?: string;
}

export interface MethodRequest {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  token: string | undefined;
  workspace: FakeWorkspace;
  oauth: FakeOAuthConfig;
  /** Mints a Socket Mode URL on the fake's WebSocket server. */
  socketModeUrl: () => string;
}

export type MethodHandler = (request: MethodRequest) => ApiResponse;

export function failure(error: string): ApiResponse {
  return { ok: false, error };
}

/** A scalar parameter as Slack reads it: form values are strings, JSON bodies may hold numbers. */
export function param(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (typeof value === "string") return value === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

export function objectParam(
  body: Record<string, unknown>,
  key: string,
): Record<string, unknown> | undefined {
  const value = body[key];
  return isRecord(value) ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
