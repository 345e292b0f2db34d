/**
 * What Discord accepts in one message, modal or autocomplete answer (developer docs: message,
 * embed, component and interaction limits). Render truncates or paginates to these; nothing
 * else in the adapter hard-codes a number.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  /** Title, description, field names and values, footer and author of every embed in a message. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  modalTitle: 45,
  modalComponents: 5,
  labelText: 45,
  labelDescription: 100,
  selectOptions: 25,
  selectOptionText: 100,
  radioOptions: { min: 2, max: 10 },
  textDisplay: 4000,
  textInputValue: 4000,
  commandDescription: 100,
  /** A reply longer than this many messages is cut: nobody scrolls through a wall of pages. */
  maxPages: 5,
} as const;

/** Discord's own clock: a response must start within 3 s; the token then lives 15 minutes. */
export const DISCORD_TIMING = {
  /** When the answer is not ready after this long, defer (leaves margin for the round trip). */
  deferAfterMs: 2000,
  interactionTokenMs: 15 * 60 * 1000,
} as const;

/** Discord's JSON error codes the adapter treats specially. */
export const DISCORD_ERRORS = {
  unknownInteraction: 10062,
  alreadyAcknowledged: 40060,
  cannotDmUser: 50007,
  unknownChannel: 10003,
  unknownGuild: 10004,
  unknownMessage: 10008,
  unknownUser: 10013,
  missingAccess: 50001,
  missingPermissions: 50013,
} as const;
