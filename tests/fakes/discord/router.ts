// A tiny route table: `METHOD /path/:param` templates, first match wins, so literal segments
// (`/users/@me`) go before parameters (`/users/:userId`).
import type { RestRequest } from "./calls.ts";
import type { RestReply } from "./errors.ts";

export interface RouteRequest extends RestRequest {
  params: Record<string, string>;
}

export interface Route {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  pattern: string;
  /** Needs `Authorization: Bot <token>`; interaction callbacks and webhooks need none. */
  auth: boolean;
  handle(request: RouteRequest): RestReply;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

export function routeName(route: Route): string {
  return `${route.method} ${route.pattern}`;
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const expected = pattern.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? "";
    if (segment.startsWith(":")) {
      if (value === "") return undefined;
      params[segment.slice(1)] = value;
    } else if (segment !== value) {
      return undefined;
    }
  }
  return params;
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): RouteMatch | undefined {
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPattern(route.pattern, path);
    if (params) return { route, params };
  }
  return undefined;
}

export function json(body: unknown, status = 200): RestReply {
  return { status, body };
}

export const noContent = (): RestReply => ({ status: 204 });
