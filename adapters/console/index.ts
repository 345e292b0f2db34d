import { createInterface } from "node:readline";
import type { Adapter, AdapterContext } from "../../src/core/adapter.ts";
import { runChat } from "./chat.ts";
import { consolePerson } from "./parse.ts";

/** `npm start` with no platform credentials: a local chat on this terminal. Ends when input ends. */
export function createAdapter(context: AdapterContext): Adapter {
  const rl = createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
    terminal: false,
  });
  const user = process.env.USER || "me";
  let running: Promise<void> | undefined;
  let stopping = false;
  return {
    name: "console",
    async start() {
      running = runChat(context.bot, consolePerson(user, user), {
        out: (text) => process.stdout.write(`${text}\n`),
        lines: () => rl,
        color: Boolean(process.stdout.isTTY),
      }).then(() => {
        // The person closed the chat: shut the whole bot down the normal way.
        if (!stopping) process.kill(process.pid, "SIGTERM");
      });
    },
    async stop() {
      stopping = true;
      rl.close();
      await running;
    },
  };
}
