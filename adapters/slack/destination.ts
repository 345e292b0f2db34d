import { z } from "zod";
import { SLACK_LIMITS } from "./limits.ts";

/**
 * Where the answer to one interaction goes. Slack answers the same ask differently depending on
 * where it was made: a slash command through its response_url, a mention in its thread, a button
 * in the App Home in the app's DM.
 */
export const DestinationSchema = z.object({
  /** The person who asked: ephemeral answers are shown to them only. */
  user: z.string().max(64),
  /** The conversation the ask came from (C…, G… or D…); absent for the App Home. */
  channel: z.string().max(64).optional(),
  /** Thread to answer in: the thread of the message, or the message itself. */
  thread: z.string().max(64).optional(),
  /**
   * The ask was made inside a thread that exists. Slack shows an ephemeral message in a thread
   * only then: an ephemeral answer to a mention at the top of a channel goes in the channel.
   */
  inThread: z.boolean().optional(),
  /** Slack's response_url for this interaction: answers here need no channel membership. */
  responseUrl: z.string().max(2000).optional(),
  /**
   * The response_url came with a button press: to Slack its "original" is the message the
   * button is on, maybe a public one, so a better answer later must not replace it.
   */
  pressed: z.boolean().optional(),
  /**
   * The press answered the message it is on (a confirmation), which only the presser sees (an
   * ephemeral message or the app's DM): the answer replaces it, so its buttons are gone.
   */
  replacesPressed: z.boolean().optional(),
  /** A mention in a channel: a public reply may be posted there. */
  publicOk: z.boolean(),
  /** The ask came from the App Home, which is refreshed after a change. */
  home: z.boolean().optional(),
});
export type Destination = z.infer<typeof DestinationSchema>;

export const isDirectMessage = (channel: string | undefined) => channel?.startsWith("D") ?? false;

/** A modal's private_metadata: the form's own context and where its answer goes. */
const ModalStateSchema = z.object({ context: z.string().optional(), to: DestinationSchema });
export type ModalState = z.infer<typeof ModalStateSchema>;

/**
 * Encodes the modal state within Slack's 3,000-character limit. A very long response_url is
 * dropped first: the answer then goes by the Web API instead.
 */
export function encodeModalState(state: ModalState): string {
  const full = JSON.stringify(state);
  if (full.length <= SLACK_LIMITS.privateMetadata) return full;
  const { responseUrl: _dropped, ...to } = state.to;
  return JSON.stringify({ ...(state.context ? { context: state.context } : {}), to });
}

export function decodeModalState(raw: string): ModalState | undefined {
  try {
    const parsed = ModalStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
