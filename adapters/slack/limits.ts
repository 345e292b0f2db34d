/**
 * Block Kit's hard limits (docs.slack.dev/reference/block-kit). Slack rejects a whole message
 * with `invalid_blocks` when one is exceeded, so render.ts truncates or splits to stay inside.
 */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  /** Modals and the App Home allow more blocks than a message. */
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  selectOptions: 100,
  optionGroups: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  radioOptions: 10,
  inputLabel: 2000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  /** The notification / fallback `text` may be 40k, but a long one helps nobody. */
  fallbackText: 3000,
} as const;

/** How long we wait for Slack and how often we try again; see web-api.ts for which calls retry. */
export const SLACK_TIMING = {
  /** Per Web API request (the WebClient default is no timeout at all). */
  apiTimeoutMs: 10_000,
  /** Per response_url post. */
  responseUrlTimeoutMs: 10_000,
  /** Attempts after a 429 (the call was refused, so trying again cannot duplicate it). */
  rateLimitRetries: 2,
  /** A Retry-After longer than this is not waited for: the answer would come too late. */
  maxRetryAfterMs: 30_000,
  /** Extra attempts for idempotent calls (views.publish, chat.update, users.info) on 5xx/timeouts. */
  idempotentRetries: 2,
  idempotentBackoffMs: 500,
  /** Slack retries an event for about five minutes; remember its id well beyond that. */
  eventDedupTtlMs: 15 * 60_000,
  /** users.info answers (name, admin, tz) are reused this long. */
  profileTtlMs: 5 * 60_000,
  /** A failed users.info is not asked again for this long. */
  profileFailureTtlMs: 10_000,
  profileCacheSize: 10_000,
  /** The lookup may not hold up a reply (or a trigger_id, valid 3 s) longer than this. */
  profileWaitMs: 800,
  /** Requests worked on at once after their ack; the rest wait their turn (see work-queue.ts). */
  workConcurrency: 16,
  /** Socket Mode's own client reconnects with these retries (it would set 100 otherwise). */
  socketRetries: 10,
} as const;
