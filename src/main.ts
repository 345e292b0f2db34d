import type { Server } from "node:http";
import { bootCore, MatrixInvalid } from "./boot.ts";
import { type Config, readConfig } from "./config.ts";
import { secretBlanker, secretsIn } from "./config-secrets.ts";
import type { Adapter, AdapterModule } from "./core/adapter.ts";
import { messageOf } from "./core/errors.ts";
import { deliveryOutbox, realTime } from "./delivery.ts";
import { exitOnUncaught } from "./fatal.ts";
import { startDailyScheduler } from "./features/daily/scheduler.ts";
import { closeServer, startHealthServer } from "./health-server.ts";
import { createLogger } from "./logger.ts";
import { processReadiness } from "./readiness.ts";
import { startSweeper } from "./store/sweeper.ts";

/** Which front ends to run: every platform whose credentials are set, else the console chat. */
export function adaptersFor(config: Config): string[] {
  const slack = slackSetUp(config) === true;
  const discord = Boolean(config.DISCORD_TOKEN);
  const platforms = [...(slack ? ["slack"] : []), ...(discord ? ["discord"] : [])];
  return platforms.length > 0 ? platforms : ["console"];
}

/**
 * Whether Slack is set up: true, false (nothing of it is set), or what is missing. HTTP mode is
 * verified with the signing secret, Socket Mode connects with the app token; either needs a bot
 * token, or OAuth's client id for a multi-workspace install.
 */
export function slackSetUp(config: Config): boolean | string {
  const verified = Boolean(config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN);
  const token = Boolean(config.SLACK_BOT_TOKEN || config.SLACK_CLIENT_ID);
  if (verified && token) return true;
  if (!verified && !token) return false;
  return verified
    ? "Slack needs SLACK_BOT_TOKEN (or SLACK_CLIENT_ID for OAuth installs) too"
    : "Slack needs SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) too";
}

/** `npm start`: the composition root. Returns a stop function that finishes in-flight work. */
export async function start(env: Record<string, string | undefined>): Promise<() => Promise<void>> {
  const read = readConfig(env);
  if (!read.ok) {
    for (const error of read.errors) process.stderr.write(`config: ${error}\n`);
    process.exit(1);
  }
  const config = read.config;
  // Half a Slack setup would quietly start the console chat instead, and exit at once in Docker.
  const slack = slackSetUp(config);
  if (typeof slack === "string") {
    process.stderr.write(`config: ${slack}\n`);
    process.exit(1);
  }
  const names = adaptersFor(config);
  const secrets = secretsIn(config);
  // What reaches the terminal here is a library's message, which can quote a credential.
  const blank = secretBlanker(secrets);
  // In the console chat, info logs would interleave with the conversation on the terminal.
  const quiet = names.length === 1 && names[0] === "console" && !env.LOG_LEVEL;
  const log = createLogger(quiet ? "warn" : config.LOG_LEVEL, { secrets });
  exitOnUncaught(log);
  let booted: Awaited<ReturnType<typeof bootCore>>;
  try {
    booted = await bootCore({ config, log });
  } catch (error) {
    if (error instanceof MatrixInvalid) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`skillbot could not start: ${blank(messageOf(error))}\n`);
    process.exit(1);
  }
  const adapters: Adapter[] = [];
  const started: Adapter[] = [];
  let accepting = false;
  const readiness = processReadiness({
    store: booted.store,
    adapters,
    accepting: () => accepting,
  });
  let health: Server | undefined;
  const giveUp = async (what: string, error: unknown): Promise<never> => {
    // A token the platform refuses, a port already taken: one line, not a stack trace.
    process.stderr.write(`skillbot could not start ${what}: ${blank(messageOf(error))}\n`);
    await Promise.allSettled(started.map((adapter) => adapter.stop()));
    if (health) await closeServer(health);
    await booted.close();
    process.exit(1);
  };
  for (const name of names) {
    // Loaded by name so the core never imports a platform SDK; each adapter implements AdapterModule.
    const module = (await import(
      new URL(`../adapters/${name}/index.ts`, import.meta.url).href
    )) as AdapterModule;
    try {
      adapters.push(
        await module.createAdapter({
          bot: booted.bot,
          core: booted.core,
          config,
          store: booted.store,
          log,
          readiness,
        }),
      );
    } catch (error) {
      await giveUp(name, error);
    }
  }
  // One HTTP server a process, up before the platforms connect so /healthz answers meanwhile:
  // an adapter already listening on PORT (Slack) answers the probes there, and the console
  // chat, with no connection to watch, needs none.
  if (adapters.some((a) => a.ready) && !adapters.some((a) => a.servesHealth)) {
    try {
      health = await startHealthServer(config.PORT, undefined, readiness);
    } catch (error) {
      await giveUp(`health checks on port ${config.PORT}`, error);
    }
  }
  for (const adapter of adapters) {
    try {
      await adapter.start();
      started.push(adapter);
    } catch (error) {
      await giveUp(adapter.name, error);
    }
    log.info({ adapter: adapter.name }, "adapter started");
  }
  const scheduler = startDailyScheduler(booted.core, (stopping) =>
    deliveryOutbox(adapters, realTime(stopping)),
  );
  const sweeper = startSweeper(booted.store, log);
  accepting = true;
  log.info({ adapters: names }, "skillbot is up");
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      // Probes see 503 at once, so traffic moves elsewhere while work in flight finishes.
      accepting = false;
      // Explanations in flight settle on the plain answer now, not after OPENAI_TIMEOUT_MS.
      await booted.stopExplaining();
      await scheduler.stop();
      await sweeper.stop();
      await Promise.allSettled(adapters.map((a) => a.stop()));
      if (health) await closeServer(health);
      await booted.close();
      log.info({}, "stopped");
    })();
    return stopping;
  };
}

if (import.meta.main) {
  const stop = await start(process.env);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
}
