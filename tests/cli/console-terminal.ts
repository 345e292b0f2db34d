import { PassThrough } from "node:stream";
import { consoleAdapter } from "../../adapters/console/index.ts";
import { type Booted, bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import type { Adapter } from "../../src/core/adapter.ts";
import { silentLogger } from "../../src/core/ports.ts";

/**
 * The console adapter `npm start` runs, on a test's terminal: what is typed goes in as bytes and
 * what the adapter writes is collected. With `tty`, input and output say they are a terminal, and
 * what is typed is echoed into the transcript as a terminal would, so it reads like the screen.
 */
export type FakeTerminal = {
  booted: Booted;
  adapter: Adapter;
  /** Bytes as typed; "\n" is Enter. */
  type(text: string): void;
  /** Ctrl-D on an empty line: the end of input. */
  end(): void;
  /** Resolves when the chat waits for the next line (its prompt is the last thing written). */
  prompted(): Promise<void>;
  /** Types a line and Enter, and resolves with what the screen shows until the next prompt. */
  say(line: string): Promise<string>;
  /** Resolves when the person has closed the chat. */
  closed: Promise<void>;
  /** Everything on the screen so far, colours left out. */
  transcript(): string;
  close(): Promise<void>;
};

export async function fakeTerminal(
  options: { tty?: boolean; env?: Record<string, string> } = {},
): Promise<FakeTerminal> {
  const read = readConfig({ STORE_URL: "memory://", ...options.env });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const booted = await bootCore({ config: read.config, log: silentLogger });
  const tty = options.tty === true;
  const input = Object.assign(new PassThrough(), { isTTY: tty });
  let transcript = "";
  let onPrompt: (() => void) | undefined;
  const output = {
    isTTY: tty,
    write(text: string) {
      transcript += text;
      if (/(?:^|\n)[^\n]*> ?\n?$/.test(transcript)) onPrompt?.();
      return true;
    },
  };
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  const adapter = consoleAdapter(
    {
      bot: booted.bot,
      core: booted.core,
      config: read.config,
      store: booted.store,
      log: silentLogger,
    },
    { input, output, env: options.env ?? {}, closed: markClosed },
  );
  const prompted = () => new Promise<void>((resolve) => (onPrompt = resolve));
  const firstPrompt = prompted();
  await adapter.start();
  await firstPrompt;
  const type = (text: string) => {
    if (tty) transcript += text;
    input.write(text);
  };
  return {
    booted,
    adapter,
    type,
    async say(line) {
      const next = prompted();
      const before = transcript.length;
      type(`${line}\n`);
      await next;
      return withoutColour(transcript.slice(before));
    },
    end: () => input.end(),
    prompted,
    closed,
    transcript: () => withoutColour(transcript),
    close: async () => {
      await adapter.stop();
      await booted.close();
    },
  };
}

const COLOUR = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, "g");
const withoutColour = (text: string) => text.replace(COLOUR, "");
