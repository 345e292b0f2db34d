import { once } from "node:events";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { Client, Events, GatewayIntentBits, MessageFlags } from "discord.js";
import { apiPayload } from "../adapters/discord/deliver.ts";
import type { DiscordPage } from "../adapters/discord/render.ts";
import { inbox } from "./inbox.ts";

// The clients the Discord bench measures, each in a worker thread of its own: a bare
// discord.js client that replies at once, and Skillbot from a checkout.

type ToTarget =
  | { type: "answer-with"; page: DiscordPage | undefined }
  | { type: "cpu" }
  | { type: "stop" };
type FromTarget =
  | { type: "ready"; helpPage: DiscordPage | undefined }
  | { type: "cpu"; micros: number }
  | { type: "stopped" };
type TargetData =
  | { role: "target"; kind: "bare" }
  | { role: "target"; kind: "skillbot"; checkout: string; store: string };

/** A client that replies at once: "ok", or a page set by `answerWith` (the same bytes as Skillbot's). */
export async function bareClient(apiBase: string) {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
  let page: DiscordPage | undefined;
  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isRepliable()) return;
    const reply = page
      ? interaction.reply(apiPayload(interaction, page, true))
      : interaction.reply({ content: "ok", flags: MessageFlags.Ephemeral });
    void reply.catch(() => undefined);
  });
  const ready = once(client, Events.ClientReady);
  await client.login("fake-token");
  await ready;
  return {
    answerWith: (next: DiscordPage | undefined) => {
      page = next;
    },
    stop: () => client.destroy(),
  };
}

/**
 * A target (the bare client, or Skillbot from a checkout) in a worker thread of its own: each
 * has its own heap, as each would have its own process in production. In one shared heap, each
 * paid for collecting the other's garbage (whoever allocated past the limit took the pause),
 * and the bare client's growing caches of users and members slowed every collection.
 */
export async function startTarget(
  apiBase: string,
  target: { kind: "bare" } | { kind: "skillbot"; checkout?: URL; store?: string },
) {
  const data: TargetData =
    target.kind === "bare"
      ? { role: "target", kind: "bare" }
      : {
          role: "target",
          kind: "skillbot",
          checkout: (target.checkout ?? new URL("../", import.meta.url)).href,
          store: target.store ?? "memory://",
        };
  const worker = new Worker(new URL(import.meta.url), { workerData: { ...data, apiBase } });
  const next = inbox<FromTarget>(worker);
  const { helpPage } = await next("ready");
  return {
    /** The first page of Skillbot's help, as it sends it (Skillbot targets only). */
    helpPage,
    /** For the bare client: reply with this page (Skillbot's bytes) instead of "ok". */
    answerWith(page: DiscordPage | undefined) {
      worker.postMessage({ type: "answer-with", page } satisfies ToTarget);
    },
    /** CPU time its thread has used so far, in µs (user and system). */
    async cpuMicros(): Promise<number> {
      worker.postMessage({ type: "cpu" } satisfies ToTarget);
      return (await next("cpu")).micros;
    },
    async stop() {
      worker.postMessage({ type: "stop" } satisfies ToTarget);
      await next("stopped");
      await once(worker, "exit");
    },
  };
}

async function runTarget(
  port: NonNullable<typeof parentPort>,
  data: TargetData & { apiBase: string },
) {
  const running =
    data.kind === "bare"
      ? { ...(await bareClient(data.apiBase)), helpPage: undefined }
      : {
          ...(await skillbot(data.apiBase, new URL(data.checkout), data.store)),
          answerWith: () => {},
        };
  port.on("message", async (message: ToTarget) => {
    if (message.type === "answer-with") running.answerWith(message.page);
    else if (message.type === "cpu") {
      const { user, system } = process.threadCpuUsage();
      port.postMessage({ type: "cpu", micros: user + system } satisfies FromTarget);
    } else {
      await running.stop();
      port.postMessage({ type: "stopped" } satisfies FromTarget);
      port.close();
    }
  });
  port.postMessage({ type: "ready", helpPage: running.helpPage } satisfies FromTarget);
}

/**
 * Skillbot (real core, on the store at `storeUrl`) on the fake at `apiBase`, loaded from
 * `checkout`: this one by default, or another (a worktree of an earlier commit) for a
 * side-by-side comparison.
 */
export async function skillbot(
  apiBase: string,
  checkout = new URL("../", import.meta.url),
  storeUrl = "memory://",
) {
  const load = <M>(path: string) => import(new URL(path, checkout).href) as Promise<M>;
  const { createAdapter } = await load<typeof import("../adapters/discord/index.ts")>(
    "adapters/discord/index.ts",
  );
  const { renderReply } = await load<typeof import("../adapters/discord/render.ts")>(
    "adapters/discord/render.ts",
  );
  const { bootCore } = await load<typeof import("../src/boot.ts")>("src/boot.ts");
  const { readConfig } = await load<typeof import("../src/config.ts")>("src/config.ts");
  const { silentLogger } = await load<typeof import("../src/core/ports.ts")>("src/core/ports.ts");
  const { openStore } =
    await load<typeof import("../src/store/open-store.ts")>("src/store/open-store.ts");
  const read = readConfig({
    STORE_URL: storeUrl,
    DISCORD_TOKEN: "fake-token",
    DISCORD_API_BASE: apiBase,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const store = await openStore(storeUrl, silentLogger);
  const booted = await bootCore({ config: read.config, log: silentLogger, store });
  const adapter = createAdapter({
    bot: booted.bot,
    core: booted.core,
    config: read.config,
    store,
    log: silentLogger,
  });
  await adapter.start();
  const help = await booted.bot.handle({
    type: "command",
    person: { platform: "discord", tenant: "bench", user: "1", displayName: "bench" },
    where: { channel: "1", kind: "channel", audience: "private" },
    canManageChannel: false,
    command: { name: "help" },
  });
  return {
    /** The first page of Skillbot's help, as it sends it. */
    helpPage: renderReply(help)[0],
    stop: async () => {
      await adapter.stop();
      await booted.close();
    },
  };
}

if (!isMainThread && workerData?.role === "target" && parentPort)
  await runTarget(parentPort, workerData);
