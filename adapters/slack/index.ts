import { webApi } from "@slack/bolt";
import type { Adapter, AdapterContext, ChannelTarget } from "../../src/core/adapter.ts";
import type { Person } from "../../src/core/events.ts";
import { InFlight } from "../../src/core/in-flight.ts";
import { type Clock, systemClock } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { type BotIdentity, httpRuntime, type SlackRuntime, socketRuntime } from "./app.ts";
import { Delivery } from "./deliver.ts";
import { registerHousekeeping } from "./housekeeping.ts";
import { StoreInstallations } from "./installation-store.ts";
import { SLACK_TIMING } from "./limits.ts";
import { registerListeners } from "./listeners.ts";
import { Outbound } from "./outbound.ts";
import { SlackProfiles } from "./profiles.ts";
import type { SlackDeps } from "./requests.ts";
import { slackSettings } from "./settings.ts";
import { realSleep, SlackCalls, type Sleep, webClientOptions } from "./web-api.ts";
import { WorkQueue } from "./work-queue.ts";

export type SlackAdapterOptions = {
  /** Interface to listen on (tests use 127.0.0.1); all interfaces when unset. */
  host?: string;
  sleep?: Sleep;
  clock?: Clock;
  /** Overrides the Web API timeout (tests of a Slack that hangs). */
  apiTimeoutMs?: number;
};

export type SlackAdapter = Adapter & {
  /** The listening HTTP port (events in HTTP mode, health in Socket Mode), once started. */
  port(): number | undefined;
};

/** main.ts's entry point: the Slack app from the environment's settings. */
export function createAdapter(context: AdapterContext): Adapter {
  return createSlackAdapter(context);
}

export function createSlackAdapter(
  context: AdapterContext,
  options: SlackAdapterOptions = {},
): SlackAdapter {
  const settings = {
    ...slackSettings(context.config),
    ...(options.apiTimeoutMs ? { apiTimeoutMs: options.apiTimeoutMs } : {}),
  };
  const log = context.log.child({ adapter: "slack" });
  const calls = new SlackCalls({
    sleep: options.sleep ?? realSleep,
    log,
    slackApiUrl: settings.apiUrl,
  });
  const inFlight = new InFlight();
  const track = (work: Promise<unknown>) => inFlight.track(work);
  const deps: SlackDeps = {
    bot: context.bot,
    store: context.store,
    log,
    admins: settings.admins,
    calls,
    profiles: new SlackProfiles(calls, options.clock ?? systemClock, log),
    delivery: new Delivery(calls, log, track),
    track,
    queue: new WorkQueue(SLACK_TIMING.workConcurrency),
  };
  const installations =
    settings.auth.kind === "oauth" ? new StoreInstallations(context.store) : undefined;
  const client = new webApi.WebClient(undefined, webClientOptions(settings, log));
  let identity: (BotIdentity & { tenant: string }) | undefined;
  let asking: Promise<BotIdentity & { tenant: string }> | undefined;
  // In token mode, who the bot is comes from auth.test: at start, or on the first post when the
  // adapter only sends (`quiz run-due`, which never starts the receiver).
  const identify = async () => {
    if (identity || settings.auth.kind !== "token") return identity;
    asking ??= whoAmI(settings.auth.botToken);
    identity = await asking.finally(() => {
      asking = undefined;
    });
    return identity;
  };
  const outbound = new Outbound({
    calls,
    delivery: deps.delivery,
    clientOptions: webClientOptions(settings, log),
    // One workspace's token, or the tokens the tenant's installations stored.
    tokenFor: async (tenant) => {
      const bot = await identify();
      if (!bot) return (await installations?.botTokens(tenant)) ?? [];
      return tenant === bot.tenant ? [bot.token] : [];
    },
  });
  let started: SlackRuntime | undefined;
  let serving = false;
  let stopping: Promise<void> | undefined;

  // Started, not stopping, and (in Socket Mode) Slack's WebSocket is up.
  const connected = async () => serving && started?.connected() === true;
  // Probes on PORT report the whole process (Discord too, when it runs beside Slack); alone,
  // the process is this adapter and its store.
  const ready =
    context.readiness ??
    (async () => (await connected()) && (await context.store.ping().then(() => true)));

  return {
    name: "slack",
    async start() {
      await identify();
      const runtimeOptions = { settings, log, ready, host: options.host, installations, identity };
      const runtime =
        settings.transport.kind === "http"
          ? httpRuntime(runtimeOptions, settings.transport.signingSecret)
          : socketRuntime(runtimeOptions, settings.transport.appToken);
      registerListeners(runtime.app, deps);
      registerHousekeeping(runtime.app, deps, installations);
      await runtime.start();
      started = runtime;
      serving = true;
      log.info({ transport: settings.transport.kind, auth: settings.auth.kind }, "Slack is up");
    },
    stop() {
      stopping ??= (async () => {
        serving = false;
        await started?.stop();
        // Everything already acknowledged is finished before we report stopped.
        await inFlight.drained();
      })();
      return stopping;
    },
    ready: connected,
    // Bolt's receiver (HTTP mode) or our Socket Mode server already listens on PORT.
    servesHealth: true,
    port: () => started?.port(),
    post: (target: ChannelTarget, reply: Reply) => outbound.post(target, reply),
    update: (target: ChannelTarget, messageId: string, reply: Reply) =>
      outbound.update(target, messageId, reply),
    dm: (person: Person, reply: Reply) => outbound.dm(person, reply),
  };

  async function whoAmI(token: string): Promise<BotIdentity & { tenant: string }> {
    const me = await calls.call("auth.test", "idempotent", () => client.auth.test({ token }));
    const tenant = me.enterprise_id || me.team_id;
    if (!me.user_id || !me.bot_id || !tenant) throw new Error("auth.test did not name the bot");
    return { token, botId: me.bot_id, botUserId: me.user_id, tenant };
  }
}
