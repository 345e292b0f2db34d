import type { CustomRoute } from "@slack/bolt";
import type { Readiness } from "../../src/core/adapter.ts";
import { healthHandlers } from "../../src/health-server.ts";

// The server itself is the process's (src/health-server.ts); Socket Mode starts it from app.ts.

/**
 * `/healthz` and `/readyz` on Bolt's HTTP receiver: in HTTP mode Slack's endpoint already owns
 * PORT, so the process's probes are answered there.
 */
export function healthRoutes(ready: Readiness): CustomRoute[] {
  return Object.entries(healthHandlers(ready)).map(([path, handler]) => ({
    path,
    method: ["GET", "HEAD"],
    handler,
  }));
}
