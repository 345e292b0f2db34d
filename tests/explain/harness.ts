// The real core with explanations on, pointed at the local fake OpenAI server (real SDK, real HTTP).
import { type Booted, bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import type { Asker } from "../../src/core/context.ts";
import type { Person, Where } from "../../src/core/events.ts";
import type { Clock, IdSource, Logger } from "../../src/core/ports.ts";
import { silentLogger } from "../../src/core/ports.ts";
import type { Block, Reply } from "../../src/core/reply.ts";
import type { RichText } from "../../src/core/rich-text.ts";
import type { Explainer } from "../../src/explain/explainer.ts";
import {
  type ExplainerTuning,
  explainerFromConfig,
} from "../../src/explain/explainer-from-config.ts";
import { openStore } from "../../src/store/open-store.ts";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openai/index.ts";

export const API_KEY = "sk-test-explain-0123456789";

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  #now = Date.parse("2026-03-02T09:00:00.000Z");
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** Ids "id1", "id2", …: the canary and quiz rounds are the same every run. */
export function countingIds(): IdSource {
  let n = 0;
  return { next: () => `id${++n}` };
}

export type Harness = Booted & {
  fake: FakeOpenAI;
  clock: FakeClock;
  explainer: Explainer | undefined;
  close(): Promise<void>;
};

/**
 * Boots the bot on a memory store with OPENAI_* pointing at a fresh fake server. `env` adds or
 * overrides variables (`OPENAI_API_KEY: ""` turns explanations off); `tuning` turns the knobs;
 * `log` receives the explainer's lines.
 */
export async function explainHarness(
  options: { env?: Record<string, string>; tuning?: Partial<ExplainerTuning>; log?: Logger } = {},
): Promise<Harness> {
  const fake = await startFakeOpenAI();
  const read = readConfig({
    STORE_URL: "memory://",
    OPENAI_API_KEY: API_KEY,
    OPENAI_BASE_URL: fake.baseURL,
    OPENAI_TIMEOUT_MS: "2000",
    ...options.env,
  });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const clock = new FakeClock();
  const ids = countingIds();
  const store = await openStore("memory://", silentLogger);
  const booted = await bootCore({ config: read.config, log: silentLogger, clock, ids, store });
  // The booted explainer has production knobs; tests rebuild it with theirs (no retries unless asked).
  const explainer = explainerFromConfig(
    read.config,
    { ...booted.core, store, ...(options.log ? { log: options.log } : {}) },
    { maxRetries: 0, ...options.tuning },
  );
  if (explainer) booted.core.explainer = explainer;
  return {
    ...booted,
    fake,
    clock,
    explainer,
    close: async () => {
      await booted.close();
      await fake.close();
    },
  };
}

export function person(user: string, tenant = "T1"): Person {
  return { platform: "slack", tenant, user, displayName: user };
}

export const DM: Where = { channel: "D1", kind: "dm", audience: "private" };
export const CHANNEL: Where = { channel: "C1", kind: "channel", audience: "public" };

export function asker(user: string, where: Where = DM): Asker {
  return { person: person(user), where };
}

/** Everything a reply shows, as plain text, with link targets in brackets. */
export function shown(reply: Reply): string {
  return reply.blocks.map(blockText).join("\n");
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "text":
    case "context":
      return richLine(block.text);
    case "fields":
      return block.fields.map((f) => `${f.label}: ${richLine(f.value)}`).join("\n");
    case "skills":
      return block.items
        .map((i) => `${i.name} ${i.note ? richLine(i.note) : ""} ${i.resource?.url ?? ""}`)
        .join("\n");
    case "buttons":
      return block.buttons.map((b) => `[${b.label}]`).join(" ");
    case "divider":
      return "---";
  }
}

function richLine(text: RichText): string {
  return text.map((s) => (s.link ? `${s.text} <${s.link}>` : s.text)).join("");
}

/** The followUp's reply; fails the test when the reply promised none. */
export async function settled(reply: Reply): Promise<Reply> {
  if (!reply.followUp) throw new Error(`expected a followUp on: ${shown(reply)}`);
  return reply.followUp;
}

/** A model answer the fake sends as structured output. */
export function answer(text: string, skillIds: string[], resources: string[] = []) {
  return { answer: text, skillIds, resources };
}

/** The system and user messages of a recorded chat request. */
export function promptOf(request: {
  chat: { messages: { role: string; content?: unknown }[] } | undefined;
}) {
  const messages = request.chat?.messages ?? [];
  const content = (role: string) => {
    const value = messages.find((m) => m.role === role)?.content;
    return typeof value === "string" ? value : "";
  };
  return { system: content("system"), user: content("user") };
}
