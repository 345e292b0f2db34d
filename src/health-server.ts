import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Readiness } from "./core/adapter.ts";

export const HEALTH_PATHS = { live: "/healthz", ready: "/readyz" } as const;

/** A GET route: the health probes, or an adapter's own page (Slack's OAuth install pages). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void;
/** Extra GET routes, by path. */
export type ExtraRoutes = Record<string, RouteHandler>;

function answer(res: ServerResponse, status: number, body: Record<string, string>): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** `/healthz`: the process is up. `/readyz`: it can serve (503 otherwise, so a balancer skips it). */
export function healthHandlers(ready: Readiness): Record<string, RouteHandler> {
  return {
    [HEALTH_PATHS.live]: (_req, res) => answer(res, 200, { status: "ok" }),
    [HEALTH_PATHS.ready]: (_req, res) => {
      ready()
        .catch(() => false)
        .then((ok) => answer(res, ok ? 200 : 503, { status: ok ? "ready" : "not ready" }));
    },
  };
}

/**
 * The process's one HTTP server on PORT when no adapter runs one: orchestrators (Docker's
 * HEALTHCHECK, Kubernetes) probe health over HTTP even when the platforms connect out.
 */
export async function startHealthServer(
  port: number,
  host: string | undefined,
  ready: Readiness,
  extra: ExtraRoutes = {},
): Promise<Server> {
  const routes: ExtraRoutes = { ...extra, ...healthHandlers(ready) };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const method = req.method ?? "GET";
    const route = method === "GET" || method === "HEAD" ? routes[path] : undefined;
    if (route) route(Object.assign(req, { params: {} }), res);
    else answer(res, 404, { status: "not found" });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

export function portOf(server: Server): number | undefined {
  const address = server.address();
  return typeof address === "object" && address !== null ? address.port : undefined;
}
