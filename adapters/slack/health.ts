import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { CustomRoute } from "@slack/bolt";

/** Whether this instance should get traffic: started, not stopping, and its store answers. */
export type Readiness = () => Promise<boolean>;

export const HEALTH_PATHS = { live: "/healthz", ready: "/readyz" } as const;

function answer(res: ServerResponse, status: number, body: Record<string, string>): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** `/healthz`: the process is up. `/readyz`: it can serve (503 otherwise, so a balancer skips it). */
export function healthRoutes(ready: Readiness): CustomRoute[] {
  return [
    {
      path: HEALTH_PATHS.live,
      method: ["GET", "HEAD"],
      handler: (_req, res) => answer(res, 200, { status: "ok" }),
    },
    {
      path: HEALTH_PATHS.ready,
      method: ["GET", "HEAD"],
      handler: (_req, res) => {
        ready()
          .catch(() => false)
          .then((ok) => answer(res, ok ? 200 : 503, { status: ok ? "ready" : "not ready" }));
      },
    },
  ];
}

/** Extra GET routes (the OAuth install pages in Socket Mode), by path. */
export type ExtraRoutes = Record<string, (req: IncomingMessage, res: ServerResponse) => void>;

/**
 * Socket Mode needs no public endpoint, but orchestrators still probe health over HTTP: a small
 * server on PORT answers them (and, with OAuth, serves the install pages).
 */
export async function startHealthServer(
  port: number,
  host: string | undefined,
  ready: Readiness,
  extra: ExtraRoutes = {},
): Promise<Server> {
  const routes = new Map(healthRoutes(ready).map((r) => [r.path, r.handler]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const method = req.method ?? "GET";
    const route =
      method === "GET" || method === "HEAD" ? (routes.get(path) ?? extra[path]) : undefined;
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
