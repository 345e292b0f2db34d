import type { Server } from "node:http";
import {
  App,
  HTTPReceiver,
  type InstallationStore,
  type ReceiverEvent,
  SocketModeReceiver,
} from "@slack/bolt";
import type { Readiness } from "../../src/core/adapter.ts";
import type { Logger } from "../../src/core/ports.ts";
import {
  closeServer,
  type ExtraRoutes,
  portOf,
  startHealthServer,
} from "../../src/health-server.ts";
import { boltLogger } from "./bolt-logger.ts";
import { healthRoutes } from "./health.ts";
import { SLACK_TIMING } from "./limits.ts";
import {
  BODY_LIMIT_BYTES,
  BOT_SCOPES,
  EVENTS_PATH,
  INSTALL_PATHS,
  type SlackSettings,
} from "./settings.ts";
import { webClientOptions } from "./web-api.ts";

/** The bot user behind a single-workspace token, from our own auth.test at start. */
export type BotIdentity = { token: string; botId: string; botUserId: string };

/** A Bolt App on its transport: HTTP (events at /slack/events) or Socket Mode. */
export type SlackRuntime = {
  app: App;
  start(): Promise<void>;
  /** Stops taking new requests; work already acknowledged goes on. */
  stop(): Promise<void>;
  /** The HTTP port: the events endpoint in HTTP mode, health (and install pages) in Socket Mode. */
  port(): number | undefined;
  /** Slack can reach us: always in HTTP mode once started; in Socket Mode, while the socket is up. */
  connected(): boolean;
};

export type RuntimeOptions = {
  settings: SlackSettings;
  log: Logger;
  ready: Readiness;
  host?: string | undefined;
  /** OAuth mode: where installations (tokens) live. */
  installations?: InstallationStore | undefined;
  /** Token mode: the bot behind SLACK_BOT_TOKEN, so Bolt need not call auth.test itself. */
  identity?: BotIdentity | undefined;
};

/** Token or OAuth, as Bolt's App wants it; never both (Bolt refuses that). */
function authOptions(o: RuntimeOptions) {
  const { settings, installations } = o;
  if (settings.auth.kind === "token") {
    // With both ids given, Bolt does not call auth.test itself (which it would, once, in the
    // constructor, and keep a failed answer for good); start() has already asked.
    const { identity } = o;
    if (!identity) throw new Error("token mode needs the bot's identity from auth.test");
    return { app: { token: identity.token, botId: identity.botId, botUserId: identity.botUserId } };
  }
  const { clientId, clientSecret, stateSecret } = settings.auth;
  return {
    app: {},
    receiver: {
      clientId,
      clientSecret,
      stateSecret,
      ...(installations ? { installationStore: installations } : {}),
      scopes: [...BOT_SCOPES],
    },
  };
}

function appFor(receiver: HTTPReceiver | SocketModeReceiver, o: RuntimeOptions): App {
  const app = new App({
    ...authOptions(o).app,
    receiver,
    logger: boltLogger(o.log),
    clientOptions: webClientOptions(o.settings, o.log),
    // Bolt's conversation store is in-memory per instance; nothing here uses it.
    convoStore: false,
    extendedErrorHandler: true,
  });
  acknowledgeRateLimitNotices(app, o.log);
  return app;
}

/**
 * Slack's `app_rate_limited` notice (events were dropped for a minute) is no event Bolt knows:
 * it would go unacknowledged, and get a 404 after 3 s. It is acknowledged and logged instead.
 */
function acknowledgeRateLimitNotices(app: App, log: Logger): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    const body: Record<string, unknown> = event.body;
    if (body.type !== "app_rate_limited") return processEvent(event);
    log.warn(
      { team: body.team_id, minuteRateLimited: body.minute_rate_limited },
      "Slack rate limited this app's events: some were dropped",
    );
    await event.ack();
  };
}

export function httpRuntime(o: RuntimeOptions, signingSecret: string): SlackRuntime {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: EVENTS_PATH,
    bodyLimit: BODY_LIMIT_BYTES,
    customRoutes: healthRoutes(o.ready),
    logger: boltLogger(o.log),
    ...authOptions(o).receiver,
    installerOptions: {
      directInstall: true,
      installPath: INSTALL_PATHS.install,
      redirectUriPath: INSTALL_PATHS.redirect,
      clientOptions: webClientOptions(o.settings, o.log),
    },
  });
  const app = appFor(receiver, o);
  let server: Server | undefined;
  return {
    app,
    start: async () => {
      server = await receiver.start({ port: o.settings.port, ...(o.host ? { host: o.host } : {}) });
    },
    stop: () => receiver.stop(),
    port: () => (server ? portOf(server) : undefined),
    connected: () => server?.listening === true,
  };
}

/**
 * Socket Mode: events come over Slack's WebSocket, and a small HTTP server of ours on PORT
 * answers health probes (and serves the install pages with OAuth). The receiver's own server
 * is never started: it would listen on port 3000 without reporting errors.
 */
export function socketRuntime(o: RuntimeOptions, appToken: string): SlackRuntime {
  const receiver = new SocketModeReceiver({
    appToken,
    logger: boltLogger(o.log),
    ...authOptions(o).receiver,
    installerOptions: {
      directInstall: true,
      // Its own options object: the client writes its retry policy into the one it gets.
      clientOptions: {
        ...webClientOptions(o.settings, o.log),
        retryConfig: { retries: SLACK_TIMING.socketRetries, factor: 1.3 },
      },
    },
  });
  const app = appFor(receiver, o);
  const installer = receiver.installer;
  const extra: ExtraRoutes = installer
    ? {
        [INSTALL_PATHS.install]: (req, res) =>
          void installer
            .handleInstallPath(req, res, {}, { scopes: [...BOT_SCOPES] })
            .catch((error: unknown) => o.log.error({ err: error }, "Slack install page failed")),
        [INSTALL_PATHS.redirect]: (req, res) =>
          void installer
            .handleCallback(req, res)
            .catch((error: unknown) => o.log.error({ err: error }, "Slack OAuth callback failed")),
      }
    : {};
  let server: Server | undefined;
  const socket = watchSocket(receiver.client, o.log);
  return {
    app,
    start: async () => {
      server = await startHealthServer(o.settings.port, o.host, o.ready, extra);
      await receiver.client.start();
    },
    stop: async () => {
      socket.closingOnPurpose();
      await receiver.client.disconnect();
      if (server) await closeServer(server);
    },
    port: () => (server ? portOf(server) : undefined),
    connected: socket.up,
  };
}

/**
 * Follows Slack's WebSocket, for /readyz: up from Slack's `hello` (the client's `connected`) until
 * the socket closes. The client emits `close` as soon as a socket is gone, and reconnects only
 * after a back-off (its `reconnecting` comes seconds later), so `close` is when readiness drops.
 */
function watchSocket(client: SocketModeReceiver["client"], log: Logger) {
  let greeted = false;
  let dropped = false;
  let stopping = false;
  client.on("connected", () => {
    greeted = true;
    if (dropped) log.info({}, "Slack connection is back");
    dropped = false;
  });
  client.on("close", () => {
    if (greeted && !stopping) {
      dropped = true;
      log.warn({}, "Slack connection lost; reconnecting");
    }
    greeted = false;
  });
  return {
    // isActive() also catches a socket that is closing (a missed pong) before `close` fires.
    up: () => greeted && client.websocket?.isActive() === true,
    closingOnPurpose: () => {
      stopping = true;
    },
  };
}
