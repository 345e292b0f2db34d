// Slack's token rules, enough to catch a bot calling with no token or the wrong kind of token.
import type { IncomingMessage } from "node:http";

/** Methods called with client credentials instead of a token. */
const TOKENLESS_METHODS = new Set(["oauth.v2.access", "oauth.access", "oauth.v2.exchange"]);

/** The token from `Authorization: Bearer …`, else the legacy `token` body field. */
export function tokenOf(
  request: IncomingMessage,
  body: Record<string, unknown>,
): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
  if (bearer !== undefined) return bearer;
  return typeof body.token === "string" ? body.token : undefined;
}

/** The error code Slack would answer for this token on this method, or undefined if allowed. */
export function tokenError(method: string, token: string | undefined): string | undefined {
  if (TOKENLESS_METHODS.has(method)) return undefined;
  if (token === undefined || token === "") return "not_authed";
  if (!/^(xox[abpe]|xapp)-/.test(token)) return "invalid_auth";
  const appLevel = token.startsWith("xapp-");
  if (method === "apps.connections.open") return appLevel ? undefined : "not_allowed_token_type";
  return appLevel && method !== "auth.test" ? "not_allowed_token_type" : undefined;
}
