/** The terminal has no hard limits, but long lists are cut so a reply fits on a screen. */
export const CONSOLE_LIMITS = {
  maxSkillLines: 25,
  maxNoteChars: 280,
  /**
   * The longest line the console reads: the most text a chat event may carry (src/core/events.ts),
   * as on Slack and Discord. Beyond it the matcher's work grows fast enough to hang the chat.
   */
  maxLineChars: 4000,
} as const;
