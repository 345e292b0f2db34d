import type { Adapter, AdapterContext } from "../../src/core/adapter.ts";
import { ConsoleScreen, runChat } from "./chat.ts";
import { consolePerson, consoleUserFrom } from "./parse.ts";
import { type ConsoleTerminal, processTerminal, terminalChatIo } from "./terminal.ts";
import { terminalSafe } from "./terminal-text.ts";

/** `npm start` with no platform credentials: a local chat on this terminal. Ends when input ends. */
export function createAdapter(context: AdapterContext): Adapter {
  return consoleAdapter(context, processTerminal());
}

export function consoleAdapter(context: AdapterContext, terminal: ConsoleTerminal): Adapter {
  const user = consoleUserFrom(terminal.env);
  const io = terminalChatIo(terminal);
  const screen = new ConsoleScreen(io);
  let posts = 0;
  let running: Promise<void> | undefined;
  let stopping = false;
  return {
    name: "console",
    async start() {
      running = runChat(context.bot, consolePerson(user, user), io, screen).then(() => {
        // The person closed the chat: shut the whole bot down.
        if (!stopping) terminal.closed();
      });
    },
    // Daily quiz posts and reminders appear in the conversation, their buttons numbered with the rest.
    async post(target, reply) {
      screen.show(reply, `[#${terminalSafe(target.channel)}]`);
      posts += 1;
      return { messageId: `console-${posts}` };
    },
    async update() {},
    async dm(_person, reply) {
      screen.show(reply);
    },
    async stop() {
      stopping = true;
      io.close();
      await running;
    },
  };
}
