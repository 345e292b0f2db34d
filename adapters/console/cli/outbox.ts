import type { Adapter, AdapterModule } from "../../../src/core/adapter.ts";
import type { Outbox } from "../../../src/core/outbox.ts";
import { deliveryOutbox } from "../../../src/delivery.ts";
import { adaptersFor } from "../../../src/main.ts";
import { renderReply } from "../render.ts";
import type { CliIo } from "./io.ts";
import type { openSession } from "./session.ts";

/**
 * Where `quiz run-due` posts: the configured platforms' adapters (their Web API / REST clients,
 * without listening for events), or, with no platform configured, this terminal: rendered
 * text, or nothing with --json (the command prints one JSON line per post itself).
 */
export async function platformOutbox(
  session: Awaited<ReturnType<typeof openSession>>,
  io: CliIo,
  json: boolean,
): Promise<{ outbox: Outbox; close(): Promise<void> }> {
  const names = adaptersFor(session.config).filter((name) => name !== "console");
  if (names.length === 0) {
    let posts = 0;
    const print = (text: string) => {
      if (!json) io.out(text);
    };
    return {
      outbox: {
        post: async (target, reply) => {
          print(`[${target.tenant} #${target.channel}]\n${renderReply(reply).text}`);
          posts += 1;
          return { messageId: `console-${posts}` };
        },
        update: async () => {},
        dm: async (person, reply) => print(`[to ${person.user}]\n${renderReply(reply).text}`),
      },
      close: async () => {},
    };
  }
  const adapters: Adapter[] = [];
  for (const name of names) {
    const module = (await import(
      new URL(`../../${name}/index.ts`, import.meta.url).href
    )) as AdapterModule;
    adapters.push(
      await module.createAdapter({
        bot: session.bot,
        core: session.core,
        config: session.config,
        store: session.store,
        log: session.core.log,
      }),
    );
  }
  return {
    outbox: deliveryOutbox(adapters),
    close: async () => void (await Promise.allSettled(adapters.map((a) => a.stop()))),
  };
}
