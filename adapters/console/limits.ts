/** The terminal has no hard limits, but long lists are cut so a reply fits on a screen. */
export const CONSOLE_LIMITS = {
  maxSkillLines: 25,
  maxNoteChars: 280,
} as const;
