// Every command the core's words can suggest (`code` spans in messages.ts) must, in an answer to
// /skills, point at a /skills subcommand that exists, with options it has and values it accepts,
// and do what the text command does. New wording with a new command shows up here.
import { PermissionsBitField } from "discord.js";
import { describe, expect, test } from "vitest";
import { SUBCOMMANDS } from "../../adapters/discord/commands/skills.ts";
import { discordText } from "../../adapters/discord/messages.ts";
import { slashCommandOf, slashTip } from "../../adapters/discord/slash-form.ts";
import { commandFromText } from "../../src/core/command-text.ts";
import { dailyText } from "../../src/core/daily-messages.ts";
import { isSkillbotError, type SkillbotErrorDetails } from "../../src/core/errors.ts";
import { CommandSchema } from "../../src/core/events.ts";
import { errorText, text } from "../../src/core/messages.ts";
import type { RichText } from "../../src/core/rich-text.ts";

/** Arguments tried on each message function: its branches on present, absent, 0, 1 and lists. */
const SAMPLE_ARGUMENTS: unknown[] = [
  "python",
  3,
  1,
  0,
  ["python", "sql"],
  [],
  undefined,
  true,
  false,
];

/** Functions whose arguments name one of a few things, with those things. */
const REAL_ARGUMENTS: ReadonlyMap<unknown, unknown[][]> = new Map<unknown, unknown[][]>([
  // What features/rate.ts, track.ts and mentors.ts pass: the command that does it now.
  [
    text.askedBackExpired,
    [["rate python 3"], ["track mlops-engineer"], ["mentor on"], ["mentor off"]],
  ],
  // What features/answer-question.ts passes: a skill's name, and how to rate it.
  [
    text.mentorHowTo,
    [
      ["Python", "rate python 3"],
      [undefined, "rate python 3"],
    ],
  ],
  // What features/rate.ts passes: a level on the scale, and the matrix's example skill.
  [
    text.levelForWhichSkill,
    [
      [2, "python"],
      [0, "sql"],
    ],
  ],
  // What features/follow-up.ts passes: the skills just shown, and the request with one's name.
  [
    text.followUpWhich,
    [
      [["pandas", "NumPy"], "rate pandas 4"],
      [[], "quiz me on Python"],
      [[], "who can help with Python"],
    ],
  ],
  [
    discordText.quizDailyWrongOption,
    [
      ["09:45", "time"],
      ["Europe/Paris", "timezone"],
    ],
  ],
]);

const isRichText = (value: unknown): value is RichText =>
  Array.isArray(value) && value.every((s) => typeof s === "object" && s !== null && "text" in s);

/** The rich texts a message table can produce, calling each function with sample arguments. */
function richTextsOf(table: unknown, seen: RichText[] = []): RichText[] {
  if (isRichText(table)) seen.push(table);
  else if (typeof table === "function") {
    const calls =
      REAL_ARGUMENTS.get(table) ??
      SAMPLE_ARGUMENTS.map((sample) =>
        Array.from({ length: Math.max(1, table.length) }, () => sample),
      );
    for (const args of calls)
      try {
        richTextsOf(table(...args), seen);
      } catch {
        // A sample of the wrong type for this function: another one fits.
      }
  } else if (typeof table === "object" && table !== null)
    for (const value of Object.values(table)) richTextsOf(value, seen);
  return seen;
}

/** What the core's own reader throws at typed words, for the words it says about them. */
function readerError(typed: string): SkillbotErrorDetails {
  try {
    commandFromText(typed);
  } catch (error) {
    if (isSkillbotError(error)) return error.details;
  }
  throw new Error(`"${typed}" was read without an error`);
}

const ERRORS: SkillbotErrorDetails[] = [
  { code: "SkillNotFound", term: "pyton", suggestions: [] },
  { code: "SkillAmbiguous", term: "data", candidates: ["a", "b"] },
  { code: "TopicNotFound", term: "zz", suggestions: [] },
  { code: "TrackNotFound", term: "zz", tracks: [] },
  { code: "InvalidRating", raw: "9" },
  { code: "MissingArgument", command: "mentor", example: "mentor python" },
  { code: "MissingArgument", command: "rate", example: "rate python 3" },
  readerError("quiz daily maybe"),
  readerError("quiz leaderboard month"),
  readerError("review nudge"),
  readerError("review nudge maybe"),
  { code: "NoQuestions", topic: undefined },
  { code: "NoQuestions", topic: "SQL" },
  { code: "QuizRoundGone" },
  { code: "ButtonOutdated" },
  { code: "StoreUnavailable" },
  { code: "NotAllowed", what: "do that" },
];

/** Slack's own words never reach Discord. */
const forDiscord = (table: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(table).filter(([key]) => !key.startsWith("slack")));

const codeSpans = [
  ...richTextsOf(forDiscord(text)),
  ...richTextsOf(discordText),
  ...richTextsOf(dailyText),
  ...ERRORS.map(errorText),
].flatMap((rich) => rich.filter((span) => span.code).map((span) => span.text));
const distinct = [...new Set(codeSpans)];

/** `/skills sub name:value [name]` read back: the subcommand, its options and placeholders. */
function readSlash(typed: string) {
  const [, subcommand = "", ...rest] = typed.split(" ");
  const values: Record<string, string> = {};
  const placeholders: string[] = [];
  for (const word of rest) {
    const bare = /^\[([a-z-]+)\]$/.exec(word);
    if (bare?.[1]) placeholders.push(bare[1]);
    else {
      const [name = "", ...value] = word.split(":");
      values[name] = value.join(":");
    }
  }
  return { subcommand, values, placeholders };
}

const everywhere = {
  inGuild: true,
  inThread: false,
  appPermissions: new PermissionsBitField(PermissionsBitField.All),
};

describe("every command the core suggests, as answers to /skills show it", () => {
  test("GIVEN the core's messages THEN they suggest enough commands for this check to mean something", () => {
    expect(distinct).toEqual(
      expect.arrayContaining(["mentor on", "rate <skill> 3", "quiz daily on 09:30", "forget me"]),
    );
    expect(distinct.length).toBeGreaterThan(30);
  });

  test.each(distinct)(
    "GIVEN `%s` THEN no text command is left, and what /skills shows exists",
    (span) => {
      const shown = slashTip(span) ?? span;
      if (shown === span && !span.startsWith("/"))
        // Not a command (a value like 09:30, a setting's name): the reader takes it as a question.
        expect(commandFromText(span)).toEqual({ name: "ask", text: span });
      const { subcommand, values, placeholders } = readSlash(shown);
      // `/skills` alone is the command itself; other platforms' commands are not ours to check.
      if (!shown.startsWith("/skills ")) return;

      const definition = SUBCOMMANDS[subcommand]?.definition;
      expect(definition, `no subcommand "${subcommand}"`).toBeDefined();
      const options = definition?.options ?? [];
      for (const name of [...Object.keys(values), ...placeholders])
        expect(options.map((o) => o.name)).toContain(name);
      for (const option of options) {
        const value = values[option.name];
        const choices = "choices" in option ? (option.choices ?? []) : [];
        if (value && choices.length > 0 && !value.startsWith("<"))
          expect(choices.map((c) => String(c.value))).toContain(value);
      }

      // The text command and the subcommand it became do the same thing.
      const concrete = !/[<[]/.test(span) && Object.values(values).every(Boolean);
      const typed = (() => {
        try {
          return commandFromText(span);
        } catch {
          return undefined; // Short of an option ("review nudge"): shown as its subcommand alone.
        }
      })();
      if (shown !== span && concrete && typed) {
        const parsed = SUBCOMMANDS[subcommand]?.parse(
          {
            string: (name) => values[name],
            integer: (name) => (values[name] === undefined ? undefined : Number(values[name])),
          },
          everywhere,
        );
        expect(parsed).toEqual({ command: typed });
      }
    },
  );
});

describe("every core command", () => {
  test.each(CommandSchema.options.map((option) => option.shape.name.value))(
    "GIVEN a `%s` command THEN it has a /skills subcommand, unless it is a question",
    (name) => {
      const command = CommandSchema.parse({ name, text: "x", skill: "x", on: true, action: "on" });
      const slash = slashCommandOf(command);
      if (name === "ask") expect(slash).toBeUndefined();
      else expect(Object.keys(SUBCOMMANDS)).toContain(slash?.subcommand);
    },
  );
});
