import { ACTIONS } from "../../src/core/actions.ts";
import type { Reply } from "../../src/core/reply.ts";
import { asker, type TestBot } from "./core.ts";

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
