import { runChat } from "../../adapters/console/chat.ts";
import { consolePerson } from "../../adapters/console/parse.ts";
import { type Booted, bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/core/ports.ts";
import { openStore } from "../../src/store/open-store.ts";
import { adapterContract, type ContractHarness, type Seen } from "./adapter-contract.ts";

/** A console chat per person, fed line by line; a reply is complete when the next prompt appears. */
class ConsoleSession {
  readonly #queue: string[] = [];
  #wake: (() => void) | undefined;
  #output: string[] = [];
  #promptSeen: (() => void) | undefined;

  constructor(booted: Booted, user: string) {
    const lines = async function* (this: ConsoleSession) {
      for (;;) {
        while (this.#queue.length === 0)
          await new Promise<void>((resolve) => (this.#wake = resolve));
        yield this.#queue.shift() as string;
      }
    }.bind(this);
    void runChat(booted.bot, consolePerson(user, user), {
      out: (text) => this.#output.push(text),
      prompt: (text) => {
        if (text === "you>") this.#promptSeen?.();
        else this.#output.push(text);
      },
      lines,
      color: false,
    });
  }

  async send(line: string): Promise<string> {
    this.#output = [];
    const prompted = new Promise<void>((resolve) => (this.#promptSeen = resolve));
    this.#queue.push(line);
    this.#wake?.();
    await prompted;
    return this.#output.join("\n");
  }
}

function seenFrom(session: ConsoleSession, text: string): Seen {
  const buttons = [...text.matchAll(/\[(\d+)\] ([^[\n]+?)(?=\s{2}\[|\s*$)/gm)].map((m) => ({
    label: m[2]?.trim() ?? "",
    press: async () => seenFrom(session, await session.send(m[1] ?? "")),
  }));
  return { text, buttons, private: true };
}

adapterContract("console", async (): Promise<ContractHarness> => {
  const read = readConfig({ STORE_URL: "memory://" });
  if (!read.ok) throw new Error(read.errors.join());
  const booted = await bootCore({
    config: read.config,
    log: silentLogger,
    store: await openStore("memory://", silentLogger),
  });
  const sessions = new Map<string, ConsoleSession>();
  const session = (user: string) => {
    const existing = sessions.get(user);
    if (existing) return existing;
    const created = new ConsoleSession(booted, user);
    sessions.set(user, created);
    return created;
  };
  return {
    say: async (user, text) => {
      const s = session(user);
      return seenFrom(s, await s.send(text));
    },
    pings: () => [],
    close: () => booted.close(),
  };
});
