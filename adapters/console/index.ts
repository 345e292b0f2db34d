import { createInterface } from "node:readline";
import type { Adapter, AdapterContext } from "../../src/core/adapter.ts";
import { ConsoleScreen, runChat } from "./chat.ts";
import { consolePerson } from "./parse.ts";

/** `npm start` with no platform credentials: a local chat on this terminal. Ends when input ends. */
export function createAdapter(context: AdapterContext): Adapter {
  const rl = createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
    terminal: false,
  });
  const user = process.env.USER || "me";
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const screen = new ConsoleScreen({ out, color: Boolean(process.stdout.isTTY) });
  let posts = 0;
  let running: Promise<void> | undefined;
  let stopping = false;
  return {
    name: "console",
    async start() {
      running = runChat(
        context.bot,
        consolePerson(user, user),
        { out, lines: () => rl, color: Boolean(process.stdout.isTTY) },
        screen,
      ).then(() => {
        // The person closed the chat: shut the whole bot down the normal way.
        if (!stopping) process.kill(process.pid, "SIGTERM");
      });
    },
    // Daily quiz posts and reminders appear in the conversation, their buttons numbered with the rest.
    async post(target, reply) {
      out(`[#${target.channel}]`);
      screen.show(reply);
      posts += 1;
      return { messageId: `console-${posts}` };
    },
    async update() {},
    async dm(_person, reply) {
      screen.show(reply);
    },
    async stop() {
      stopping = true;
      rl.close();
      await running;
    },
  };
}
