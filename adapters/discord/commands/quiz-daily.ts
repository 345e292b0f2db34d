import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord.js";
import { dailyText } from "../../../src/core/daily-messages.ts";
import type { RichText } from "../../../src/core/rich-text.ts";
import { isTimeZone } from "../../../src/features/daily/schedule-time.ts";
import { discordText } from "../messages.ts";
import { defined, type Origin, type Subcommand, WEAKEST } from "./subcommand.ts";

const ACTIONS = ["on", "off", "status"] as const;
/** The core reads `weekdays` anywhere in its line; every day is what it does without. */
const DAYS = [
  { name: "every day", value: "every" },
  { name: "weekdays", value: "weekdays" },
] as const;

/**
 * What the daily question and its reveal need in the channel: to see it, post in it and show
 * embeds. Closing the question edits the bot's own post, which needs nothing more.
 */
function missingToPost(origin: Origin): string[] {
  const needed = [
    "ViewChannel",
    origin.inThread ? "SendMessagesInThreads" : "SendMessages",
    "EmbedLinks",
  ] as const;
  return needed
    .filter((flag) => !origin.appPermissions.has(PermissionFlagsBits[flag]))
    .map((flag) => discordText.permissionName[flag]);
}

// The core reads one line, "[HH:MM] [time zone] [topic]", and takes its first words as a time
// or a time zone when they look like one (daily-command.ts). These are those shapes, so each
// option's value is checked where it was typed and cannot be read as another option's.
const looksLikeTime = (value: string) =>
  /^\d{1,2}[:.h]\d{2}$/.test(value) || /^\d{1,2}(:\d+)?\s*(am|pm)?$/i.test(value);
const looksLikeZone = (value: string) =>
  /^(utc|gmt)$/i.test(value) || (value.includes("/") && isTimeZone(value));

/** An option left to fill in, as the core's examples write one: "[HH:MM]", "[time zone]". */
const PLACEHOLDER = /^\[[^\]]*\]$/;

/**
 * The core's line "[HH:MM] [time zone] [topic]" as this subcommand's options, read as the core
 * reads it: its first words are the time and the time zone when they look like one. A
 * placeholder stands for the option in its place.
 */
export function dailyOptionsOf(line: string): {
  time?: string;
  timezone?: string;
  days?: string;
  topic?: string;
} {
  const all = line.match(/\[[^\]]*\]|\S+/g) ?? [];
  const words = all.filter((word) => !/^(?:\[weekdays\]|weekdays)$/i.test(word));
  const days = words.length < all.length ? "weekdays" : undefined;
  const take = (fits: (word: string) => boolean) => {
    const word = words[0];
    return word !== undefined && (PLACEHOLDER.test(word) || fits(word)) ? words.shift() : undefined;
  };
  const time = take(looksLikeTime);
  const timezone = take(looksLikeZone);
  return defined({ time, timezone, days, topic: words.join(" ") || undefined });
}

/** The options as the core's line, or what to tell the person when one is in the wrong place. */
function optionsLine(
  time: string | undefined,
  timezone: string | undefined,
  topic: string | undefined,
): { line: string } | { correction: RichText } {
  if (time && !looksLikeTime(time))
    return {
      correction: looksLikeZone(time)
        ? discordText.quizDailyWrongOption(time, "timezone")
        : dailyText.badTime(time),
    };
  if (timezone && !looksLikeZone(timezone))
    return {
      correction: looksLikeTime(timezone)
        ? discordText.quizDailyWrongOption(timezone, "time")
        : dailyText.badTimeZone(timezone),
    };
  const topicStart = topic?.split(/\s+/)[0];
  if (topicStart && looksLikeTime(topicStart))
    return { correction: discordText.quizDailyWrongOption(topicStart, "time") };
  if (topicStart && looksLikeZone(topicStart))
    return { correction: discordText.quizDailyWrongOption(topicStart, "timezone") };
  return { line: [time, timezone, topic].filter(Boolean).join(" ") };
}

/** `/skills quiz-daily action:on|off|status [time] [timezone] [topic] [days]`: the channel's daily question. */
export const quizDaily = {
  definition: {
    type: ApplicationCommandOptionType.Subcommand,
    name: "quiz-daily",
    description: discordText.quizDaily,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "action",
        description: discordText.quizDailyAction,
        required: true,
        choices: ACTIONS.map((value) => ({ name: value, value })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "time",
        description: discordText.quizDailyTime,
        max_length: 5,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "timezone",
        description: discordText.quizDailyTimezone,
        max_length: 64,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        description: discordText.quizDailyTopic,
        autocomplete: true,
        max_length: 100,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "days",
        description: discordText.quizDailyDays,
        choices: DAYS.map(({ name, value }) => ({ name, value })),
      },
    ],
  },
  parse: (options, origin) => {
    const action = ACTIONS.find((a) => a === options.string("action")?.toLowerCase());
    if (!action)
      return { correction: discordText.quizDailyInvalid(options.string("action") ?? "") };
    if (action !== "on") return { command: { name: "quiz-daily", action } };
    // Promised now and refused at the first post, hours later, the quiz would only pause.
    const missing = origin.inGuild ? missingToPost(origin) : [];
    if (missing.length > 0) return { correction: discordText.quizDailyCannotPost(missing) };
    const parsed = optionsLine(
      options.string("time"),
      options.string("timezone"),
      options.string("topic"),
    );
    if ("correction" in parsed) return parsed;
    const line = [parsed.line, options.string("days") === "weekdays" ? "weekdays" : ""]
      .filter(Boolean)
      .join(" ");
    return {
      command: { name: "quiz-daily", action, ...(line ? { options: line } : {}) },
    };
  },
  autocomplete: { topic: [WEAKEST, "skill", "area", "track"] },
} satisfies Subcommand;
