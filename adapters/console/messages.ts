import { CONSOLE_LIMITS } from "./limits.ts";
import { terminalSafe } from "./terminal-text.ts";

/** What only the console says; everything the bot says lives in src/core/messages.ts. */
export const CONSOLE_TEXT = {
  /** The greeting, with an example from the loaded matrix so a team's own matrix shows its own. */
  welcome: (topic: string) =>
    `Skillbot. Ask a question ("what should I learn for ${terminalSafe(topic)}?"), type a command (help), or a number to press a button. Ctrl-D quits.`,
  lineTooLong: `That is longer than ${CONSOLE_LIMITS.maxLineChars} characters, so I left it alone. Try it in fewer words.`,
  /** The line ended with Ctrl-D instead of Enter: leaving, not sending. */
  unfinishedLineDropped: (line: string) => `Not sent (no Enter): ${quoted(line)}`,
  /** Shown as a form's first question is asked: a form asked line by line must say how to leave. */
  formHowToLeave: "(empty line or 'cancel' to stop)",
  formLeft: "Left the form: nothing saved.",
  noExplanation: "No explanation this time: the answer above is from the skill matrix.",
} as const;

const quoted = (line: string) => {
  const shown = terminalSafe(line.trim());
  return JSON.stringify(shown.length > 60 ? `${shown.slice(0, 59)}…` : shown);
};
