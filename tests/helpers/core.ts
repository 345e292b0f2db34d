import { type Booted, bootCore } from "../../src/boot.ts";
import { readConfig } from "../../src/config.ts";
import { ACTIONS } from "../../src/core/actions.ts";
import type { Asker } from "../../src/core/context.ts";
import type { IncomingEvent, Person, Where } from "../../src/core/events.ts";
import { type Clock, type Random, silentLogger } from "../../src/core/ports.ts";
import type { Reply } from "../../src/core/reply.ts";
import { plain } from "../../src/core/rich-text.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { RecordStore } from "../../src/store/record-store.ts";

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  #now: number;
  constructor(iso = "2026-11-26T09:00:00.000Z") {
    this.#now = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now += ms;
  }
  set(iso: string): void {
    this.#now = Date.parse(iso);
  }
}

/** A repeatable "random" source (mulberry32), so shuffles and picks are the same every run. */
export function seededRandom(seed = 42): Random {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

export type TestBot = Booted & { clock: FakeClock };

/** The real core on a fresh store (memory unless given), with a fake clock and seeded chance. */
export async function testBot(
  options: { store?: RecordStore; env?: Record<string, string>; seed?: number } = {},
): Promise<TestBot> {
  const read = readConfig({ STORE_URL: "memory://", ...options.env });
  if (!read.ok) throw new Error(read.errors.join("; "));
  const clock = new FakeClock();
  const booted = await bootCore({
    config: read.config,
    log: silentLogger,
    clock,
    random: seededRandom(options.seed),
    store: options.store ?? (await openStore("memory://", silentLogger)),
  });
  return { ...booted, clock };
}

export const DM: Where = { channel: "D1", kind: "dm", audience: "private" };
export const PUBLIC: Where = { channel: "C1", kind: "channel", audience: "public" };

export function person(user: string, tenant = "T1"): Person {
  return { platform: "slack", tenant, user, displayName: user };
}

export function asker(user: string, where: Where = DM, tenant = "T1"): Asker {
  return { person: person(user, tenant), where };
}

/** Has a person say each line in turn, as someone who set up their ratings and track would. */
export async function sayAll(bot: TestBot, user: string, lines: readonly string[]): Promise<void> {
  for (const line of lines) await say(bot, user, line);
}

/** A rated person of the MLOps track: eight ratings (Python 3, SQL 2, …) and the track chosen. */
export const MLOPS_PERSON: readonly string[] = [
  "rate python 3",
  "rate sql 2",
  "rate docker 2",
  "rate git 3",
  "rate pandas 3",
  "rate numpy 2",
  "rate statistics 1",
  "rate kubernetes 1",
  "track mlops-engineer",
];

let people = 0;
/** A user id nobody in this test file has used yet: someone new to the bot. */
export const newPerson = (prefix = "new") => `${prefix}${people++}`;

/** Someone new who then rates and picks a track as MLOPS_PERSON does; their user id. */
export async function newMlopsPerson(bot: TestBot): Promise<string> {
  const user = newPerson("mlops");
  await sayAll(bot, user, MLOPS_PERSON);
  return user;
}

/** Sends typed text as a person and returns the reply. */
export function say(
  bot: TestBot,
  user: string,
  text: string,
  where: Where = DM,
  tenant = "T1",
): Promise<Reply> {
  return bot.bot.handle({ type: "text", person: person(user, tenant), where, text });
}

export function press(
  bot: TestBot,
  user: string,
  action: string,
  value: string,
  where: Where = DM,
  tenant = "T1",
): Promise<Reply> {
  const event: IncomingEvent = {
    type: "action",
    person: person(user, tenant),
    where,
    action,
    value,
  };
  return bot.bot.handle(event);
}

/** The text of a reply's first heading, if it has one. */
export function headingOf(reply: Reply): string | undefined {
  const block = reply.blocks.find((b) => b.kind === "heading");
  return block?.kind === "heading" ? block.text : undefined;
}

/** Everything a reply says, as plain text (headings, text, lists, fields, button labels). */
export function textOf(reply: Reply): string {
  return reply.blocks.map(blockText).join("\n");
}

function blockText(b: Reply["blocks"][number]): string {
  if (b.kind === "heading") return b.text;
  if (b.kind === "text" || b.kind === "context") return plain(b.text);
  if (b.kind === "fields") return b.fields.map((f) => `${f.label}: ${plain(f.value)}`).join("\n");
  if (b.kind === "buttons") return b.buttons.map((x) => `[${x.label}]`).join(" ");
  if (b.kind === "divider") return "---";
  return b.items
    .map((i) => {
      const level = i.level !== undefined ? ` ${i.level}` : "";
      const target = i.target !== undefined ? `→${i.target}` : "";
      return `${i.name}${level}${target} ${i.note ? plain(i.note) : ""}`;
    })
    .join("\n");
}

export function buttonsOf(reply: Reply) {
  return reply.blocks.flatMap((b) => (b.kind === "buttons" ? b.buttons : []));
}

/**
 * `user`'s quiz on SQL, answered a while after it was shown: its round id and question, and the
 * button values of a wrong option (with its label) and of the right one.
 */
export async function sqlQuizToAnswer(bot: TestBot, user: string) {
  const reply = await say(bot, user, "quiz sql");
  const buttons = buttonsOf(reply).filter((b) => b.action === ACTIONS.quizAnswer);
  const roundId = buttons[0]?.value.split(":")[0] ?? "";
  const round = await bot.core.quizzes.round(person(user), roundId);
  const question = bot.core.kb.question(round?.questionId ?? "");
  if (!round || !question) throw new Error("no quiz round");
  const rightAt = round.order.indexOf(question.answer);
  const wrongAt = rightAt === 0 ? 1 : 0;
  // A person answers a while after the question is shown.
  bot.clock.advance(30_000);
  return {
    roundId,
    question,
    right: buttons[rightAt]?.value ?? "",
    wrong: buttons[wrongAt]?.value ?? "",
    wrongLabel: buttons[wrongAt]?.label ?? "",
  };
}
