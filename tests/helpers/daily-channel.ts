import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { runDue } from "../../src/features/daily/run-due.ts";
import { asker, buttonsOf, type TestBot } from "./core.ts";
import { RecordingOutbox } from "./outbox.ts";

/** The channel the daily-quiz tests run their quiz in, and the same as a post target. */
export const DAILY_CHANNEL = { channel: "C-team", kind: "channel", audience: "public" } as const;
export const DAILY_TARGET = { platform: "slack", tenant: "T1", channel: "C-team" } as const;

/** `text` said in the channel by someone who may manage it. */
export const sayAsAdmin = (bot: TestBot, text: string): Promise<Reply> =>
  bot.bot.handle({ type: "text", ...asker("admin", DAILY_CHANNEL), canManageChannel: true, text });

/** `user` pressing a daily question's option button (its value) in the channel. */
export const pressInChannel = (bot: TestBot, user: string, value: string): Promise<Reply> =>
  bot.bot.handle({
    type: "action",
    ...asker(user, DAILY_CHANNEL),
    action: ACTIONS.quizAnswer,
    value,
  });

/**
 * The day's question posted in the channel (a daily sql quiz at 09:00 UTC on 23 November), a
 * minute before the caller goes on: its option buttons and round id.
 */
export async function postedDailyQuestion(bot: TestBot) {
  bot.clock.set("2026-11-23T00:00:00Z");
  await sayAsAdmin(bot, "quiz daily on 09:00 UTC sql");
  const outbox = new RecordingOutbox();
  bot.clock.set("2026-11-23T09:00:00Z");
  await runDue(bot.core, outbox, bot.clock.now());
  const buttons = buttonsOf(
    outbox.posts[0]?.reply ?? { visibility: "public", blocks: [], summary: "" },
  );
  bot.clock.advance(60_000);
  return { buttons, roundId: buttons[0]?.value.split(":")[0] ?? "" };
}
